extension RenderedMarkdown {
    /// The same text as `Markdown.render` with `reservedIDs: []`, `idPrefix: prefix` and `headingOffset` would
    /// give it, made from this rendering (one made with no prefix and no offset) instead of parsing again:
    /// a page that holds many texts, like Saksdokumenter, needs each one's ids prefixed.
    ///
    /// In cmark's safe output only headings write `<hN` and `id="`, only Markdown links `<a href="#…`, and only
    /// table wrappers `aria-labelledby="`: text is escaped and raw HTML is dropped. So the heading tags get
    /// the new level and the ids the prefixed render would allocate (heading by heading, in order), fragment
    /// links get the prefix, and table regions follow their heading's new id. `MarkdownPrefixTests` holds
    /// the result to a second render of real and synthetic texts.
    public func withPrefixedIDs(_ prefix: String, headingOffset: Int) -> RenderedMarkdown {
        var allocator = IDAllocator(reserved: [], prefix: prefix)
        var newIDs: [String: String] = [:]
        let newHeadings = headings.map { heading in
            let id = allocator.allocate(for: heading.text)
            newIDs[heading.id] = id
            return Heading(level: Self.shifted(heading.level, by: headingOffset), text: heading.text, id: id)
        }
        let newLinks = links.map { link in
            var link = link
            if !link.isImage, link.destination.hasPrefix("#"), link.destination.count > 1 {
                // A fragment link was not rewritten, so it was written as its destination was.
                if link.written == link.destination { link.written = "#" + prefix + link.destination.dropFirst() }
                link.destination = "#" + prefix + link.destination.dropFirst()
            }
            return link
        }
        let html = Self.rewrite(Array(html.utf8), prefix: Array(prefix.utf8), newIDs: newIDs, headingOffset: headingOffset)
        return RenderedMarkdown(html: html, headings: newHeadings, links: newLinks, plainText: plainText)
    }

    private static func shifted(_ level: Int, by offset: Int) -> Int { min(6, level + offset) }

    private static let headingOpen = Array("<h".utf8)
    private static let headingClose = Array("</h".utf8)
    private static let idAttribute = Array(" id=\"".utf8)
    private static let fragmentLink = Array("<a href=\"#".utf8)
    private static let labelledBy = Array(" aria-labelledby=\"".utf8)

    private static func rewrite(_ html: [UInt8], prefix: [UInt8], newIDs: [String: String], headingOffset: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.count + html.count / 16)
        var index = 0
        // The level of the heading whose open tag was rewritten, until its close tag: headings inside a quote
        // or a list are rendered by cmark itself, without an id or a new level, and stay as they are.
        var openHeading: Int?
        func startsWith(_ pattern: [UInt8], at position: Int) -> Bool {
            position + pattern.count <= html.count && html[position..<(position + pattern.count)].elementsEqual(pattern)
        }
        func isLevel(_ position: Int) -> Bool {
            position < html.count && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[position])
        }
        /// Copies an id up to its closing quote, mapped to its new value; returns where the quote is.
        func copyMappedID(from start: Int) -> Int {
            var end = start
            while end < html.count, html[end] != UInt8(ascii: "\"") { end += 1 }
            let id = String(decoding: html[start..<end], as: UTF8.self)
            out.append(contentsOf: (newIDs[id] ?? id).utf8)
            return end
        }
        while index < html.count {
            // Copy the run up to the next place a pattern could start, in one go.
            var next = index
            while next < html.count, html[next] != UInt8(ascii: "<"), html[next] != UInt8(ascii: " ") { next += 1 }
            out.append(contentsOf: html[index..<next])
            index = next
            guard index < html.count else { break }
            let byte = html[index]
            if byte == UInt8(ascii: " ") {
                if index + 1 < html.count, html[index + 1] == UInt8(ascii: "a"), startsWith(labelledBy, at: index) {
                    out.append(contentsOf: labelledBy)
                    index = copyMappedID(from: index + labelledBy.count)
                } else {
                    out.append(byte)
                    index += 1
                }
                continue
            }
            if startsWith(headingOpen, at: index), isLevel(index + 2), startsWith(idAttribute, at: index + 3) {
                let level = Int(html[index + 2] - UInt8(ascii: "0"))
                out.append(contentsOf: headingOpen)
                out.append(UInt8(ascii: "0") + UInt8(shifted(level, by: headingOffset)))
                out.append(contentsOf: idAttribute)
                index = copyMappedID(from: index + 3 + idAttribute.count)
                openHeading = level
            } else if let level = openHeading, startsWith(headingClose, at: index), index + 4 < html.count,
                      html[index + 3] == UInt8(ascii: "0") + UInt8(level), html[index + 4] == UInt8(ascii: ">") {
                out.append(contentsOf: headingClose)
                out.append(UInt8(ascii: "0") + UInt8(shifted(level, by: headingOffset)))
                index += 4
                openHeading = nil
            } else if startsWith(fragmentLink, at: index) {
                out.append(contentsOf: fragmentLink)
                index += fragmentLink.count
                // "#" alone stays as it is, as the prefixed render leaves it.
                if index < html.count, html[index] != UInt8(ascii: "\"") { out.append(contentsOf: prefix) }
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
