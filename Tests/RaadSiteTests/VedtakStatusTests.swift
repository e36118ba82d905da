import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// A cited or later sak without a vedtak says why, instead of an empty cell (or another sak's vedtak).
@Suite("A sak without a vedtak says so")
struct VedtakStatusTests {
    /// 22/26 (with its own vedtak) cites 16/26 (møte 2026-06-11 is an innkalling), 2/26 (møte 2026-03-26 has a
    /// referat without a vedtak for it), 15/25 (decided) and a record from elsewhere without a vedtak.
    static let content = """
        -- content/strategiradet/2026-03-26/02-26.md --
        ---
        sak: 2/26
        tittel: Orientering uten vedtak
        sakstype: Orientering
        ---
        -- content/strategiradet/2026-10-15/_index.md --
        ---
        dato: 2026-10-15
        ---
        -- content/strategiradet/2026-10-15/22-26.md --
        ---
        sak: 22/26
        tittel: Oppfølging av prismodellen
        sakstype: Beslutning
        vedtak: Strategirådet vedtok sak 22 sitt eget vedtak.
        tidligere_behandlinger:
          - sak: 16/26
          - sak: 2/26
          - sak: e-helserad 15/25
          - utvalg: Nasjonalt e-helsestyre
            dato: 2017-03-02
            sak: 5/17
            tittel: Et vedtak som ikke er gjengitt
        ---
        """

    /// The cells of each row of the history table, in order.
    static func historyRows(_ html: String) throws -> [[String]] {
        let table = try #require(html.firstMatch(of: /<table class="history">(?s)(.*?)<\/table>/)).output.1
        return table.matches(of: /<tr>(?s)(.*?)<\/tr>/).dropFirst().map { row in
            row.output.1.matches(of: /<td[^>]*>(?s)(.*?)<\/td>/).map { String($0.output.1) }
        }
    }

    @Test("each history row shows the cited sak's own vedtak or its state, never the citing sak's vedtak")
    func historyRows() throws {
        let (output, _) = try buildMini(extra: Self.content)
        let rows = try Self.historyRows(try output.html("strategiradet/2026-10-15/22-26/index.html"))
        let cells = Dictionary(uniqueKeysWithValues: rows.map { ($0[0].replacing(/<[^>]+>/, with: ""), $0[3]) })
        #expect(cells["16/26"] == "<p class=\"vedtak-status\">Ikke behandlet ennå</p>")
        #expect(cells["2/26"] == "<p class=\"vedtak-status\">Ingen vedtak i referatet</p>")
        // Byte for byte the vedtak 15/25's own page shows.
        let own = try output.html("e-helserad/2025-06-12/15-25/index.html")
        let vedtak = try #require(own.firstMatch(of: /<h2 id="vedtak">[^<]*<\/h2>\s*<div class="prose">(?s)(.*?)<\/div>/)).output.1
        #expect(cells["15/25"].map { $0 == vedtak } == true, "\(cells["15/25"] ?? "") against \(vedtak)")
        #expect(cells["5/17"] == "<p class=\"vedtak-status\">Vedtaket er ikke gjengitt</p>")
        #expect(rows.allSatisfy { !$0[3].contains("sak 22 sitt eget vedtak") })
    }

    @Test("a later sak without a vedtak shows its state under Senere behandlinger; a decided one shows none")
    func senere() throws {
        let (output, _) = try buildMini(extra: Self.content)
        let cited = try output.html("strategiradet/2026-06-11/16-26/index.html")
        #expect(cited.contains("<span class=\"meta\">Strategirådet 15. oktober 2026</span>"))
        let (undecided, _) = try buildMini(extra: Self.content.replacing("vedtak: Strategirådet vedtok sak 22 sitt eget vedtak.\n", with: ""))
        #expect(try undecided.html("strategiradet/2026-06-11/16-26/index.html")
            .contains("<span class=\"meta\">Strategirådet 15. oktober 2026 · Ikke behandlet ennå</span>"))
    }

    @Test("search results carry the state: a sak without a vedtak, and each møte's status")
    func search() throws {
        let (output, _) = try buildMini(extra: Self.content)
        var states: [String: String] = [:]
        for file in output.files where file.path.hasPrefix("sok/indeks/dokument/") {
            guard case .text(let json) = file.contents else { continue }
            for document in json.matches(of: /"status":"([^"]*)","tekst":"(?:[^"\\]|\\.)*","tittel":"([^"]*)"/) {
                states[String(document.output.2)] = String(document.output.1)
            }
        }
        #expect(states["Anbefaling til justert prismodell 2027"] == "Ikke behandlet ennå")
        #expect(states["Orientering uten vedtak"] == "Ingen vedtak i referatet")
        #expect(states["Oppfølging av prismodellen"] == nil)
        #expect(states["Møte 2/2026"] == "Innkalling")
        #expect(states["Møte 1/2026"] == "Referat")
        #expect(states["Møte 15. oktober 2026"] == "Referat")
    }

    @Test("a referat's møte page and Saksdokumenter say which saker got no vedtak; an innkalling says nothing")
    func motePages() throws {
        let (output, _) = try buildMini(extra: Self.content)
        for page in ["strategiradet/2026-03-26/index.html", "strategiradet/2026-03-26/saksdokumenter/index.html"] {
            let html = try output.html(page)
            let section = try #require(html.firstMatch(of: /id="sak-02-26"(?s)(.*?)<\/article>/)).output.1
            #expect(section.contains("<p class=\"vedtak-status\">Ingen vedtak i referatet</p>"), "\(page)")
            let decided = try #require(html.firstMatch(of: /id="sak-01-26"(?s)(.*?)<\/article>/)).output.1
            #expect(!decided.contains("vedtak-status"), "\(page)")
        }
        #expect(!(try output.html("strategiradet/2026-06-11/index.html")).contains("vedtak-status"))
    }
}
