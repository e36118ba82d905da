import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

@Suite("raad new: scaffolding a møte or a sak")
struct ScaffoldTests {
    /// Loads the archive with drafts, and returns its diagnostics.
    func diagnostics(_ content: TemporaryContent) -> [Diagnostic] {
        ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().diagnostics
    }

    /// The headings a new sak's placeholder warnings name, in order; any other diagnostic is an issue.
    func placeholderWarnings(_ content: TemporaryContent, _ path: String) -> [String] {
        let all = diagnostics(content)
        #expect(!all.contains { $0.isError } && all.allSatisfy { $0.message.nb.contains("plassholderteksten") }, "\(all)")
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.components(separatedBy: "\n") ?? []
        return all.filter { $0.location.path == path }.map { warning in
            #expect(lines[warning.location.line - 1].hasPrefix("## "), "\(warning)")
            return String(lines[warning.location.line - 1].dropFirst(3))
        }
    }

    @Test("a new møte is numbered after the utvalg's earlier møter that year, is a draft, and loads cleanly")
    func mote() throws {
        let content = try TemporaryContent(MiniContent.files)
        let path = try Scaffold.mote(content: content.path("content"), utvalg: "strategiradet", dato: Dato(iso: "2026-10-15")!)
        #expect(path == content.path("content/strategiradet/2026-10-15/_index.md"))
        let text = try content.read("content/strategiradet/2026-10-15/_index.md")
        #expect(text.hasPrefix("---\nmote: 3/2026\ndato: 2026-10-15\n"))
        #expect(diagnostics(content).isEmpty, "\(diagnostics(content))")
        let archive = try #require(ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().archive)
        #expect(archive.utvalg("strategiradet")?.moter.last?.utkast == true)
        #expect(archive.withoutDrafts().utvalg("strategiradet")?.moter.count == 2)
    }

