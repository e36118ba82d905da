import CCmarkGFM
import Foundation

extension CmarkDocument {
    /// Gives every link and image the address `rewriter` picks, on the tree, and remembers what each one was
    /// written as (the error about a broken link names the destination the editor wrote).
    func rewriteLinks(with rewriter: LinkRewriter) {
        forEachLink { node, isImage in
            guard let written = cmark_node_get_url(node).map({ String(cString: $0) }),
                  let new = rewriter(written, isImage)
            else { return }
            cmark_node_set_url(node, new.url)
            writtenDestinations[node] = written
            if let width = new.width, let height = new.height {
                imageSizes[new.url] = (width, height)
            }
        }
    }

    /// Calls `body` with every link and image node of the tree, in document order.
    func forEachLink(_ body: (OpaquePointer, _ isImage: Bool) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { body(node, type == CMARK_NODE_IMAGE) }
        }
    }

    /// cmark writes `<img src="URL" alt="…" />` and has no way to add attributes; the URL is one the rewriter
    /// gave (URL-safe, so cmark writes it unchanged), so its `src` is found exactly.
    func addingImageSizes(to html: String) -> String {
        guard !imageSizes.isEmpty else { return html }
        var html = html
        for (url, size) in imageSizes.sorted(by: { $0.key < $1.key }) {
            let tag = "<img src=\"\(url)\""
            html = html.replacingOccurrences(of: tag, with: tag + " width=\"\(size.width)\" height=\"\(size.height)\"")
        }
        return html
    }

    /// The text of an image's description, which becomes its alt text.
    func altText(of node: OpaquePointer) -> String {
        wordsText(of: node).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
