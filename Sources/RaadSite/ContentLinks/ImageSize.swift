import Foundation

/// The pixel size of an image, read from its file's header, so an `<img>` can carry `width` and `height`
/// and the page does not jump while it loads. PNG, GIF, JPEG, WebP and simple SVG; anything else is `nil`.
public struct ImageSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size of the image at `path`; `nil` when it cannot be read or is not a format known here.
    public static func read(_ path: String) -> ImageSize? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return of([UInt8](data))
    }

    /// The size the header in `bytes` gives; `nil` for a file that is not an image known here or is cut short.
    public static func of(_ bytes: [UInt8]) -> ImageSize? {
        let size: ImageSize?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            size = png(bytes)
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            size = bytes.count >= 10 ? ImageSize(width: le16(bytes, 6), height: le16(bytes, 8)) : nil
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            size = jpeg(bytes)
        } else if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            size = webp(bytes)
        } else {
            size = svg(bytes)
        }
        // A zero size would hide the image; better no attributes than wrong ones.
        return size.flatMap { $0.width > 0 && $0.height > 0 ? $0 : nil }
    }

    /// The IHDR chunk comes first: width and height, four bytes each, big-endian.
    private static func png(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(width: be32(bytes, 16), height: be32(bytes, 20))
    }

    /// The first start-of-frame marker (any SOFn but the DHT, JPG and DAC markers) holds height then width.
    private static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            // Markers without a length: TEM and the restart markers.
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            let length = be16(bytes, index + 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(width: be16(bytes, index + 7), height: be16(bytes, index + 5))
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    /// Lossy (VP8), lossless (VP8L) and extended (VP8X) WebP each keep the size in their own way.
    private static func webp(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 30 else { return nil }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8 ":
            return ImageSize(width: le16(bytes, 26) & 0x3FFF, height: le16(bytes, 28) & 0x3FFF)
        case "VP8L":
            let bits = UInt32(bytes[21]) | UInt32(bytes[22]) << 8 | UInt32(bytes[23]) << 16 | UInt32(bytes[24]) << 24
            return ImageSize(width: Int(bits & 0x3FFF) + 1, height: Int((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return ImageSize(width: le24(bytes, 24) + 1, height: le24(bytes, 27) + 1)
        default:
            return nil
        }
    }

    static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    static func be32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
    static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    static func le24(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }
}
