import RaadContent
import RaadMarkdown
import RaadText

/// Every sak's Markdown rendered once, since a vedtak shows on the sak page, the møte page and in later saker.
struct RenderedTexts: Sendable {
    struct SakTexts: Sendable {
        var toppnotat: RenderedMarkdown?
        var forslag: RenderedMarkdown?
        var behandling: RenderedMarkdown?
        var vedtak: RenderedMarkdown?
        /// "Vedtak" or "Vedtak – oppdatert", shown wherever the vedtak is.
        var vedtakLabel = Strings.vedtak
        /// The word-by-word change from forslag to vedtak; `nil` when there is nothing to compare or nothing changed.
        var endringerHTML: String?
    }

    /// What a rendering reads besides its text: a mentioned sak's link, the base path, an image's size.
    typealias Resolver = @Sendable (TextLookup) -> TextAnswer

    /// Ids the sak page writes itself (read from the theme); headings in the texts never take them.
    let reservedIDs: Set<String>

    private var bySak: [String: SakTexts] = [:]
    /// Texts of saker rendered again after the rest (`replacing`): a few, kept apart so that replacing them does
    /// not copy the texts of every sak.
    private var replaced: [String: SakTexts] = [:]
    /// The one resolver every text uses, kept for the saker `replacing` renders again.
    private let resolve: Resolver
    /// Each utvalg's words that introduce a mention (`omtale_ord`), where they are not the default.
    private let omtaleOrd: [String: Set<String>]
    let links: ContentLinks
    private let cache: RenderCache?

    /// - Parameter cache: Markdown rendered by an earlier build, reused where the text and the links it mentions
    ///   are unchanged.
    init(archive: Archive, history: History, paths: SitePaths, reservedIDs: Set<String>, cache: RenderCache? = nil) {
        self.cache = cache
        self.reservedIDs = reservedIDs
        let saker = archive.allSaker
        // "sak 11/26" in a sak's text means sak 11/26 of the same utvalg, linked when it is on the site; a link
        // written as a content file gets its page's address, and an image its size.
        let links = ContentLinks(root: archive.root, paths: paths)
        let resolve: Resolver = { query in
            switch query {
            case .sak(let id): .address(history.sakerByID[id].map { paths.href(sak: $0) })
            case .basePath: .address(paths.basePath)
            case .image(let path): .size(ImageSize.read(path))
            }
        }
        self.resolve = resolve
        self.links = links
        let words = Dictionary(uniqueKeysWithValues: archive.utvalg.filter { $0.omtaleOrd != Utvalg.defaultOmtaleOrd }
            .map { ($0.slug, $0.omtaleOrd) })
        self.omtaleOrd = words
        let rendered = parallelMap(saker, chunk: 16) { sak in
            Self.texts(of: sak, resolve: resolve, links: links, reserved: reservedIDs, words: words[sak.mote.utvalg], cache: cache)
        }
        for (sak, texts) in zip(saker, rendered) { bySak[sak.source.path] = texts }
    }

    /// These texts with those of `saker` rendered anew, with the same links; the other saker's are kept.
    func replacing(_ saker: [Sak]) -> RenderedTexts {
        var copy = self
        for sak in saker { copy.replaced[sak.source.path] = Self.texts(of: sak, resolve: resolve, links: links, reserved: reservedIDs,
                                                                words: omtaleOrd[sak.mote.utvalg], cache: cache) }
        return copy
    }

