/// A `Host` header, an origin's authority or an `--allowed-host` name, taken apart into the form in which two
/// of them can be compared: lower case, without the trailing dot a fully qualified name may carry, an IPv6
/// address without its brackets, and the port if one was written.
struct HostAndPort: Hashable, Sendable {
    var host: String
    var port: Int?

    init(host: String, port: Int?) {
        self.host = host
        self.port = port
    }

    /// `nil` for anything a browser would not send: a user name, a path, a bad port, characters outside a name.
    init?(_ authority: String) {
        let text = authority.lowercased()
        let name: Substring
        let rest: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            name = text[text.index(after: text.startIndex)..<close]
            rest = text[text.index(after: close)...]
            guard name.contains(":"), name.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
        } else {
            let colon = text.firstIndex(of: ":") ?? text.endIndex
            // `localhost.` is the same name as `localhost`; a browser sends it as written.
            name = text[..<colon].hasSuffix(".") ? text[..<colon].dropLast() : text[..<colon]
            rest = text[colon...]
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }) else {
                return nil
            }
        }
        host = String(name)
        // Nothing, or `:` and a port; an empty port means the default one (RFC 3986).
        if rest.isEmpty || rest == ":" {
            port = nil
            return
        }
        let digits = rest.dropFirst()
        guard rest.first == ":", digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let port = Int(digits), port <= 65535 else { return nil }
        self.port = port
    }
}
