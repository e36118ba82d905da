import Foundation
import Testing
import RaadBench
import RaadContent
import RaadMarkdown
import RaadTestSupport
@testable import RaadSite

/// The texts of the real content, the mini archive and a synthetic archive of 300 saker, as a build renders them.
@Suite("Rendered texts")
struct RenderedTextsTests {
    static let contents = ["real", "mini", "synthetic"]

    /// The archive and views of one of `contents`; the folder is removed when `body` returns.
    func withViews(_ content: String, _ body: (Archive, ViewFactory) throws -> Void) throws {
        let project = content == "mini" ? try TemporaryContent(MiniContent.files) : nil
        var root = project?.path("content") ?? Repository.content
        if content == "synthetic" {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("raad-texts-\(UUID().uuidString)").path
            try ArchiveGenerator(saker: 300, seed: 11).write(to: root)
        }
        defer { if content == "synthetic" { try? FileManager.default.removeItem(atPath: root) } }
        let archive = try #require(ContentLoader(root: root).load().archive)
        let views = ViewFactory(archive: archive, paths: SitePaths(baseURL: "/"), history: History(archive: archive),
                                today: Dato(year: 2026, month: 5, day: 1), pageIDs: try Theme(themesRoot: Repository.themes, name: "helsedir").pageIDs,
                                assets: AssetPaths())
        try body(archive, views)
    }

    /// The forslag and vedtak are compared through their renderings' plain text, which went through
    /// mention linking and table wrapping: it must be what a parse of the source alone gives.
    @Test("the plain text of every rendered text equals a fresh parse of its source", arguments: contents)
    func plainTextAsParsed(content: String) throws {
        try withViews(content) { archive, views in
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
            #expect(compared >= 5)
        }
    }

    /// Saksdokumenter pages rewrite each toppnotat's ids from its first rendering instead of parsing it
    /// again: that must equal rendering it again, mentions linked, with the prefix.
    @Test("every prefixed toppnotat equals a second render with the prefix", arguments: contents)
    func prefixedToppnotat(content: String) throws {
        try withViews(content) { archive, views in
            let resolve: @Sendable (SakID) -> String? = { id in views.history.sakerByID[id].map { views.paths.href(sak: $0) } }
            var compared = 0
            for sak in archive.allSaker {
                guard let text = sak.toppnotat else { continue }
                let prefix = "sak-\(sak.slug)-"
                let again = Markdown.render(text.source, firstLine: text.location.line, reservedIDs: [],
                                            linker: Mentions.linker(utvalg: sak.mote.utvalg, url: resolve),
                                            idPrefix: prefix, headingOffset: 1,
                                            rewriter: views.texts.links.rewriter(for: text.location.path, imagesAllowed: true,
                                                                                 size: { ImageSize.read($0) }))
                #expect(views.texts.toppnotat(of: sak, idPrefix: prefix) == again, "\(sak.source.path)")
                compared += 1
            }
            #expect(compared >= (content == "synthetic" ? 300 : 1))
        }
    }
}
