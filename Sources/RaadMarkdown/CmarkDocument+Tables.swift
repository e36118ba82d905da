import CCmarkGFM
import RaadText

extension CmarkDocument {
    /// Puts every table in `block` (or `block` itself) inside a focusable, named scroll container, so a wide
    /// table scrolls within itself on a phone and keyboard users can scroll it too (WCAG 2.1.1; axe's
    /// scrollable-region-focusable). The region is named by the heading above it, or else by its column heads.
    /// Returns the node that now stands where `block` stood.
    func wrapTables(in block: OpaquePointer, headingID: String?) -> OpaquePointer {
        var tables: [OpaquePointer] = []
        let iterator = cmark_iter_new(block)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), Self.isTable(node) {
                tables.append(node)
            }
        }
        cmark_iter_free(iterator)
        var replacement = block
        for table in tables {
            // A custom block prints its literal open and close tags even in safe mode, which drops raw HTML.
            let wrapper: OpaquePointer = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(wrapper, "<div class=\"table-scroll\" tabindex=\"0\"\(region(of: table, headingID: headingID))>")
            cmark_node_set_on_exit(wrapper, "</div>")
            cmark_node_insert_before(table, wrapper)
            cmark_node_append_child(wrapper, table)
            if table == block { replacement = wrapper }
        }
        return replacement
    }

    /// The region role and its name; nothing when there is no name to give.
    private func region(of table: OpaquePointer, headingID: String?) -> String {
        if let headingID { return " role=\"region\" aria-labelledby=\"\(headingID)\"" }
        var heads: [String] = []
        var cell = cmark_node_first_child(cmark_node_first_child(table))
        while let current = cell {
            let text = Self.literalText(of: current)
            if !text.isEmpty { heads.append(text) }
            cell = cmark_node_next(current)
        }
        return heads.isEmpty ? "" : " role=\"region\" aria-label=\"\(HTMLText.escape(heads.joined(separator: ", ")))\""
    }

    /// The text of a cell (cmark's plain-text renderer writes a table cell as Markdown).
    private static func literalText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let inner = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(inner)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += cmark_node_get_literal(inner).map { String(cString: $0) } ?? ""
            }
        }
        return text
    }

    private static func isTable(_ node: OpaquePointer) -> Bool {
        // The table extension's node type is a runtime value; its name is stable.
        cmark_node_get_type_string(node).map { String(cString: $0) } == "table"
    }
}
