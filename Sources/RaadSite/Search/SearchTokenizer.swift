/// Splits text into the words the index holds and a query looks up; `sok-norsk.js` splits the same way.
///
/// A word is a run of letters, digits and combining marks, after lowercasing and NFC (and with Greek final
/// sigma as plain sigma, which JavaScript's lowercasing would otherwise give by context). Words joined by a
/// hyphen ("e-helseløsninger") give the joined word ("ehelseløsninger", which "e-helse" finds as a
/// prefix) and each part ("helseløsninger"). Words shorter than two characters and stop words are dropped.
enum SearchTokenizer {
    /// Longer runs are not words (hashes, long numbers) and would only bloat the index.
    static let maximumLength = 64

    static func words(in text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words
    }

    static func forEachWord(in text: String, _ body: (String) -> Void) {
        let prepared = text.lowercased().precomposedStringWithCanonicalMapping
        var parts: [String.UnicodeScalarView] = []
        var current = String.UnicodeScalarView()
        var afterHyphen = false

        func flush() {
            if !current.isEmpty { parts.append(current) }
            if parts.count > 1 {
                var joined = String.UnicodeScalarView()
                for part in parts { joined.append(contentsOf: part) }
                emit(joined)
            }
            for part in parts { emit(part) }
            parts.removeAll(keepingCapacity: true)
            current = String.UnicodeScalarView()
            afterHyphen = false
        }

        func emit(_ scalars: String.UnicodeScalarView) {
            let count = scalars.count
            guard count >= 2, count <= maximumLength else { return }
            let word = String(scalars)
            if !StopWords.norwegian.contains(word) { body(word) }
        }

        for scalar in prepared.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar == "ς" ? "σ" : scalar)
                afterHyphen = false
            } else if isHyphen(scalar), !current.isEmpty, !afterHyphen {
                parts.append(current)
                current = String.UnicodeScalarView()
                afterHyphen = true
            } else {
                flush()
            }
        }
        flush()
    }

    /// Letters, digits and combining marks: `[\p{L}\p{M}\p{N}]` in the browser.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The hyphen-minus and Unicode's hyphens (U+2010, U+2011): what joins "e-helse".
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
