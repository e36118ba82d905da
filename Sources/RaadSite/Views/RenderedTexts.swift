import RaadContent
import RaadMarkdown

/// Every sak's Markdown rendered once, since a vedtak shows on the sak page, the møte page and in later saker.
struct RenderedTexts: Sendable {
    struct SakTexts: Sendable {
        var toppnotat: RenderedMarkdown?
        var forslag: RenderedMarkdown?
        var behandling: RenderedMarkdown?
        var vedtak: RenderedMarkdown?
    }

    /// Ids the sak page uses for its own sections; headings in the text never take them.
    static let sakPageIDs: Set<String> = ["hovedinnhold", "forslag-til-vedtak", "toppnotat", "behandling", "vedtak",
                                          "vedlegg", "tidligere-behandlinger", "sak-fakta"]

    private var bySak: [String: SakTexts] = [:]

    /// - Parameter cache: Markdown rendered by an earlier build, reused where the text is unchanged.
    init(archive: Archive, cache: RenderCache? = nil) {
        func render(_ text: MarkdownText?, _ field: String, of sak: Sak) -> RenderedMarkdown? {
            guard let text, let cache else { return Self.render(text) }
            return cache.markdown(sak.source.path + "#" + field, text) { Self.render(text) }
        }
        for sak in archive.allSaker {
            bySak[sak.source.path] = SakTexts(
                toppnotat: render(sak.toppnotat, "toppnotat", of: sak),
                forslag: render(sak.forslagTilVedtak, "forslag", of: sak),
                behandling: render(sak.behandling, "behandling", of: sak),
                vedtak: render(sak.vedtak, "vedtak", of: sak))
        }
    }

    subscript(sak: Sak) -> SakTexts { bySak[sak.source.path] ?? SakTexts() }

    static func render(_ text: MarkdownText?) -> RenderedMarkdown? {
        text.map(render)
    }

    static func render(_ text: MarkdownText) -> RenderedMarkdown {
        Markdown.render(text.source, firstLine: text.location.line, reservedIDs: sakPageIDs)
    }
}
