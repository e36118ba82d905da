/// Text made safe to put between HTML or XML tags or inside a quoted attribute.
package enum HTMLText {
    /// Escapes `& < > " '` byte by byte. Not by `Character`: a quote followed by a combining mark is one
    /// Character that is not equal to `"`, and a Character-wise escaper lets it close an attribute.
    /// - Parameter newlines: also writes each line feed as `&#10;`, for an XML attribute, where a parser
    ///   would read a raw line feed as a space.
    package static func escape(_ text: String, newlines: Bool = false) -> String {
        let utf8 = text.utf8
        // Most values (names, dates, titles) need nothing: give back the same string without copying.
        guard utf8.contains(where: { needsEscaping($0) || (newlines && $0 == 0x0A) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x0A where newlines: out.append(contentsOf: "&#10;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
