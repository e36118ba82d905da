import Foundation

/// Warnings for the headings `raad new sak` writes, left as the scaffold wrote them: a heading with nothing
/// under it, or with the placeholder sentence still there, would be published as an empty section.
enum ScaffoldHeadings {
    /// The headings of the scaffold's toppnotat, in order.
    static let headings = ["Hensikt med saken", "Bakgrunn", "Videre saksprosess"]

    static func warnings(in text: MarkdownText?) -> [Diagnostic] {
        guard let text, headings.contains(where: text.source.contains) else { return [] }
        // Lines as UTF-8 slices: every sak of an archive passes here, and Character-wise splitting and counting
        // cost more than the rest of loading it.
        let lines = Array(text.source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false))
        // Nearly every sak has filled in its headings: look for the placeholder line by line only when it is there.
        let hasPlaceholder = text.source.contains(Scaffold.placeholder)
        var found: [Diagnostic] = []
        var fenced = false
        for (index, line) in lines.enumerated() {
            if isFence(line) { fenced.toggle() }
            guard !fenced, let (level, title) = heading(line), headings.contains(title) else { continue }
            // The section runs to the next heading of the same or a higher level; a subheading is content.
            var content: [Substring.UTF8View] = []
            for next in lines[(index + 1)...] {
                if let (nextLevel, _) = heading(next), nextLevel <= level { break }
                if next.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }) {
                    content.append(next)
                    if !hasPlaceholder { break }
                }
            }
            let location = SourceLocation(path: text.location.path, line: text.location.line + index)
            if content.isEmpty {
                found.append(.warning(location, .emptyScaffoldHeading(title), hint: .scaffoldHeadingHint))
            } else if hasPlaceholder,
                      content.contains(where: { Substring($0).trimmingCharacters(in: .whitespaces) == Scaffold.placeholder }) {
                found.append(.warning(location, .placeholderLeft(title), hint: .scaffoldHeadingHint))
            }
        }
        return found
    }

    /// `## Title` as (2, "Title"); nil for any other line.
    private static func heading(_ line: Substring.UTF8View) -> (Int, String)? {
        guard line.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "#") else { return nil }
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        guard indent < 4 else { return nil }
        let trimmed = line.dropFirst(indent)
        let level = trimmed.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(level) else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t") else { return nil }
        var title = Substring(rest).trimmingCharacters(in: .whitespaces)
        // A closing sequence of #s is not part of the title.
        while title.hasSuffix("#") { title.removeLast() }
        return (level, title.trimmingCharacters(in: .whitespaces))
    }

    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        let trimmed = line.drop { $0 == UInt8(ascii: " ") }
        return trimmed.starts(with: "```".utf8) || trimmed.starts(with: "~~~".utf8)
    }
}
