import RaadText

/// Finds "sak 11/26" or "sak 11/2026" (also "Sak", "saker", "sakene") in plain text: the numbers a document refers to.
///
/// A scanner over UTF-8 rather than a regex: it runs over every text of the archive on each build.
enum SaksnummerMentions {
    static func find(in text: String) -> [String] {
        // Every text of every document passes here; one without a slash has no saksnummer.
        guard text.containsByte(UInt8(ascii: "/")) else { return [] }
        if let found = text.utf8.withContiguousStorageIfAvailable(find(in:)) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(find(in:))  // a bridged string has no contiguous UTF-8
    }

    private static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var found: [String] = []
        var i = 0
        while i + 3 < bytes.count {
            defer { i += 1 }
            guard lower(bytes[i]) == UInt8(ascii: "s"), lower(bytes[i + 1]) == UInt8(ascii: "a"),
                  lower(bytes[i + 2]) == UInt8(ascii: "k"), i == 0 || !isWordByte(bytes[i - 1])
            else { continue }
            var j = i + 3
            for ending in ["ene", "er"] where matches(ending, in: bytes, at: j) {
                j += ending.utf8.count
                break
            }
            let spaceStart = j
            while j < bytes.count {
                if bytes[j] == UInt8(ascii: " ") {
                    j += 1
                } else if bytes[j] == 0xC2, j + 1 < bytes.count, bytes[j + 1] == 0xA0 {  // no-break space
                    j += 2
                } else {
                    break
                }
            }
            guard j > spaceStart, let (number, end) = saksnummer(in: bytes, at: j) else { continue }
            found.append(number)
            i = end - 1
        }
        return found
    }

    /// `14/26` at `start`, not part of a longer number; returns the number and where it ends.
    private static func saksnummer(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        var j = start
        while j < bytes.count, j - start < 4, isDigit(bytes[j]) { j += 1 }
        let nummerEnd = j
        guard nummerEnd > start, nummerEnd - start <= 3, j < bytes.count, bytes[j] == UInt8(ascii: "/") else { return nil }
        j += 1
        let yearStart = j
        while j < bytes.count, isDigit(bytes[j]) { j += 1 }
        guard j - yearStart == 2 || j - yearStart == 4, j == bytes.count || !isWordByte(bytes[j]),
              let nummer = Int(String(decoding: bytes[start..<nummerEnd], as: UTF8.self)), nummer > 0
        else { return nil }
        // Filed as `14/26` however the year is written: `sak 14/2026` is the same number.
        return ("\(nummer)/" + String(decoding: bytes[(j - 2)..<j], as: UTF8.self), j)
    }

    private static func matches(_ ending: String, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let ending = Array(ending.utf8)
        guard start + ending.count <= bytes.count else { return false }
        return zip(bytes[start..<start + ending.count], ending).allSatisfy { lower($0) == $1 }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    /// ASCII letters and digits, and any byte of a non-ASCII character (æ, ø, å are letters).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x61...0x7A).contains(lower(byte)) || byte >= 0x80
    }
}
