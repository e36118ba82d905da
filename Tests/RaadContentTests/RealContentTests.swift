import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

/// The repository's content/ carries the seed documents completely and faithfully.
@Suite("The real council content")
struct RealContentTests {
    static let archive: Archive? = ContentLoader(root: Repository.content).load().archive

    func mote(_ utvalg: String, _ dato: String) throws -> Mote {
        try #require(Self.archive?.utvalg(utvalg)?.moter.first { $0.dato.iso == dato })
    }

    @Test("loads without a single diagnostic")
    func clean() {
        let diagnostics = ContentLoader(root: Repository.content).load().diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("the four utvalg, Strategirådet succeeding Nasjonalt e-helseråd")
    func utvalg() throws {
        let archive = try #require(Self.archive)
        #expect(archive.utvalg.map(\.slug) == ["strategiradet", "portefoljeradet", "fagradet", "nasjonalt-e-helserad"])
        #expect(archive.utvalg("strategiradet")?.forgjenger == "nasjonalt-e-helserad")
    }

    @Test("every sak of the three møter is there", arguments: [
        ("strategiradet", "2026-03-26", ["1/26", "2/26", "3/26", "4/26", "5/26", "6/26", "7/26", "8/26", "9/26", "10/26", "11/26", "Dagsaktuelt"]),
        ("strategiradet", "2026-06-11", ["12/26", "13/26", "Dagsaktuelt", "14/26", "15/26", "16/26", "17/26", "18/26", "19/26", "20/26", "21/26"]),
        ("nasjonalt-e-helserad", "2025-06-12", ["11/25", "12/25", "13/25", "14/25", "15/25", "16/25", "17/25", "18/25", "19/25", "20/25"]),
    ])
    func saker(utvalg: String, dato: String, expected: [String]) throws {
        let mote = try mote(utvalg, dato)
        #expect(Set(mote.saker.map { $0.nummer?.description ?? $0.tittel }) == Set(expected))
        #expect(mote.saker.count == expected.count)
    }

    @Test("møte 1/2026 is a referat: every numbered sak but Eventuelt has a vedtak; møte 2/2026 has none yet")
    func referatAndInnkalling() throws {
        let referat = try mote("strategiradet", "2026-03-26")
        #expect(referat.saker.filter { $0.nummer != nil && $0.vedtak == nil }.map(\.slug) == ["10-26"])
        #expect(referat.saker.first { $0.slug == "08-26" }?.vedtakOppdatert == true)
        let innkalling = try mote("strategiradet", "2026-06-11")
        #expect(innkalling.saker.allSatisfy { $0.vedtak == nil && $0.behandling == nil })
        #expect(innkalling.saker.filter { $0.forslagTilVedtak != nil }.count == 9)
        #expect(innkalling.dagsorden.map(\.punkt) == ["Lunsj", "Pause", "Slutt"])
        #expect(innkalling.saker.first { $0.slug == "13-26" }?.godkjennerReferat?.dato.iso == "2026-03-26")
    }

    @Test("toppnotater 14/26 to 20/26 are whole, with sakseier and the tables of 16/26")
    func toppnotater() throws {
        let mote = try mote("strategiradet", "2026-06-11")
        for slug in ["14-26", "15-26", "16-26", "17-26", "18-26", "19-26", "20-26"] {
            let sak = try #require(mote.saker.first { $0.slug == slug })
            #expect(sak.sakseier != nil, "\(slug)")
            #expect(sak.toppnotat?.source.contains("## Hensikt") == true, "\(slug)")
        }
        let prismodell = try #require(mote.saker.first { $0.slug == "16-26" })
        #expect(prismodell.toppnotat?.source.components(separatedBy: "\n|---").count == 3)
        guard case .reference(let ref, _)? = prismodell.tidligereBehandlinger.first else {
            Issue.record("16/26 should cite nasjonalt-e-helserad 15/25 first")
            return
        }
        #expect(ref == SakRef("nasjonalt-e-helserad 15/25"))
    }

    @Test("spot checks: vedtak read as the seeds write them", arguments: [
        ("strategiradet", "2026-03-26", "01-26", "Strategirådet godkjenner innkalling og dagsorden."),
        ("strategiradet", "2026-03-26", "05-26", "Aktørene i sektoren og Norsk helsenett SF tar med seg innspill fra Strategirådet i videre arbeid med realisering av veikart for Helsenorge."),
        ("strategiradet", "2026-03-26", "11-26", "Strategirådet har drøftet mulig modeller for organisering av helse- og omsorgstjenesten og gitt innspill til Helsereformutvalget."),
        ("nasjonalt-e-helserad", "2025-06-12", "11-25", "Nasjonalt e-helseråd godkjenner innkalling og dagsorden."),
        ("nasjonalt-e-helserad", "2025-06-12", "12-25", "Nasjonalt e-helseråd godkjenner referatet fra møtet 5. desember 2024."),
    ])
    func vedtak(utvalg: String, dato: String, slug: String, expected: String) throws {
        let sak = try #require(try mote(utvalg, dato).saker.first { $0.slug == slug })
        let vedtak = Self.normalized(sak.vedtak?.source ?? "")
        #expect(vedtak.contains(Self.normalized(expected)), "\(vedtak)")
    }

    @Test("every vedtak of møte 1/2026 stands word for word in the seed",
          .enabled(if: FileManager.default.fileExists(atPath: Repository.seeds + "/000_8ff919aad6e44dd3.txt")))
    func vedtakInSeed() throws {
        let seed = Self.normalized(try String(contentsOfFile: Repository.seeds + "/000_8ff919aad6e44dd3.txt", encoding: .utf8))
        let saker = try mote("strategiradet", "2026-03-26").saker.filter { $0.vedtak != nil }
        #expect(saker.count == 10)
        for sak in saker {
            #expect(seed.contains(Self.normalized(sak.vedtak!.source)), "vedtak of \(sak.slug) is not in the seed")
        }
    }

    /// Text without markup, bullets or line breaks, for comparing content with the seed.
    static func normalized(_ text: String) -> String {
        var plain = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        plain = plain.replacingOccurrences(of: "(?m)^\\s*[-•○]\\s+", with: " ", options: .regularExpression)
        plain = plain.replacingOccurrences(of: "[•○]", with: " ", options: .regularExpression)
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
