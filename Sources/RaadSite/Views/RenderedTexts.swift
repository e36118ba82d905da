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
                                          "vedlegg", "tidligere-behandlinger", "senere-behandlinger", "sak-fakta",
                                          "endringer", "emner", "sak-tittel", "toc-tittel"]

    private var bySak: [String: SakTexts] = [:]
    private var linkers: [String: TextLinker] = [:]

    init(archive: Archive, history: History, paths: SitePaths) {
        for sak in archive.allSaker {
            // "sak 11/26" in a sak's text means sak 11/26 of the same utvalg, linked when it is on the site.
            let linker = Mentions.linker(utvalg: sak.mote.utvalg) { id in
                history.sakerByID[id].map { paths.href(sak: $0) }
            }
            linkers[sak.source.path] = linker
            bySak[sak.source.path] = SakTexts(
                toppnotat: Self.render(sak.toppnotat, linker: linker), forslag: Self.render(sak.forslagTilVedtak, linker: linker),
                behandling: Self.render(sak.behandling, linker: linker), vedtak: Self.render(sak.vedtak, linker: linker))
        }
    }

    subscript(sak: Sak) -> SakTexts { bySak[sak.source.path] ?? SakTexts() }

    /// The toppnotat again with its heading ids prefixed, for a page that holds every toppnotat of a møte.
    func toppnotat(of sak: Sak, idPrefix: String) -> RenderedMarkdown? {
        guard let text = sak.toppnotat else { return nil }
        return Markdown.render(text.source, firstLine: text.location.line, linker: linkers[sak.source.path],
                               idPrefix: idPrefix, headingOffset: 1)
    }

    static func render(_ text: MarkdownText?, linker: TextLinker? = nil) -> RenderedMarkdown? {
        guard let text else { return nil }
        return Markdown.render(text.source, firstLine: text.location.line, reservedIDs: sakPageIDs, linker: linker)
    }
}
