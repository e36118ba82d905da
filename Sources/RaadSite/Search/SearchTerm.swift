import Foundation
import RaadText

/// A word as the index keys it: its Snowball stem, and that stem folded to plain letters.
///
/// The folded form is the dictionary key, so "radsmodell" and "raadsmodell" land where "rådsmodell" is;
/// the exact stem is kept under it, so a query with the right letters ranks its own spelling first.
struct SearchTerm: Hashable, Sendable {
    var exact: String
    var folded: String

    /// Folds a lowercased word: accents dropped (å -> a), æ -> ae, ø -> o, then the old spellings aa -> a
    /// and oe -> o. `sok-norsk.js` folds in the same steps, in the same order.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }), !word.containsBytes("aa"), !word.containsBytes("oe") { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "æ": scalars.append(contentsOf: "ae".unicodeScalars)
            case "ø": scalars.append("o")
            default:
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: break
                default: scalars.append(scalar)
                }
            }
        }
        return String(scalars).replacingOccurrences(of: "aa", with: "a").replacingOccurrences(of: "oe", with: "o")
    }
}

/// Turns tokenizer words into terms, numbering each distinct term it meets: an archive repeats its words a
/// lot, so each word is stemmed once, and an indexing task counts terms by number, not by string.
final class SearchNormalizer {
    private let stemmer = NorwegianStemmer()
    /// Terms by number, in the order first met.
    private(set) var terms: [SearchTerm] = []
    /// Each word met, with its term number or nil for a stop word.
    private var seen = WordTable()
    private var numbers: [SearchTerm: Int] = [:]

    /// The number of the term of `word` (UTF-8, as the tokenizer gives it), or nil when it is a stop word.
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = WordTable.hash(word)
        if let known = seen.value(of: word, hash: hash) { return known }
        let text = String(decoding: word, as: UTF8.self)
        var number: Int?
        if !StopWords.norwegian.contains(text) {
            let term = term(text)
            number = numbers[term] ?? {
                terms.append(term)
                numbers[term] = terms.count - 1
                return terms.count - 1
            }()
        }
        seen.insert(word, hash: hash, value: number)
        return number
    }

    /// The term of a word, stop word or not.
    func term(_ word: String) -> SearchTerm {
        let stem = stemmer.stem(word)
        return SearchTerm(exact: stem, folded: SearchTerm.fold(stem))
    }
}
