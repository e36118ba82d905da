import Foundation
import RaadText

/// Splits text into the words the index holds and a query looks up; `sok-norsk.js` splits the same way.
///
/// A word is a run of letters, digits and combining marks, after lowercasing and NFC (and with Greek final
/// sigma as plain sigma, which JavaScript's lowercasing would otherwise give by context). Words joined by a
/// hyphen ("e-helseløsninger") give the joined word ("ehelseløsninger", which "e-helse" finds as a
/// prefix) and each part ("helseløsninger"). Words shorter than two characters are dropped, and `words`
/// drops stop words too.
///
/// It runs over every text of the archive on each build, so it lowercases scalar by scalar as it scans and
/// normalises only the rare word that holds a scalar NFC could change, rather than copying whole texts.
enum SearchTokenizer {
    /// Longer runs are not words (hashes, long numbers) and would only bloat the index.
    static let maximumLength = 64

    /// The words of `text` without stop words, in order.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { word in
            if !StopWords.norwegian.contains(word) { words.append(word) }
        }
        return words
    }

    /// Calls `body` with each word of `text`, stop words included.
    static func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWordUTF8(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 of each word of `text`, stop words included: what the index reads, without a
    /// `String` per word.
    static func forEachWordUTF8(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(body) { body in
            var scanner = Scanner(emit: body)
            var text = text
            // Byte by byte: ASCII, most of any Norwegian text, never becomes a `Unicode.Scalar`.
            text.withUTF8 { utf8 in
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    if byte < 0x80 {
                        scanner.takeASCII((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                        index += 1
                        continue
                    }
                    let (scalar, length) = UTF8Scalar.decode(utf8, at: index)
                    index += length
                    if (0xC0...0xDE).contains(scalar.value), scalar.value != 0xD7 {
                        scanner.take(Unicode.Scalar(scalar.value + 0x20)!)  // Latin-1 capitals: À -> à, Ø -> ø
                    } else if scalar.value < 0x100 || (0x2000...0x206F).contains(scalar.value) {
                        scanner.take(scalar)  // no other Latin-1 letter, and no punctuation, has a lowercase
                    } else if scalar.properties.changesWhenLowercased {
                        for lower in scalar.properties.lowercaseMapping.unicodeScalars { scanner.take(lower) }
                    } else {
                        scanner.take(scalar)
                    }
                }
            }
            scanner.flush()
        }
    }

    /// The state of one scan: the current group of hyphen-joined parts, as lowercased UTF-8.
    private struct Scanner: ~Copyable {
        let emit: (UnsafeBufferPointer<UInt8>) -> Void
        var bytes = WordBuffer()
        /// Where each finished part of the group starts in `bytes`.
        var partStarts: [Int] = []
        var currentStart = 0
        var afterHyphen = false
        /// A scalar from U+0300 on may change under NFC; below it, text is already NFC.
        var mayNeedNFC = false

        init(emit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
            self.emit = emit
        }

        /// An ASCII byte, already lowercased: what `take` does with it, without the scalar.
        mutating func takeASCII(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
                afterHyphen = false
            case UInt8(ascii: "-") where bytes.count > currentStart && !afterHyphen:
                partStarts.append(currentStart)
                currentStart = bytes.count
                afterHyphen = true
            default:
                flush()
            }
        }

        mutating func take(_ scalar: Unicode.Scalar) {
            if SearchTokenizer.isWordScalar(scalar) {
                let scalar = scalar == "ς" ? "σ" : scalar
                if scalar.value >= 0x300 { mayNeedNFC = true }
                if scalar.isASCII {
                    bytes.append(UInt8(scalar.value))
                } else {
                    for byte in UTF8.encode(scalar)! { bytes.append(byte) }
                }
                afterHyphen = false
            } else if SearchTokenizer.isHyphen(scalar), bytes.count > currentStart, !afterHyphen {
                partStarts.append(currentStart)
                currentStart = bytes.count
                afterHyphen = true
            } else {
                flush()
            }
        }

        mutating func flush() {
            // Every space and stop between words ends up here: nothing to reset when no word was begun.
            if bytes.isEmpty { return }
            if bytes.count > currentStart { partStarts.append(currentStart) }
            let word = bytes.contents
            if partStarts.count > 1 {
                // The joined word is every part back to back: exactly `bytes`.
                emitWord(word[...])
            }
            for (i, start) in partStarts.enumerated() {
                let end = i + 1 < partStarts.count ? partStarts[i + 1] : word.count
                emitWord(word[start..<end])
            }
            bytes.count = 0
            partStarts.removeAll(keepingCapacity: true)
            currentStart = 0
            afterHyphen = false
            mayNeedNFC = false
        }

        private func emitWord(_ utf8: Slice<UnsafeBufferPointer<UInt8>>) {
            if utf8.count < 2 { return }
            if mayNeedNFC {
                var word = String(decoding: utf8, as: UTF8.self).precomposedStringWithCanonicalMapping
                guard Self.isWordLength(word.unicodeScalars.count) else { return }
                word.withUTF8(emit)
                return
            }
            // Count scalars only when the byte count does not settle the length: one scalar takes up to
            // four bytes.
            if utf8.count <= 4 || utf8.count > SearchTokenizer.maximumLength {
                guard Self.isWordLength(utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }) else { return }
            }
            emit(UnsafeBufferPointer(rebasing: utf8))
        }

        private static func isWordLength(_ scalars: Int) -> Bool {
            scalars >= 2 && scalars <= SearchTokenizer.maximumLength
        }
    }

    /// The bytes of the word being read. An Array checked that it was uniquely referenced, and retained and
    /// released its storage, on every byte appended: a fifth of the search stage. Not copyable, so the memory
    /// has one owner, which frees it.
    private struct WordBuffer: ~Copyable {
        private var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        private var capacity = 128
        var count = 0

        var isEmpty: Bool { count == 0 }
        var contents: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

        mutating func append(_ byte: UInt8) {
            if count == capacity {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: base, count: count)
                base.deallocate()
                base = larger
                capacity *= 2
            }
            base[count] = byte
            count += 1
        }

        deinit { base.deallocate() }
    }

    /// Letters, digits and combining marks: `[\p{L}\p{M}\p{N}]` in the browser.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39, 0x41...0x5A: return true
        case 0..<0x80: return false
        case 0xC0...0xFF: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x2000...0x206F: return false  // General Punctuation: dashes, quotes, spaces; no letter or digit
        default: break
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
