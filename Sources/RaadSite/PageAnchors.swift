import RaadText

/// The anchors of a page raad rendered: every `id="…"` attribute and every `<a name="…">`, read from the
/// bytes as they are made, so the manifest needs no second parse of the page.
///
/// This reads raad's own output only: attribute values are always in double quotes, and text and values
/// from content are escaped, so ` id="` cannot appear inside text or inside another attribute's value.
/// `ManifestFromBuildTests` holds it to libxml2's reading of every page of the real, mini and a synthetic site.
enum PageAnchors {
    static func of(_ html: String) -> [String] {
        var found = Set<String>()
        var html = html
        html.withUTF8 { scan($0, into: &found) }
        return found.sorted()
    }

    private static let id = Array(" id=\"".utf8)
    private static let name = Array(" name=\"".utf8)

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into found: inout Set<String>) {
        var index = 0
        var inAnchorTag = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // `<a ` or `<a>` opens an anchor tag, whose `name` is an anchor too.
                inAnchorTag = index + 2 < bytes.count && (bytes[index + 1] == UInt8(ascii: "a") || bytes[index + 1] == UInt8(ascii: "A"))
                    && (bytes[index + 2] == UInt8(ascii: " ") || bytes[index + 2] == UInt8(ascii: "\n"))
            } else if byte == UInt8(ascii: ">") {
                inAnchorTag = false
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                if let value = value(after: id, at: index, in: bytes) {
                    found.insert(value.text)
                    index = value.end
                    continue
                }
                if inAnchorTag, let value = value(after: name, at: index, in: bytes) {
                    found.insert(value.text)
                    index = value.end
                    continue
                }
            }
            index += 1
        }
    }

    /// The attribute value after `prefix` (which starts with the whitespace at `start`), entities decoded.
    private static func value(after prefix: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (text: String, end: Int)? {
        guard start + prefix.count <= bytes.count else { return nil }
        for offset in 1..<prefix.count where bytes[start + offset] != prefix[offset] { return nil }
        let valueStart = start + prefix.count
        var end = valueStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < bytes.count else { return nil }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
        return (raw.containsByte(UInt8(ascii: "&")) ? decodeEntities(raw) : raw, end + 1)
    }

    /// The entities raad's escaper writes, back to their characters, as an HTML parser reads them.
    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences("&quot;", "\"").replacingOccurrences("&#39;", "'").replacingOccurrences("&lt;", "<")
            .replacingOccurrences("&gt;", ">").replacingOccurrences("&amp;", "&")
    }
}

private extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
