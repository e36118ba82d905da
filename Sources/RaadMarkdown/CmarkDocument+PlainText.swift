import CCmarkGFM

extension CmarkDocument {
    /// The words of the tree under `node` and nothing of the Markdown around them. cmark's plain-text
    /// renderer keeps list markers (`- `, `1. `) and writes a table as Markdown rows (`| --- |`), which then
    /// showed in search results. Each block ends a line and each table cell ends with a space, so words of
    /// two blocks never run together; raw HTML is left out, as the safe-mode HTML leaves it out.
    func wordsText(of node: OpaquePointer) -> String {
        var out = ""
        func endLine() { if !out.isEmpty && out.last != "\n" { out += "\n" } }
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    out += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
                case CMARK_NODE_CODE_BLOCK:
                    endLine()
                    out += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
                    endLine()
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_THEMATIC_BREAK:
                    endLine()
                default:
                    break
                }
                continue
            }
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE:
                endLine()
            default:
                // The table extension's node types are runtime values; their names are stable.
                switch cmark_node_get_type_string(current).map({ String(cString: $0) }) {
                case "table_cell": if out.last != " " && out.last != "\n" { out += " " }
                case "table_row", "table": endLine()
                default: break
                }
            }
        }
        return out
    }
}
