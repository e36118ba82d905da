extension String {
    /// The text split at runs of whitespace (Unicode's White_Space: spaces, tabs, line breaks, no-break
    /// spaces), empty pieces dropped: `split(whereSeparator: \.isWhitespace)`, read scalar by scalar instead
    /// of by grapheme cluster, which was a tenth of the Markdown stage where every vedtak is compared with
    /// its forslag. (The one difference: a combining mark right after a space begins a word here.)
    package func whitespaceWords() -> [String] {
        var words: [String] = []
        var text = self
        text.withUTF8 { utf8 in
            var start: Int?
            var index = 0
            while index < utf8.count {
                let (isSpace, length) = Self.whitespace(in: utf8, at: index)
                if isSpace {
                    if let begun = start { words.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[begun..<index]), as: UTF8.self)) }
                    start = nil
                } else if start == nil {
                    start = index
                }
                index += length
            }
            if let begun = start { words.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[begun...]), as: UTF8.self)) }
        }
        return words
    }

    /// Whether the scalar at `index` is whitespace, and its length in bytes; ASCII is answered without decoding.
    private static func whitespace(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let lead = utf8[index]
        if lead < 0x80 { return (lead == 0x20 || (0x09...0x0D).contains(lead), 1) }
        // Every non-ASCII White_Space scalar is U+0085, U+00A0 (two bytes, lead C2) or three bytes led by E1, E2, E3.
        guard lead == 0xC2 || (0xE1...0xE3).contains(lead) else { return (false, UTF8Scalar.length(lead: lead)) }
        let (scalar, length) = UTF8Scalar.decode(utf8, at: index)
        return (scalar.properties.isWhitespace, length)
    }
}