    @Test("a møte is never written over, and an unknown utvalg is named with a suggestion")
    func moteRefusals() throws {
        let content = try TemporaryContent(MiniContent.files)
        let before = try content.read("content/strategiradet/2026-06-11/_index.md")
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold.mote(content: content.path("content"), utvalg: "strategiradet", dato: Dato(iso: "2026-06-11")!)
        }
        #expect(try content.read("content/strategiradet/2026-06-11/_index.md") == before)
        do {
            _ = try Scaffold.mote(content: content.path("content"), utvalg: "strategirådet", dato: Dato(iso: "2026-10-15")!)
            Issue.record("an unknown utvalg was accepted")
        } catch {
            #expect((error as? Scaffold.Failure)?.message.en.contains("did you mean `strategiradet`?") == true)
        }
    }

    @Test("a new sak gets the utvalg's next free number in the møte's year, and loads cleanly")
    func sak() throws {
        let content = try TemporaryContent(MiniContent.files)
        _ = try Scaffold.mote(content: content.path("content"), utvalg: "strategiradet", dato: Dato(iso: "2026-10-15")!)
        let tittel = "Anbefaling: \"prismodell\" # 2027 \\ ny"
        let path = try Scaffold.sak(mote: content.path("content/strategiradet/2026-10-15"), nummer: nil, tittel: tittel,
                                    sakstype: "Drøfting")
        #expect(path == content.path("content/strategiradet/2026-10-15/17-26.md"))
        // Loads without errors; the three headings still hold the placeholder, each a warning at its line.
        #expect(placeholderWarnings(content, path) == ["Hensikt med saken", "Bakgrunn", "Videre saksprosess"])
        let archive = ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().archive
        let sak = try #require(archive?.utvalg("strategiradet")?.moter.last?.saker.first)
        #expect(sak.tittel == tittel)
        #expect(sak.sakstype == .drofting)
        #expect(sak.toppnotat?.source.contains("## Hensikt med saken") == true)
        let second = try Scaffold.sak(mote: content.path("content/strategiradet/2026-10-15"), nummer: nil, tittel: "Neste",
                                      sakstype: nil)
        #expect(second.hasSuffix("/18-26.md"))
        #expect(placeholderWarnings(content, second).count == 3)
    }

    @Test("numbering starts at 1 in a year with no saker, and another utvalg's numbers do not count")
    func firstOfYear() throws {
        let content = try TemporaryContent(MiniContent.files)
        let path = try Scaffold.sak(mote: content.path("content/e-helserad/2025-06-12"), nummer: nil, tittel: "Ny", sakstype: nil)
        #expect(path.hasSuffix("/16-25.md"))
        _ = try Scaffold.mote(content: content.path("content"), utvalg: "e-helserad", dato: Dato(iso: "2027-02-01")!)
        let next = try Scaffold.sak(mote: content.path("content/e-helserad/2027-02-01"), nummer: nil, tittel: "Ny", sakstype: nil)
        #expect(next.hasSuffix("/01-27.md"))
    }

    @Test("a given number is used, unless the utvalg already has it in any møte")
    func givenNumber() throws {
        let content = try TemporaryContent(MiniContent.files)
        let folder = content.path("content/strategiradet/2026-06-11")
        let path = try Scaffold.sak(mote: folder, nummer: Saksnummer("22/26"), tittel: "Ny", sakstype: nil)
        #expect(path == folder + "/22-26.md")
        do {
            _ = try Scaffold.sak(mote: folder, nummer: Saksnummer("1/26"), tittel: "Ny", sakstype: nil)
            Issue.record("a number in use was accepted")
        } catch {
            #expect((error as? Scaffold.Failure)?.message.en.contains("sak 1/26 is already") == true)
            #expect(error.description.contains("2026-03-26/01-26.md"))
        }
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold.sak(mote: content.path("content/strategiradet"), nummer: nil, tittel: "Ny", sakstype: nil)
        }
    }

    @Test("a new møte lists the utvalg's members and the keys for absence, substitutes and secretariat, and loads cleanly")
    func moteMembers() throws {
        let content = try TemporaryContent(MiniContent.files)
        _ = try Scaffold.mote(content: content.path("content"), utvalg: "strategiradet", dato: Dato(iso: "2026-10-15")!)
        let text = try content.read("content/strategiradet/2026-10-15/_index.md")
        #expect(text.contains("\nmedlemmer: "))
        #expect(text.contains("  - navn: Rune Simensen\n    virksomhet: Helse Sør-Øst RHF\n"))
        for key in ["ikke_til_stede", "stedfortredere", "sekretariat"] {
            #expect(text.contains("\n# \(key):"), "\(key) is not offered as a comment")
        }
        #expect(diagnostics(content).isEmpty, "\(diagnostics(content))")
        let archive = try #require(ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().archive)
        let mote = try #require(archive.utvalg("strategiradet")?.moter.last)
        #expect(mote.medlemmer == archive.utvalg("strategiradet")?.medlemmer)
    }

    @Test("a Godkjenning approves the previous møte's referat and is named after it; it has no toppnotat headings")
    func godkjenning() throws {
        let content = try TemporaryContent(MiniContent.files)
        _ = try Scaffold.mote(content: content.path("content"), utvalg: "strategiradet", dato: Dato(iso: "2026-10-15")!)
        let path = try Scaffold.sak(mote: content.path("content/strategiradet/2026-10-15"), nummer: nil, tittel: nil,
                                    sakstype: "Godkjenning")
        #expect(diagnostics(content).isEmpty, "\(diagnostics(content))")
        let archive = ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().archive
        let sak = try #require(archive?.utvalg("strategiradet")?.moter.last?.saker.first)
        #expect(sak.source.path == path)
        #expect(sak.tittel == "Godkjenning av referat fra møte 2/2026")
        #expect(sak.godkjennerReferat == MoteID(utvalg: "strategiradet", dato: Dato(iso: "2026-06-11")!))
        #expect(sak.forslagTilVedtak?.source == "Strategirådet godkjenner referatet fra møte 2/2026.\n")
        #expect(sak.toppnotat == nil)
        // Another sakstype still needs a title.
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold.sak(mote: content.path("content/strategiradet/2026-10-15"), nummer: nil, tittel: nil, sakstype: "Drøfting")
        }
    }
}
