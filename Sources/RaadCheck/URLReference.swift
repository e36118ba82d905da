import RaadText

/// A URL reference split into the five parts of RFC 3986, and resolved against a base as §5.2 says.
///
/// Written by hand rather than through Foundation's `URL` because a site has a million links and most are
/// plain absolute paths: splitting a string is all they need, and it keeps the check fast.
struct URLReference: Equatable {
    var scheme: Substring?
    var authority: Substring?
    var path: Substring
    var query: Substring?
    var fragment: Substring?

    init(scheme: Substring? = nil, authority: Substring? = nil, path: Substring, query: Substring? = nil,
         fragment: Substring? = nil) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Splits on the ASCII delimiters through the UTF-8 view: splitting by Characters would cost grapheme
    /// breaking on every link.
    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = rest[rest.utf8.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let mark = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = rest[rest.utf8.index(after: mark)...]
            rest = rest[..<mark]
        }
        if let colon = rest.utf8.firstIndex(of: UInt8(ascii: ":")), Self.isScheme(rest[..<colon]) {
            scheme = rest[..<colon]
            rest = rest[rest.utf8.index(after: colon)...]
        }
        if rest.utf8.starts(with: "//".utf8) {
            let start = rest.utf8.index(rest.startIndex, offsetBy: 2)
            let end = rest.utf8[start...].firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            authority = rest[start..<end]
            rest = rest[end...]
        }
        path = rest
    }

    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, Self.isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// This reference made absolute against `base`, which must have a scheme and a path starting with `/`.
    func resolved(against base: URLReference) -> URLReference {
        if scheme != nil {
            return URLReference(scheme: scheme, authority: authority, path: Self.removingDotSegments(path), query: query,
                                fragment: fragment)
        }
        if authority != nil {
            return URLReference(scheme: base.scheme, authority: authority, path: Self.removingDotSegments(path),
                                query: query, fragment: fragment)
        }
        if path.isEmpty {
            return URLReference(scheme: base.scheme, authority: base.authority, path: base.path,
                                query: query ?? base.query, fragment: fragment)
        }
        let merged: Substring
        if path.hasPrefix("/") {
            merged = path
        } else if let slash = base.path.lastIndex(of: "/") {
            merged = base.path[...slash] + path
        } else {
            merged = "/" + path
        }
        return URLReference(scheme: base.scheme, authority: base.authority, path: Self.removingDotSegments(merged),
                            query: query, fragment: fragment)
    }

    /// RFC 3986 §5.2.4: `/a/b/../c/./d` becomes `/a/c/d`; climbing above the root stays at the root.
    static func removingDotSegments(_ path: Substring) -> Substring {
        guard path.containsByte(UInt8(ascii: ".")) else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return Substring(output.joined(separator: "/"))
    }
}
