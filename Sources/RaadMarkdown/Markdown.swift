import CCmarkGFM

/// GitHub-flavoured Markdown through cmark-gfm, with the extensions the site relies on
/// (table, strikethrough, autolink, tagfilter) and cmark's safe mode: raw HTML is never passed through.
public enum Markdown {
    /// Renders `source`.
    /// - Parameters:
    ///   - firstLine: the line of the enclosing file on which `source` starts, so link lines point into that file.
    ///   - reservedIDs: ids the page already uses; heading ids never take one of them.
    ///   - linker: finds mentions in running text to link, such as "sak 11/26".
    ///   - idPrefix: prepended to heading ids, for pages that hold several documents.
    ///   - headingOffset: added to every heading level (at most h6), for text placed under a page's own h2.
    ///   - rewriter: the addresses links and images written as files (`16-26.md`, `vedlegg/figur-1.png`) become.
    public static func render(_ source: String, firstLine: Int = 1, reservedIDs: Set<String> = [],
                              linker: TextLinker? = nil, idPrefix: String = "", headingOffset: Int = 0,
                              rewriter: LinkRewriter? = nil) -> RenderedMarkdown {
        let document = CmarkDocument(source)
        if let linker { document.link(with: linker) }
        if let rewriter { document.rewriteLinks(with: rewriter) }
        return document.render(lineOffset: firstLine - 1, reservedIDs: reservedIDs, idPrefix: idPrefix,
                               headingOffset: headingOffset)
    }

    /// The text of `source` without markup: for search and for comparing text.
    public static func plainText(_ source: String) -> String {
        CmarkDocument(source).plainText()
    }
}
