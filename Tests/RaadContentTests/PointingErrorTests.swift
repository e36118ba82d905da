import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

/// Issue 16, "errors that point at the fault": the line to change, the reason, and a fix that works, in bokmål.
@Suite("Errors point at the fault, in bokmål")
struct PointingErrorTests {
    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    func firstError(_ file: String, _ text: String) throws -> Diagnostic {
        let content = try TemporaryContent(MiniContent.files)
        try content.write(file, text)
        let errors = ContentLoader(root: content.path("content")).load().diagnostics.filter(\.isError)
        return try #require(errors.first, "no error for \(file)")
    }

    @Test("an impossible date says why")
    func impossibleDate() throws {
        let found = try firstError("content/strategiradet/2026-06-11/_index.md", "---\ndato: 2026-06-31\n---\n")
        #expect(found.message.nb == "2026-06-31 finnes ikke: juni 2026 har 30 dager")
        #expect(found.location.line == 2)
        let leap = try firstError(Self.sak, "---\nsak: 16/26\ntittel: T\ntidligere_behandlinger:\n  - utvalg: X\n    dato: 2026-02-29\n    sak: 1/26\n    tittel: T\n---\n")
        #expect(leap.message.nb == "2026-02-29 finnes ikke: februar 2026 har 28 dager")
    }

    @Test("a date in words gets the exact text to write")
    func dateInWords() throws {
        let found = try firstError("content/strategiradet/2026-06-11/_index.md", "---\ndato: 11. juni 2026\n---\n")
        #expect(found.message.nb == "`dato` må være en dato skrevet ÅÅÅÅ-MM-DD, ikke `11. juni 2026`")
        #expect(found.hint?.nb == "skriv `dato: 2026-06-11`")
    }

    @Test("text that lost its indent under `|` is reported at its own line, with the fix")
    func blockWithoutIndent() throws {
        let found = try firstError(Self.sak, "---\nsak: 16/26\ntittel: T\nvedtak: |\nStrategirådet vedtok\nsakstype: Drøfting\n---\n")
        #expect(found.location.line == 5)
        #expect(found.hint?.nb == "teksten under `vedtak: |` må ha innrykk: begynn hver linje med to mellomrom")
    }

    @Test("an unclosed bracket is reported where it opens, not where libyaml noticed")
    func unclosedBracket() throws {
        let found = try firstError(Self.sak, "---\nsak: 16/26\nemner: [a, b\ntittel: T\nsakstype: Drøfting\n---\n")
        #expect(found.location.line == 3)
        #expect(found.location.column == 8)
        #expect(found.message.nb == "ugyldig YAML: fant ikke forventet `,` eller `]`")
    }

    @Test("a vedlegg file with the wrong case or dash gets the real name; otherwise where to put it")
    func vedleggNearMiss() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write("content/strategiradet/2026-06-11/vedlegg/4A_Prismodell.pdf", "pdf")
        try content.write(Self.sak, "---\nsak: 16/26\ntittel: T\nvedlegg:\n  - tittel: A\n    fil: vedlegg/4a-prismodell.pdf\n  - tittel: B\n    fil: borte.pdf\n---\n")
        let errors = ContentLoader(root: content.path("content")).load().diagnostics.filter(\.isError)
        #expect(errors.first?.hint?.nb == "mente du `fil: vedlegg/4A_Prismodell.pdf`? Navnet må stemme nøyaktig, også store og små bokstaver")
        let folder = content.path("content/strategiradet/2026-06-11")
        #expect(errors.last?.hint?.nb == "legg filen i \(folder)/vedlegg/ og skriv `fil: vedlegg/borte.pdf`")
    }

    @Test("\"did you mean\" for a sak is the nearest number of that utvalg and year, with its title")
    func nearestSak() throws {
        let found = try firstError("content/strategiradet/2026-03-26/02-26.md",
                                   "---\nsak: 2/26\ntittel: T\ntidligere_behandlinger:\n  - sak: strategiradet 17/26\n---\n")
        #expect(found.message.nb == "sak strategiradet 17/26 er ikke på nettstedet")
        #expect(found.hint?.nb.hasPrefix("mente du `strategiradet 16/26` («") == true, "\(String(describing: found.hint))")
    }
}
