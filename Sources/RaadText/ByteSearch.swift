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
}

private enum ByteSearch {
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pattern.isEmpty else { return true }
        guard haystack.count >= pattern.count else { return false }
        // memchr for the first byte, memcmp for the rest (glibc's memmem is not in Swift's Glibc module).
        let first = Int32(pattern[0]), last = haystack.count - pattern.count
        var start = 0
        while start <= last, let hit = memchr(haystack.baseAddress! + start, first, last - start + 1) {
            let offset = haystack.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(haystack.baseAddress! + offset, pattern.baseAddress!, pattern.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }
}
