import RaadContent
import RaadMarkdown
import RaadText

/// Finds mentions of saker in running text: "sak 11/26", "saken 11/26", "sakene 4/26 og 5/26", and in a board's
/// own words (`omtale_ord`) "styresak 104/2016", "sak 108/03 B".
///
/// Only a number that follows one of the words for sak (or continues such a list with "og", "eller" or a
/// comma) counts, so "1/3 av kostnadene" stays text; the number alone becomes the link.
enum Mentions {
    static let listWords: Set<String> = ["og", "eller", "samt"]

    struct Mention {
        var range: Range<String.Index>
        var nummer: Saksnummer
        /// For `108/03 B`: the number without the letter, meant when no sak has the letter (`sak 4/26 A-dokumentet`
        /// is no suffix if sak 4/26 A does not exist).
        var withoutSuffix: (range: Range<String.Index>, nummer: Saksnummer)?
    }

    /// The saksnummer mentioned in `text`, with their ranges; `before` is the text that precedes it, `words`
    /// the lowercased words that introduce a mention.
    static func find(in text: String, before: String, words: Set<String> = Utvalg.defaultOmtaleOrd) -> [Mention] {
        // Every text node of every sak passes here; most have no slash and so no saksnummer.
        let bytes = text.utf8
        guard text.containsByte(UInt8(ascii: "/")) else { return [] }
        var found: [Mention] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isDigit(bytes[index]), let mention = number(in: text, at: index) else {
                index = bytes.index(after: index)
                continue
            }
            let prefix = before + text[text.startIndex..<mention.range.lowerBound]
            if qualifies(prefix[...], words: words) { found.append(mention) }
            index = mention.range.upperBound
        }
        return found
    }

    /// A linker for texts of `utvalg`: links the mentioned saker that exist.
    static func linker(utvalg: String, words: Set<String> = Utvalg.defaultOmtaleOrd,
                       url: @escaping @Sendable (SakID) -> String?) -> TextLinker {
        { text, before in
            find(in: text, before: before, words: words).compactMap { mention in
                if let address = url(SakID(utvalg: utvalg, nummer: mention.nummer)) {
                    return TextLink(range: mention.range, url: address)
                }
                return mention.withoutSuffix.flatMap { plain in
                    url(SakID(utvalg: utvalg, nummer: plain.nummer)).map { TextLink(range: plain.range, url: $0) }
                }
            }
        }
    }

    /// `NN/YY` or `NN/YYYY` starting at `start`, bounded by neither digits nor slashes (so dates like 1/3/2026
    /// stay out), with a letter after a space taken as a possible suffix (`108/03 B`).
    private static func number(in text: String, at start: String.Index) -> Mention? {
        let bytes = text.utf8
        if start > bytes.startIndex {
            let previous = bytes[bytes.index(before: start)]
            if isDigit(previous) || previous == UInt8(ascii: "/") { return nil }
        }
        var end = start
        while end < bytes.endIndex, isDigit(bytes[end]) { end = bytes.index(after: end) }
        guard end < bytes.endIndex, bytes[end] == UInt8(ascii: "/"), bytes.distance(from: start, to: end) <= 3 else { return nil }
        let yearStart = bytes.index(after: end)
        var yearEnd = yearStart
        while yearEnd < bytes.endIndex, isDigit(bytes[yearEnd]) { yearEnd = bytes.index(after: yearEnd) }
        if yearEnd < bytes.endIndex, bytes[yearEnd] == UInt8(ascii: "/") { return nil }
        guard [2, 4].contains(bytes.distance(from: yearStart, to: yearEnd)),
              let nummer = Saksnummer(String(text[start..<yearEnd]))
        else { return nil }
        if let suffixEnd = suffixEnd(in: text, after: yearEnd),
           let suffixed = Saksnummer(String(text[start..<suffixEnd])) {
            return Mention(range: start..<suffixEnd, nummer: suffixed, withoutSuffix: (start..<yearEnd, nummer))
        }
        return Mention(range: start..<yearEnd, nummer: nummer)
    }

    /// The end of ` B` (a space, one or two capital ASCII letters, then no letter or digit) after `index`.
    private static func suffixEnd(in text: String, after index: String.Index) -> String.Index? {
        let bytes = text.utf8
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") else { return nil }
        var end = bytes.index(after: index)
        let letters = end
        while end < bytes.endIndex, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[end]),
              bytes.distance(from: letters, to: end) < 3 {
            end = bytes.index(after: end)
        }
        let count = bytes.distance(from: letters, to: end)
        guard (1...2).contains(count) else { return nil }
        if end < bytes.endIndex, isDigit(bytes[end]) || isASCIILetter(bytes[end]) || bytes[end] >= 0x80 { return nil }
        return end
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether the text before a number makes it a saksnummer: a sak word, or a list that began with one.
    private static func qualifies(_ prefix: Substring, words: Set<String>) -> Bool {
        let trimmed = prefix.droppingTrailingWhitespace()
        let word = trimmed.trailingLetters()
        if words.contains(word.lowercased()) { return true }
        var rest: Substring
        if trimmed.hasSuffix(",") {
            rest = trimmed.dropLast()
        } else if listWords.contains(word.lowercased()) {
            rest = trimmed.dropLast(word.count)
        } else {
            return false
        }
        rest = rest.droppingTrailingWhitespace()
        // The list's previous item must itself be a number that qualifies.
        var start = rest.endIndex
        while start > rest.startIndex, let c = Optional(rest[rest.index(before: start)]), c.isNumber || c == "/" {
            start = rest.index(before: start)
        }
        let previous = rest[start...]
        guard previous.contains("/"), Saksnummer(String(previous)) != nil else { return false }
        return qualifies(rest[..<start], words: words)
    }
}

extension Substring {
    func droppingTrailingWhitespace() -> Substring {
        var s = self
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }

    func trailingLetters() -> Substring {
        var start = endIndex
        while start > startIndex, self[index(before: start)].isLetter { start = index(before: start) }
        return self[start...]
    }
}
