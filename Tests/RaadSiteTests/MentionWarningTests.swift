import Foundation
import Testing
import RaadTestSupport
import RaadContent
@testable import RaadSite

@Suite("a mention of a sak that is not on the site")
struct MentionWarningTests {
    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    /// The mention warnings of a build of the mini archive with `body` appended to 16/26.
    func warnings(appending body: String) throws -> (found: [Diagnostic], firstLine: Int) {
        let content = try TemporaryContent(MiniContent.files)
        let text = try content.read(Self.sak)
        try content.write(Self.sak, text + "\n" + body)
        let report = SiteGenerator(.init(content: content.path("content"), themes: Repository.themes,
                                         output: content.path("site"), baseURL: "https://radsmodellen.no/")).run(write: false)
        let found = report.diagnostics.filter { $0.message.nb.hasPrefix("teksten nevner") }
        return (found, text.components(separatedBy: "\n").count + 1)
    }

    @Test("\"sak 99/26\" in a toppnotat warns at its line, naming the number and the utvalg")
    func missing() throws {
        let (found, line) = try warnings(appending: "Første linje.\n\nDette følger opp sak 99/26 og sak 13/26.\n")
        #expect(found.count == 1)
        #expect(found.first?.location.path.hasSuffix(Self.sak) == true)
        #expect(found.first?.location.line == line + 2)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.nb == "teksten nevner sak 99/26, men strategiradet har ingen sak 99/26 på nettstedet")
        #expect(found.first?.hint == .mentionOfMissingSakHint)
    }

    @Test("a list over a line break, code, link texts, and saker from before the archive begins do not warn wrongly")
    func onlyRealMentions() throws {
        let (found, line) = try warnings(appending: """
            Se sakene 13/26 og
            98/26.

            I kode: `sak 97/26`, og i en lenke: [sak 96/26](https://example.org/).

            Referatet nevner sak 3/25, fra før nettstedet begynner.
            """)
        #expect(found.map(\.location.line) == [line + 1], "\(found)")
        #expect(found.first?.message.nb.contains("sak 98/26") == true)
    }
}
