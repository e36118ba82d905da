import RaadText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The anchors of a page raad rendered: every `id="…"` attribute and every `<a name="…">`, read from the
/// bytes as they are made, so the manifest needs no second parse of the page.
///
/// This reads raad's own output only: attribute values are always in double quotes, and text and values
/// from content are escaped, so ` id="` cannot appear inside text or inside another attribute's value.
/// `ManifestFromBuildTests` holds it to libxml2's reading of every page of the real, mini and a synthetic site.
enum PageAnchors {
    static func of(_ html: String) -> [String] {
        var html = html
        return html.withUTF8(of)
    }

    static func of(_ html: UnsafeBufferPointer<UInt8>) -> [String] {
        var found = Set<String>()
        scan(html, into: &found)
        return found.sorted()
    }

    /// Jumps from `=` to `=` with memchr (a page has a few hundred attributes in tens of kilobytes) and looks
    /// at the bytes around each: ` id="` anywhere, ` name="` inside an `<a …>` tag.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into found: inout Set<String>) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count, let hit = memchr(base + start, Int32(UInt8(ascii: "=")), bytes.count - start) {
            let equals = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            start = equals + 1
            guard equals + 1 < bytes.count, bytes[equals + 1] == UInt8(ascii: "\"") else { continue }
            let isAnchor = attribute("id", endsAt: equals, in: bytes)
                || (attribute("name", endsAt: equals, in: bytes) && insideAnchorTag(equals - 5, bytes))
            guard isAnchor else { continue }
            let valueStart = equals + 2
            guard valueStart <= bytes.count,
                  let close = memchr(base + valueStart, Int32(UInt8(ascii: "\"")), bytes.count - valueStart) else { return }
            let end = base.distance(to: close.assumingMemoryBound(to: UInt8.self))
            let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
            found.insert(raw.containsByte(UInt8(ascii: "&")) ? decodeEntities(raw) : raw)
            start = end + 1
        }
    }

    /// True if the bytes before `equals` are whitespace and then `name`: ` id` of ` id="`.
    private static func attribute(_ name: StaticString, endsAt equals: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = name.utf8CodeUnitCount
        guard equals > count else { return false }
        let nameStart = equals - count
        for offset in 0..<count where bytes[nameStart + offset] != name.utf8Start[offset] { return false }
        return isSpace(bytes[nameStart - 1])
    }

    /// True if the nearest `<` or `>` before `index` is the `<` of `<a ` or `<a\n`.
    private static func insideAnchorTag(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = index
        while index >= 0 {
            switch bytes[index] {
            case UInt8(ascii: ">"):
                return false
            case UInt8(ascii: "<"):
                return index + 2 < bytes.count && (bytes[index + 1] == UInt8(ascii: "a") || bytes[index + 1] == UInt8(ascii: "A"))
                    && (bytes[index + 2] == UInt8(ascii: " ") || bytes[index + 2] == UInt8(ascii: "\n"))
            default:
                index -= 1
            }
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }

    /// The entities raad's escaper writes, back to their characters, as an HTML parser reads them.
    private static func decodeEntities(_ text: String) -> String {
        text.replacingBytes("&quot;", with: "\"").replacingBytes("&#39;", with: "'").replacingBytes("&lt;", with: "<")
            .replacingBytes("&gt;", with: ">").replacingBytes("&amp;", with: "&")
    }
}
