import Foundation

/// Writes JSON byte for byte as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` does, for the
/// big files of a build (the search index, raad check's manifest): the encoder's boxing of every value was a
/// sixth of a large build's CPU time. `SearchJSONTests` and `ManifestTests` hold the two to the same bytes.
///
/// One difference, on purpose: `<`, `>` and `&` are written `\u003c`, `\u003e`, `\u0026`, as Go's
/// encoding/json does, so no published JSON file holds a literal tag even when a server sends it as HTML.
/// JSON written by `JSONEncoder` gets the same through `escapingMarkup`.
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    package var text: String { String(decoding: bytes, as: UTF8.self) }

    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    package mutating func int(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == .min {
                bytes.append(contentsOf: String(value).utf8.dropFirst())
                return
            }
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    package mutating func ints(_ values: [Int]) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            int(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    package mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        // Runs of plain bytes are copied whole: appending byte by byte was most of the search files' encoding.
        value.withUTF8 { utf8 in
            var plain = 0
            for (index, byte) in utf8.enumerated() where Self.needsEscape(byte) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<index]))
                escape(byte)
                plain = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): raw(Self.markupEscape(byte))
        default:
            raw("\\u00")
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        }
    }

    /// An object of `entries` in the encoder's key order (by UTF-8 bytes), each value written by `value`.
    package mutating func object<Value>(_ entries: [String: Value], _ value: (inout JSONWriter, Value) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in entries.keys.sorted(by: Self.keyOrder).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key)
            bytes.append(UInt8(ascii: ":"))
            value(&self, entries[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// A key and its value inside an object the caller writes in key order itself; `first` leaves out the comma.
    package mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    package static func keyOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// `json` (as `JSONEncoder` writes it) with `<`, `>` and `&` escaped as `string` escapes them. Outside strings
    /// JSON has none of the three, so each one found is inside a string, where `\u` escapes mean the same.
    package static func escapingMarkup(_ json: Data) -> String {
        guard json.contains(where: isMarkup) else { return String(decoding: json, as: UTF8.self) }
        var writer = JSONWriter(capacity: json.count + 64)
        for byte in json {
            if isMarkup(byte) { writer.raw(markupEscape(byte)) } else { writer.bytes.append(byte) }
        }
        return writer.text
    }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }

    /// The escape of `<`, `>` or `&`.
    private static func markupEscape(_ byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "<"): "\\u003c"
        case UInt8(ascii: ">"): "\\u003e"
        default: "\\u0026"
        }
    }
}
