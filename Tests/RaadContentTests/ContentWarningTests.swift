import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

/// Warnings the loader gives: the build goes on, the editor is told at file and line.
@Suite("content warnings: scaffold headings, a sak numbered for another year")
struct ContentWarningTests {
    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    /// The mini archive with 16/26 replaced by `text`; its warnings, after checking it has no errors.
    func warnings(_ text: String) throws -> [Diagnostic] {
        let content = try TemporaryContent(MiniContent.files)
        try content.write(Self.sak, text)
        let diagnostics = ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().diagnostics
        #expect(!diagnostics.contains { $0.isError }, "\(diagnostics)")
        return diagnostics.filter { $0.location.path.hasSuffix(Self.sak) }
    }

    static let front = "---\nsak: 16/26\ntittel: Prismodell\n---\n"

    @Test("a scaffold heading followed by another heading, or by the end of the file, warns at its line")
    func emptyHeadings() throws {
        let found = try warnings(Self.front + "## Hensikt med saken\n\n## Bakgrunn\n\nTekst.\n\n## Videre saksprosess\n")
        #expect(found.map(\.location.line) == [5, 11])
        #expect(found.map(\.message.nb) == ["overskriften «Hensikt med saken» har ingen tekst under seg",
                                            "overskriften «Videre saksprosess» har ingen tekst under seg"])
        #expect(found.allSatisfy { $0.severity == .warning && $0.hint == .scaffoldHeadingHint })
        #expect(found.first?.text(.nb).hasSuffix("16-26.md:5: advarsel: overskriften «Hensikt med saken» har ingen tekst under seg\n"
            + "    tips: skriv teksten under overskriften, eller fjern overskriften hvis saken ikke trenger den") == true)
    }

    @Test("the placeholder sentence of raad new left under a heading warns at the heading")
    func placeholder() throws {
        let found = try warnings(Self.front + "## Hensikt med saken\n\n\(Scaffold.placeholder)\n\n## Bakgrunn\n\nSkrevet.\n")
        #expect(found.map(\.location.line) == [5])
        #expect(found.first?.message.nb == "under overskriften «Hensikt med saken» står fortsatt plassholderteksten fra raad new")
    }

    @Test("a subheading is text under its heading; other headings and fenced code are not the scaffold's")
    func notWarned() throws {
        let found = try warnings(Self.front + """
            ## Bakgrunn
            ### Tall fra 2025
            Tekst.
            ## Egen overskrift
            ## Videre saksprosess
            ```
            ## Hensikt med saken
            ```
            """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a scaffold heading under another: each warns for its own text, fenced lines are not headings")
    func nested() throws {
        let found = try warnings(Self.front + """
            ## Bakgrunn
            \(Scaffold.placeholder)
            ### Hensikt med saken

            ## Videre saksprosess
            ```
            # Ikke en overskrift
            ```
            """)
        #expect(found.map(\.location.line) == [5, 7])
        #expect(found.map(\.message.nb) == ["under overskriften «Bakgrunn» står fortsatt plassholderteksten fra raad new",
                                            "overskriften «Hensikt med saken» har ingen tekst under seg"])
    }

    @Test("a sak numbered for another year than its møte warns at the `sak:` line")
    func otherYear() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write("content/strategiradet/2026-06-11/22-25.md", "---\ntittel: Feil år\nsak: 22/25\n---\nTekst.\n")
        let diagnostics = ContentLoader(root: content.path("content")).load().diagnostics
        let found = diagnostics.filter { $0.location.path.hasSuffix("22-25.md") }
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.location.line == 3)
        #expect(found.first?.message.nb == "sak 22/25 er nummerert for 2025, men møtet er i 2026")
    }
}
