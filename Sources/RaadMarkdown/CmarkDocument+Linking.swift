import CCmarkGFM

extension CmarkDocument {
    /// Turns the parts of text nodes that `linker` picks into link nodes, on the tree rather than on HTML.
    func link(with linker: TextLinker) {
        cmark_consolidate_text_nodes(root)
        var edits: [(node: OpaquePointer, text: String, links: [TextLink])] = []
        var context = ""
        var linkDepth = 0
        let iterator = cmark_iter_new(root)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            if Self.isBlock(type) {
                context = ""
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                context += " "
            } else if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if type == CMARK_NODE_TEXT && linkDepth == 0 {
                    let links = linker(text, String(context.suffix(200)))
                    if !links.isEmpty { edits.append((node, text, links)) }
                }
                context += text
            }
        }
        cmark_iter_free(iterator)
        for edit in edits { replace(edit.node, text: edit.text, links: edit.links) }
    }

    /// Replaces one text node by text, link, text, … nodes in its place.
    private func replace(_ node: OpaquePointer, text: String, links: [TextLink]) {
        var cursor = text.startIndex
        for link in links.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where link.range.lowerBound >= cursor {
            insertText(String(text[cursor..<link.range.lowerBound]), before: node)
            let linkNode = cmark_node_new(CMARK_NODE_LINK)
            cmark_node_set_url(linkNode, link.url)
            let label = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(label, String(text[link.range]))
            cmark_node_append_child(linkNode, label)
            cmark_node_insert_before(node, linkNode)
            cursor = link.range.upperBound
        }
        insertText(String(text[cursor...]), before: node)
        cmark_node_free(node)
    }

    private func insertText(_ text: String, before node: OpaquePointer) {
        guard !text.isEmpty else { return }
        let textNode = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(textNode, text)
        cmark_node_insert_before(node, textNode)
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        // cmark's CMARK_NODE_TYPE_* macros: 0x8000 marks a present node, 0x4000 an inline one.
        type.rawValue & 0xC000 == 0x8000
    }
}
