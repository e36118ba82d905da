import Foundation
import Testing
import RaadContent
import RaadMarkdown
import RaadTestSupport
@testable import RaadSite

@Suite("Rendered texts")
struct RenderedTextsTests {
    /// The forslag and vedtak are compared through their renderings' plain text, which went through
    /// mention linking and table wrapping: it must be what a parse of the source alone gives.
    @Test("the plain text of every rendered text equals a fresh parse of its source", arguments: ["real", "mini"])
    func plainTextAsParsed(content: String) throws {
        let project = content == "mini" ? try TemporaryContent(MiniContent.files) : nil
        let root = project?.path("content") ?? Repository.content
        let archive = try #require(ContentLoader(root: root).load().archive)
        let history = History(archive: archive)
        let views = ViewFactory(archive: archive, paths: SitePaths(baseURL: "/"), history: history, today: Dato(year: 2026, month: 5, day: 1))
        var compared = 0
        for sak in archive.allSaker {
            let texts = views.texts[sak]
            for (text, rendered) in [(sak.forslagTilVedtak, texts.forslag), (sak.vedtak, texts.vedtak),
                                     (sak.behandling, texts.behandling), (sak.toppnotat, texts.toppnotat)] {
                guard let text else { continue }
                #expect(rendered?.plainText == Markdown.plainText(text.source), "\(sak.source.path)")
                compared += 1
            }
        }
        #expect(compared >= (content == "real" ? 40 : 5))
    }
}
