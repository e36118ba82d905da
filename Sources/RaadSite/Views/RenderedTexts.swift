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

    init(archive: Archive) {
        for sak in archive.allSaker {
            bySak[sak.source.path] = SakTexts(
                toppnotat: Self.render(sak.toppnotat), forslag: Self.render(sak.forslagTilVedtak),
                behandling: Self.render(sak.behandling), vedtak: Self.render(sak.vedtak))
        }
    }

    subscript(sak: Sak) -> SakTexts { bySak[sak.source.path] ?? SakTexts() }

    static func render(_ text: MarkdownText?) -> RenderedMarkdown? {
        guard let text else { return nil }
        return Markdown.render(text.source, firstLine: text.location.line, reservedIDs: sakPageIDs)
    }
}
