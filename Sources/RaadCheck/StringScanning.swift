/// Byte-level string helpers for the hot path: a site has a million links, and Foundation's string search
/// and trimming (through CFString) cost more than the HTML parsing.
extension String {
    /// Without the ASCII whitespace the HTML standard strips from URLs (space, tab, LF, FF, CR).
    func trimmingASCIIWhitespace() -> String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !Self.isASCIIWhitespace($0) }),
              let last = bytes.lastIndex(where: { !Self.isASCIIWhitespace($0) }) else { return "" }
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return self }
        return String(self[first...last])
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
