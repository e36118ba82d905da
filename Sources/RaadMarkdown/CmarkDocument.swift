import CCmarkGFM
import Foundation
import RaadText
#if canImport(Glibc)
import Glibc
#endif

/// Owns one parsed cmark-gfm tree and frees it; the only place that touches cmark pointers.
final class CmarkDocument {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]
    /// cmark's own default is safe mode: raw HTML and dangerous URLs (javascript:) are dropped.
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()
    /// cmark-gfm adds the extensions' special characters to one global table for each parse and removes them
    /// after it (github/cmark-gfm#221), so two parses at once can lose each other's autolinks. Parsing is
    /// therefore one at a time; walking and rendering a finished tree touch no global state and run in parallel.
    private static let parseLock = NSLock()

    private let parser: OpaquePointer
    let root: OpaquePointer
    /// Links and images `rewriteLinks` changed, with the destination each was written as.
    var writtenDestinations: [OpaquePointer: String] = [:]
    /// The size of each rewritten image, by its new address.
    var imageSizes: [String: (width: Int, height: Int)] = [:]

    init(_ source: String) {
        _ = Self.registered
        let parser: OpaquePointer = cmark_parser_new(Self.options)
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = source
        self.parser = parser
        root = Self.parseLock.withLock {
            source.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    func render(lineOffset: Int, reservedIDs: Set<String>, idPrefix: String = "", headingOffset: Int = 0) -> RenderedMarkdown {
        if !idPrefix.isEmpty { prefixFragmentLinks(idPrefix) }
        var ids = IDAllocator(reserved: reservedIDs, prefix: idPrefix)
        var html = ""
        var headings: [Heading] = []
        var block = cmark_node_first_child(root)
        while var node = block {
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                // Rendered by hand so the heading gets an id that a table of contents and links can target.
                let level = min(6, Int(cmark_node_get_heading_level(node)) + headingOffset)
                let text = plainText(of: node).trimmingTrailingNewlines()
                let id = ids.allocate(for: text)
                headings.append(Heading(level: level, text: text, id: id))
                html += "<h\(level) id=\"\(id)\">"
                var child = cmark_node_first_child(node)
                while let inline = child {
                    html += renderHTML(inline)
                    child = cmark_node_next(inline)
                }
                html += "</h\(level)>\n"
            } else {
                node = wrapTables(in: node, headingID: headings.last?.id)
                html += renderHTML(node)
            }
            block = cmark_node_next(node)
        }
        return RenderedMarkdown(html: addingImageSizes(to: html), headings: headings, links: links(lineOffset: lineOffset),
                                plainText: wordsText(of: root))
    }

    /// Links within the text (`#bakgrunn`) follow its headings when their ids get a prefix.
    private func prefixFragmentLinks(_ prefix: String) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_LINK,
                  let url = cmark_node_get_url(node).map({ String(cString: $0) }), url.hasPrefix("#"), url.count > 1
            else { continue }
            cmark_node_set_url(node, "#" + prefix + url.dropFirst())
        }
    }

    func plainText() -> String {
        wordsText(of: root)
    }

    private func links(lineOffset: Int) -> [MarkdownLink] {
        var found: [MarkdownLink] = []
        forEachLink { node, isImage in
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            // Links made by a TextLinker have no position of their own: they stand on their paragraph's line.
            var positioned: OpaquePointer? = node
            while let current = positioned, cmark_node_get_start_line(current) == 0 { positioned = cmark_node_parent(current) }
            let line = Int(positioned.map(cmark_node_get_start_line) ?? 0) + lineOffset
            found.append(MarkdownLink(destination: url, line: line, isImage: isImage,
                                      written: writtenDestinations[node] ?? url, alt: isImage ? altText(of: node) : nil))
        }
        return found
    }

    private func renderHTML(_ node: OpaquePointer) -> String {
        guard let cString = cmark_render_html(node, Self.options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(cString) }
        let html = String(cString: cString)
        // cmark-gfm writes a column's alignment (`|---:|`) as the `align` attribute, obsolete in HTML5 and so an
        // error to the validator: a class the theme styles instead. Raw HTML never reaches here unescaped.
        guard html.containsBytes(" align=\"") else { return html }
        return html.replacingBytes("<td align=\"", with: "<td class=\"align-")
            .replacingBytes("<th align=\"", with: "<th class=\"align-")
    }

    private func plainText(of node: OpaquePointer) -> String {
        guard let cString = cmark_render_plaintext(node, Self.options, 0) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last?.isNewline == true { result.removeLast() }
        return result
    }
}
