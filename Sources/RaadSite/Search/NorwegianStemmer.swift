import CLibStemmer

/// Snowball's Norwegian stemmer (libstemmer, the reference implementation): "prismodellene" -> "prismodell".
///
/// One stemmer is not thread-safe, so each indexing task makes its own; `sok-norsk.js` is a port of the
/// same algorithm, and a test holds the two to the same output.
final class NorwegianStemmer {
    private let stemmer: OpaquePointer

    init() {
        // Norwegian in UTF-8 is compiled into every libstemmer; nil would mean a broken installation.
        guard let stemmer = sb_stemmer_new("norwegian", "UTF_8") else {
            preconditionFailure("libstemmer has no Norwegian stemmer for UTF-8")
        }
        self.stemmer = stemmer
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a lowercased word.
    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard let result = sb_stemmer_stem(stemmer, bytes.baseAddress, Int32(bytes.count)) else {
                // libstemmer returns nil only when it cannot allocate; the word itself is the safe answer.
                return String(decoding: bytes, as: UTF8.self)
            }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
