import Foundation
import Testing
@testable import RaadSite

/// The size of an image from its header, for each format an editor is likely to drop into vedlegg/.
@Suite("Image sizes from file headers")
struct ImageSizeTests {
    static func png(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        bytes += be32(width) + be32(height) + [8, 6, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    static func be32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }

    @Test("PNG: the IHDR chunk")
    func pngSize() {
        #expect(ImageSize.of([UInt8](Self.png(width: 1200, height: 675))) == ImageSize(width: 1200, height: 675))
    }

    @Test("GIF: the logical screen")
    func gif() {
        #expect(ImageSize.of(Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0, 0]) == ImageSize(width: 320, height: 240))
    }

    @Test("JPEG: the first start-of-frame, after an APP segment and a Huffman table")
    func jpeg() {
        let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + Array(repeating: 0, count: 9)
        let dht: [UInt8] = [0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]
        let sof2: [UInt8] = [0xFF, 0xC2, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03] + Array(repeating: 0, count: 9)
        #expect(ImageSize.of([0xFF, 0xD8] + app0 + dht + sof2) == ImageSize(width: 800, height: 600))
    }

    @Test("WebP: lossy, lossless and extended")
    func webp() {
        func riff(_ chunk: String, _ payload: [UInt8]) -> [UInt8] {
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8) + Array(chunk.utf8) + [0, 0, 0, 0] + payload
        }
        let vp8 = riff("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0xE0, 0x01] + Array(repeating: 0, count: 4))
        #expect(ImageSize.of(vp8) == ImageSize(width: 640, height: 480))
        // VP8L: 14 bits width - 1, then 14 bits height - 1, after the 0x2F signature.
        let bits: UInt32 = (99) | (49 << 14)
        let vp8l = riff("VP8L", [0x2F] + [0, 8, 16, 24].map { UInt8((bits >> $0) & 0xFF) } + Array(repeating: 0, count: 8))
        #expect(ImageSize.of(vp8l) == ImageSize(width: 100, height: 50))
        let vp8x = riff("VP8X", [0, 0, 0, 0] + [0xFF, 0x03, 0x00] + [0x2B, 0x02, 0x00] + Array(repeating: 0, count: 4))
        #expect(ImageSize.of(vp8x) == ImageSize(width: 1024, height: 556))
    }

    @Test("SVG: plain width and height, else the viewBox; units the browser must resolve give none", arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80px\">", ImageSize(width: 120, height: 80)),
        ("<?xml version=\"1.0\"?>\n<svg stroke-width=\"2\" viewBox=\"0 0 300 150.4\">", ImageSize(width: 300, height: 150)),
        ("<svg width='10em' height='5em'>", nil),
        ("<svg width=\"100%\" height=\"100%\" viewBox=\"0,0,40,20\">", ImageSize(width: 40, height: 20)),
    ] as [(String, ImageSize?)])
    func svg(text: String, size: ImageSize?) {
        #expect(ImageSize.of(Array(text.utf8)) == size)
    }

    @Test("a file cut short, of another kind, or of size zero gives no size", arguments: [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], Array("%PDF-1.4\n".utf8), [0xFF, 0xD8, 0xFF, 0xE0, 0x00],
        [UInt8](png(width: 0, height: 10)), [],
    ] as [[UInt8]])
    func none(bytes: [UInt8]) {
        #expect(ImageSize.of(bytes) == nil)
    }
}
