/// The URLs of a `srcset` attribute, split as the HTML standard's "parse a srcset attribute" does.
enum SrcSet {
    /// `a.png 1x, b.png 2x` gives `a.png` and `b.png`. A URL is a run without whitespace; commas that end
    /// it are separators, and a descriptor runs to the next comma outside parentheses.
    static func urls(in attribute: String) -> [String] {
        var urls: [String] = []
        var rest = Substring(attribute)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            guard !rest.isEmpty else { return urls }
            let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
            var url = rest[..<end]
            rest = rest[end...]
            if url.hasSuffix(",") {
                while url.last == "," { url = url.dropLast() }
            } else {
                // Skip the descriptors, up to a comma that is not inside parentheses.
                var depth = 0
                let stop = rest.firstIndex { character in
                    if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
                    return character == "," && depth == 0
                }
                rest = stop.map { rest[rest.index(after: $0)...] } ?? rest[rest.endIndex...]
            }
            if !url.isEmpty { urls.append(String(url)) }
        }
    }
}
