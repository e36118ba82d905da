import RaadContent
import RaadMarkdown

/// Finds mentions of saker in running text: "sak 11/26", "saken 11/26", "sakene 4/26 og 5/26".
///
/// Only a number that follows one of the words for sak (or continues such a list with "og", "eller" or a
/// comma) counts, so "1/3 av kostnadene" stays text; the number alone becomes the link.
enum Mentions {
    static let keywords: Set<String> = ["sak", "saken", "saker", "sakene", "sakens", "sakane"]
    static let listWords: Set<String> = ["og", "eller", "samt"]

    /// The saksnummer mentioned in `text`, with their ranges; `before` is the text that precedes it.
    static func find(in text: String, before: String) -> [(range: Range<String.Index>, nummer: Saksnummer)] {
        // Every text node of every sak passes here; most have no slash and so no saksnummer.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "/")) else { return [] }
        var found: [(Range<String.Index>, Saksnummer)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isDigit(bytes[index]), let (range, nummer) = number(in: text, at: index) else {
                index = bytes.index(after: index)
                continue
            }
            let prefix = before + text[text.startIndex..<range.lowerBound]
            if qualifies(prefix[...]) { found.append((range, nummer)) }
            index = range.upperBound
        }
        return found
    }

    /// A linker for texts of `utvalg`: links the mentioned saker that exist.
    static func linker(utvalg: String, url: @escaping @Sendable (SakID) -> String?) -> TextLinker {
        { text, before in
            find(in: text, before: before).compactMap { mention in
                url(SakID(utvalg: utvalg, nummer: mention.nummer)).map { TextLink(range: mention.range, url: $0) }
            }
        }
    }

    /// `NN/YY` starting at `start`, bounded by neither digits nor slashes (so dates like 1/3/2026 stay out).
    private static func number(in text: String, at start: String.Index) -> (Range<String.Index>, Saksnummer)? {
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
        guard bytes.distance(from: yearStart, to: yearEnd) == 2, let nummer = Saksnummer(String(text[start..<yearEnd])) else {
            return nil
        }
        return (start..<yearEnd, nummer)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether the text before a number makes it a saksnummer: a sak word, or a list that began with one.
    private static func qualifies(_ prefix: Substring) -> Bool {
        let trimmed = prefix.droppingTrailingWhitespace()
        let word = trimmed.trailingLetters()
        if keywords.contains(word.lowercased()) { return true }
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
        return qualifies(rest[..<start])
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
