import Foundation

extension String {
    /// This JSON with `<`, `>` and `&` as `\u` escapes, as Go's encoding/json writes them: what raad's JSON
    /// must equal. Written out here, not taken from JSONWriter, which is what the tests hold to it.
    public var escapingMarkup: String {
        replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
