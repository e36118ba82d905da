import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

/// One broken input per case, over the mini archive: each must give its message at its file and line.
@Suite("Content errors name the file, the line and the fix")
struct ValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var text: String
        var line: Int
        var message: String
        var hint: String? = nil
        var testDescription: String { name }
    }

    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    static let cases: [Case] = [
        Case(name: "unknown key with a suggestion", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nvedtk: |\n  Vedtatt.\n---\n", line: 4,
             message: "unknown key `vedtk` in a sak", hint: "did you mean `vedtak`?"),
        Case(name: "invalid sakstype lists the valid ones", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nsakstype: Drofting\n---\n", line: 4,
             message: "unknown sakstype `Drofting`", hint: "did you mean Drøfting?"),
        Case(name: "missing tittel", file: sak, text: "---\nsak: 16/26\n---\n", line: 1,
             message: "missing required key `tittel`"),
        Case(name: "missing sak number", file: sak, text: "---\ntittel: T\n---\n", line: 1,
             message: "missing required key `sak`", hint: "orienteringer.md"),
        Case(name: "sak number that does not match the file name", file: sak,
             text: "---\nsak: 17/26\ntittel: T\n---\n", line: 2,
             message: "`sak: 17/26` does not match the file name 16-26.md", hint: "17-26.md"),
        Case(name: "a date in words", file: "content/strategiradet/2026-06-11/_index.md",
             text: "---\ndato: 11. juni\n---\n", line: 2,
             message: "`dato` must be a date written YYYY-MM-DD, not `11. juni`", hint: "2026-06-11"),
        Case(name: "a date that does not match the folder", file: "content/strategiradet/2026-06-11/_index.md",
             text: "---\ndato: 2026-06-12\n---\n", line: 2,
             message: "does not match the folder name 2026-06-11"),
        Case(name: "a list where text belongs", file: sak,
             text: "---\nsak: 16/26\ntittel:\n  - a\n  - b\n---\n", line: 3,
             message: "`tittel` must be text, not a list"),
        Case(name: "an unclosed quote", file: sak,
             text: "---\nsak: 16/26\ntittel: \"Uten slutt\nsakstype: Drøfting\n---\n", line: 3,
             message: "invalid YAML", hint: "never closed"),
        Case(name: "tab indentation", file: "content/strategiradet/2026-06-11/_index.md",
             text: "---\ndato: 2026-06-11\nmedlemmer:\n\t- navn: A\n---\n", line: 4,
             message: "invalid YAML", hint: "tabs"),
        Case(name: "a missing opening fence", file: sak, text: "sak: 16/26\ntittel: T\n", line: 1,
             message: "must start with a `---` line"),
        Case(name: "an unclosed front matter", file: sak, text: "---\nsak: 16/26\ntittel: T\n", line: 1,
             message: "the front matter is not closed"),
        Case(name: "an empty file", file: sak, text: "", line: 1, message: "the file is empty"),
        Case(name: "a vedlegg file that is missing", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nvedlegg:\n  - tittel: V\n    fil: vedlegg/borte.pdf\n---\n", line: 6,
             message: "the vedlegg file `vedlegg/borte.pdf` does not exist"),
        Case(name: "a vedlegg path out of the møte folder", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nvedlegg:\n  - tittel: V\n    fil: ../../../etc/passwd\n---\n", line: 6,
             message: "must be a path inside this møte's folder"),
        Case(name: "an absolute vedlegg path", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nvedlegg:\n  - tittel: V\n    fil: /etc/passwd\n---\n", line: 6,
             message: "must be a path inside this møte's folder"),
        Case(name: "a javascript: vedlegg address", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nvedlegg:\n  - tittel: V\n    url: javascript:alert(1)\n---\n", line: 6,
             message: "must be an http:// or https:// address"),
        Case(name: "a reference to a sak that is not on the site", file: sak,
             text: "---\nsak: 16/26\ntittel: T\ntidligere_behandlinger:\n  - sak: e-helserad 99/25\n---\n", line: 5,
             message: "sak e-helserad 99/25 is not on this site"),
        Case(name: "a reference to an unknown utvalg", file: sak,
             text: "---\nsak: 16/26\ntittel: T\ntidligere_behandlinger:\n  - sak: e-helserd 15/25\n---\n", line: 5,
             message: "unknown utvalg `e-helserd`", hint: "did you mean `e-helserad`?"),
        Case(name: "approving the referat of a møte that does not exist", file: sak,
             text: "---\nsak: 16/26\ntittel: T\ngodkjenner_referat: strategiradet 2026-01-01\n---\n", line: 4,
             message: "there is no møte strategiradet 2026-01-01"),
        Case(name: "an unknown key in a person", file: "content/strategiradet/2026-06-11/_index.md",
             text: "---\ndato: 2026-06-11\nmedlemmer:\n  - navn: A\n    virksomhed: B\n---\n", line: 5,
             message: "unknown key `virksomhed` in a person in `medlemmer`", hint: "did you mean `virksomhet`?"),
        Case(name: "an agenda time that is not a time", file: "content/strategiradet/2026-06-11/_index.md",
             text: "---\ndato: 2026-06-11\ndagsorden:\n  - { tid: lunsj, punkt: Lunsj }\n---\n", line: 4,
             message: "`tid: lunsj` must be a time"),
        // The keys of other councils and boards, misused.
        Case(name: "a mistyped overskrifter key", file: utvalg,
             text: "---\nnavn: S\noverskrifter:\n  ikke_til_stde: Forfall\n---\n", line: 4,
             message: "unknown key `ikke_til_stde` in the utvalg's `overskrifter`", hint: "mente du `ikke_til_stede`?"),
        Case(name: "a rolle near a known one", file: utvalg,
             text: "---\nnavn: S\nmedlemmer:\n  - navn: A\n    rolle: Nestledr\n---\n", line: 5,
             message: "ukjent rolle `Nestledr`", hint: "mente du `Nestleder`?"),
        Case(name: "omtale_ord that are not words", file: utvalg,
             text: "---\nnavn: S\nomtale_ord: [sak, \"styre sak\"]\n---\n", line: 3,
             message: "`omtale_ord` must be single words of letters, not `styre sak`"),
        Case(name: "an empty sakstyper list", file: utvalg,
             text: "---\nnavn: S\nsakstyper: []\n---\n", line: 3,
             message: "`sakstyper` is empty", hint: "Vedtakssak"),
        Case(name: "til_dato not after dato", file: mote,
             text: "---\ndato: 2026-06-11\ntil_dato: 2026-06-10\n---\n", line: 3,
             message: "`til_dato: 2026-06-10` må være etter møtets dato 2026-06-11"),
        Case(name: "offentlig_tittel without unntatt_offentlighet", file: sak,
             text: "---\nsak: 16/26\ntittel: T\noffentlig_tittel: P\n---\n", line: 4,
             message: "`offentlig_tittel` is only used in a sak with `unntatt_offentlighet:`"),
        Case(name: "unntatt_offentlighet without offentlig_tittel", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nunntatt_offentlighet: Offl. § 13\n---\n", line: 4,
             message: "trenger `offentlig_tittel:`", hint: "offentlig_tittel: Personalsak"),
        Case(name: "a record outside the site with neither dato nor url", file: sak,
             text: "---\nsak: 16/26\ntittel: T\ntidligere_behandlinger:\n  - utvalg: X\n    sak: 1/15\n    tittel: Y\n---\n", line: 5,
             message: "needs `dato:` or `url:`"),
        Case(name: "rekkefolge below 1", file: sak,
             text: "---\nsak: 16/26\ntittel: T\nrekkefolge: 0\n---\n", line: 4,
             message: "`rekkefolge: 0` must be 1 or more"),
        Case(name: "a referat outside the site without its date", file: sak,
             text: "---\nsak: 16/26\ntittel: T\ngodkjenner_referat: { utvalg: X, url: \"https://example.com/r\" }\n---\n", line: 4,
             message: "missing required key `dato`"),
        Case(name: "a suffix the file name does not have", file: sak,
             text: "---\nsak: 16/26 B\ntittel: T\n---\n", line: 2,
             message: "`sak: 16/26 B` does not match the file name 16-26.md", hint: "16-26-b.md"),
        Case(name: "a saksnummer with a year of three digits", file: sak,
             text: "---\nsak: 16/202\ntittel: T\n---\n", line: 2,
             message: "NN/YYYY or with a letter"),
    ]

    static let utvalg = "content/strategiradet/_index.md"
    static let mote = "content/strategiradet/2026-06-11/_index.md"

    @Test("an utvalg's own sakstyper win over the site's and the defaults, with \"mente du\" for a near miss")
    func ownSakstyper() throws {
        let content = try TemporaryContent(MiniContent.files)
        let site = try content.read("content/_index.md").replacingOccurrences(of: "\n---\n", with: "\nsakstyper: [Sitesak]\n---\n")
        try content.write("content/_index.md", site)
        let utvalg = try content.read(Self.utvalg).replacingOccurrences(of: "\n---\n", with: "\nsakstyper: [Vedtakssak, Orienteringssak]\n---\n")
        try content.write(Self.utvalg, utvalg)
        try content.write(Self.sak, "---\nsak: 16/26\ntittel: T\nsakstype: Vedtaksak\n---\n")
        try content.write("content/strategiradet/2026-06-11/15-26.md", "---\nsak: 15/26\ntittel: T\nsakstype: orienteringssak\n---\n")
        let (archive, diagnostics) = ContentLoader(root: content.path("content")).load()
        let typo = try #require(diagnostics.first { $0.message.contains("unknown sakstype `Vedtaksak`") }, "\(diagnostics)")
        #expect(typo.location.path == content.path(Self.sak) && typo.location.line == 4)
        #expect(typo.hint?.nb == "mente du Vedtakssak? gyldige sakstyper: Vedtakssak, Orienteringssak")
        // Written in another case, it is the utvalg's own spelling on the page.
        let sak = archive?.allSaker.first { $0.slug == "15-26" }
        #expect(sak?.sakstype?.rawValue == "Orienteringssak")
        // A default type is not allowed where the utvalg lists its own.
        #expect(diagnostics.contains { $0.message.contains("unknown sakstype `Drøfting`") || $0.message.contains("unknown sakstype `Godkjenning`") })
    }

    @Test("each broken input is reported where it is", arguments: cases)
    func reported(_ testCase: Case) throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write(testCase.file, testCase.text)
        let diagnostics = ContentLoader(root: content.path("content")).load().diagnostics.filter(\.isError)
        let expectedPath = content.path(testCase.file)
        let match = diagnostics.first { $0.message.contains(testCase.message) }
        let found = try #require(match, "no diagnostic containing \"\(testCase.message)\" in \(diagnostics)")
        #expect(found.location.path == expectedPath)
        #expect(found.location.line == testCase.line)
        if let hint = testCase.hint {
            #expect(found.hint?.contains(hint) == true, "hint was \(found.hint?.en ?? "nil")")
        }
    }

    @Test("two saker with one number name both files")
    func duplicateNumbers() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write("content/strategiradet/2026-03-26/16-26.md", "---\nsak: 16/26\ntittel: Igjen\n---\n")
        let diagnostics = ContentLoader(root: content.path("content")).load().diagnostics
        let duplicate = try #require(diagnostics.first { $0.message.contains("is also") })
        #expect(duplicate.location.path.hasSuffix("2026-06-11/16-26.md"))
        #expect(duplicate.message.en.hasSuffix("2026-03-26/16-26.md"))
    }

    @Test("every problem is reported, not just the first")
    func collectsAll() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write(Self.sak, "---\nsak: 16/26\ntittel: T\nvedtk: x\nsakstype: Nope\n---\n")
        try content.write("content/strategiradet/2026-03-26/01-26.md", "---\nsak: 1/26\n---\n")
        let errors = ContentLoader(root: content.path("content")).load().diagnostics.filter(\.isError)
        #expect(errors.count == 3)
        #expect(errors.map(\.location.path) == errors.map(\.location.path).sorted())
    }

    @Test("a file that is not UTF-8 names the byte offset")
    func notUTF8() throws {
        let content = try TemporaryContent(MiniContent.files)
        var bytes = Data("---\nsak: 16/26\ntittel: Bl".utf8)
        bytes.append(0xE5) // "å" in Latin-1
        bytes.append(contentsOf: Data("\n---\n".utf8))
        try content.write(Self.sak, data: bytes)
        let errors = ContentLoader(root: content.path("content")).load().diagnostics.filter(\.isError)
        #expect(errors.contains { $0.message.contains("not UTF-8 text (invalid byte at offset 25)") })
    }

    @Test("a missing content folder says how to point at one")
    func missingFolder() {
        let diagnostics = ContentLoader(root: "/nonexistent/raad-content").load().diagnostics
        // From the repository's folder the hint names it; from anywhere else it says how to point at one.
        let hint = try? #require(diagnostics.first?.hint)
        #expect(hint?.en.contains("--content") == true || hint?.en.contains("(`cd ") == true, "\(String(describing: hint))")
    }

    @Test("a near-miss suggests, a far miss lists the choices")
    func suggestions() {
        #expect(Suggestions.closest(to: "forslag_til_vedtk", in: ContentLoader.sakKeys) == "forslag_til_vedtak")
        #expect(Suggestions.closest(to: "tidligere", in: ["vedtak", "sak"]) == nil)
    }
}