    private static func texts(of sak: Sak, resolve: @escaping Resolver, links: ContentLinks, reserved: Set<String>,
                              words: Set<String>?, cache: RenderCache?) -> SakTexts {
        func render(_ text: MarkdownText?, _ field: String) -> RenderedMarkdown? {
            Self.render(text, of: sak, key: field, resolve: resolve, links: links, reserved: reserved, words: words,
                        cache: cache)
        }
        let forslag = render(sak.forslagTilVedtak, "forslag"), vedtak = render(sak.vedtak, "vedtak")
        let comparison = cache?.value(sak.source.path + "#endringer", for: [forslag?.plainText, vedtak?.plainText]) {
            Comparison(forslag, vedtak)
        } ?? Comparison(forslag, vedtak)
        return SakTexts(toppnotat: render(sak.toppnotat, "toppnotat"), forslag: forslag,
                        behandling: render(sak.behandling, "behandling"), vedtak: vedtak,
                        vedtakLabel: sak.vedtakOppdatert || comparison.differs ? Strings.vedtakOppdatert : Strings.vedtak,
                        endringerHTML: comparison.html)
    }

    /// The proposal against the decision, once per sak (the sak page, the møte page and Saksdokumenter all
    /// show the label), from the plain texts of their renderings: the same as a fresh parse of each gives,
    /// which `RenderedTextsTests` checks.
    private struct Comparison: Sendable {
        /// The words differ, spacing aside.
        var differs = false
        var html: String?

        init(_ forslag: RenderedMarkdown?, _ vedtak: RenderedMarkdown?) {
            guard let old = forslag?.plainText, let new = vedtak?.plainText else { return }
            // The diff goes word by word too, so it marks a change exactly when the words differ.
            differs = old.whitespaceWords() != new.whitespaceWords()
            html = differs ? WordDiff.html(from: old, to: new) : nil
        }
    }

    subscript(sak: Sak) -> SakTexts {
        (replaced.isEmpty ? nil : replaced[sak.source.path]) ?? bySak[sak.source.path] ?? SakTexts()
    }

    /// The toppnotat again with its heading ids prefixed and its headings a level down, for a page that holds
    /// every toppnotat of a møte: rewritten from the sak page's rendering, not parsed again.
    func toppnotat(of sak: Sak, idPrefix: String) -> RenderedMarkdown? {
        self[sak].toppnotat?.withPrefixedIDs(idPrefix, headingOffset: 1)
    }

    /// A text of `sak`, from the cache when neither the text nor the links of the saker it mentions changed.
    private static func render(_ text: MarkdownText?, of sak: Sak, key: String, resolve: @escaping Resolver,
                               links: ContentLinks, reserved: Set<String>, words: Set<String>?,
                               cache: RenderCache?) -> RenderedMarkdown? {
        guard let text else { return nil }
        let utvalg = sak.mote.utvalg
        let draw = { (resolve: @escaping Resolver) in
            // The base path is asked for so that the cache renders again when it changes.
            _ = resolve(.basePath)
            return Markdown.render(text.source, firstLine: text.location.line, reservedIDs: reserved,
                                   linker: Mentions.linker(utvalg: utvalg, words: words ?? Utvalg.defaultOmtaleOrd,
                                                          url: { resolve(.sak($0)).address }),
                                   rewriter: links.rewriter(for: text.location.path, imagesAllowed: true,
                                                            size: { resolve(.image($0)).size }))
        }
        guard let cache else { return draw(resolve) }
        // Words of the utvalg's own are part of the key: a changed `omtale_ord` links other numbers.
        let wordsKey = words.map { "#" + $0.sorted().joined(separator: ",") } ?? ""
        return cache.markdown(sak.source.path + "#" + key + wordsKey, text, lookup: resolve, render: draw)
    }

    /// A text shown on a page whose own ids are `reserved`.
    /// Links written as content files get their page's address when `links` is given; images are not
    /// published from these texts, so they stay as written.
    static func render(_ text: MarkdownText?, reserved: Set<String>, linker: TextLinker? = nil,
                       links: ContentLinks? = nil) -> RenderedMarkdown? {
        guard let text else { return nil }
        let rewriter = links?.rewriter(for: text.location.path, imagesAllowed: false, size: { _ in nil })
        return Markdown.render(text.source, firstLine: text.location.line, reservedIDs: reserved, linker: linker,
                               rewriter: rewriter)
    }
}
