#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// True if `needle` occurs in the text, compared byte for byte on UTF-8 (no Unicode folding or
    /// normalisation). Foundation's `contains` goes through CFString and UTF-16 and cost about a tenth of a
    /// build's CPU where every sak's text passes.
    package func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.find(pattern, in: $0) }) { return found }
            var copy = String(self)
            return copy.withUTF8 { ByteSearch.find(pattern, in: $0) }
        }
    }

    /// True if the UTF-8 form holds `byte`, found with `memchr`; the generic `utf8.contains` steps through a
    /// String's indices one byte at a time.
    package func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer in
            !buffer.isEmpty && memchr(buffer.baseAddress!, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`, matched byte for byte on UTF-8 like
    /// `containsBytes`; the same string when there is none.
    package func replacingBytes(_ target: String, with replacement: String) -> String {
        var text = self, target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { pattern in
                guard !pattern.isEmpty, var hit = ByteSearch.offset(of: pattern, in: bytes, from: 0) else { return self }
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count + 64)
                var copied = 0
                while true {
                    out.append(contentsOf: bytes[copied..<hit])
                    out.append(contentsOf: replacement.utf8)
                    copied = hit + pattern.count
                    guard let next = ByteSearch.offset(of: pattern, in: bytes, from: copied) else { break }
                    hit = next
                }
                out.append(contentsOf: bytes[copied...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

private enum ByteSearch {
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        pattern.isEmpty || offset(of: pattern, in: haystack, from: 0) != nil
    }

    /// Where `pattern` (not empty) first occurs in `haystack` at or after `start`: memchr for its first byte,
    /// memcmp for the rest (glibc's memmem is not in Swift's Glibc module).
    static func offset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let last = haystack.count - pattern.count
        var start = start
        while start <= last, let hit = memchr(haystack.baseAddress! + start, Int32(pattern[0]), last - start + 1) {
            let offset = haystack.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(haystack.baseAddress! + offset, pattern.baseAddress!, pattern.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}
