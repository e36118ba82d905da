/// A page as rendered: the template's bytes (`raad build`, which writes them to a file as they are), or the
/// text `serve`'s render cache keeps.
enum RenderedPage: Sendable {
    case utf8([UInt8])
    case text(String)

    var text: String {
        switch self {
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        case .text(let text): text
        }
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .utf8(let bytes):
            return bytes.withUnsafeBufferPointer(body)
        case .text(var text):
            return text.withUTF8(body)
        }
    }
}
