import Foundation
import RaadText

/// Warnings for the headings `raad new sak` writes, left as the scaffold wrote them: a heading with nothing
/// under it, or with the placeholder sentence still there, would be published as an empty section.
enum ScaffoldHeadings {
    /// The headings of the scaffold's toppnotat, in order.
    static let headings = ["Hensikt med saken", "Bakgrunn", "Videre saksprosess"]

    /// One pass over the text's bytes: every sak of an archive passes here, and splitting it into lines and
    /// trimming them as Strings cost a fifth of loading it.
    static func warnings(in text: MarkdownText?) -> [Diagnostic] {
        guard let text, headings.contains(where: text.source.containsBytes) else { return [] }
        let hasPlaceholder = text.source.containsBytes(Scaffold.placeholder)
        let lines = Lines(text.source)
        var found: [Diagnostic] = []
        var open: [Section] = []  // the scaffold headings whose text is being looked for; one can hold another
        var fenced = false
        for index in lines.indices {
            let line = lines[index]
            if isFence(line) { fenced.toggle() }
            let heading = fenced ? nil : self.heading(line)
            // A section runs to the next heading of the same or a higher level; a subheading is content.
            if let heading {
                for section in open where section.level >= heading.level { found += section.warnings(in: text) }
                open.removeAll { $0.level >= heading.level }
            }
            if !isBlank(line) {
                let isPlaceholder = hasPlaceholder && trimmed(line).elementsEqual(Scaffold.placeholder.utf8)
                for position in open.indices {
                    open[position].hasText = true
                    if isPlaceholder { open[position].hasPlaceholder = true }
                }
            }
            if let heading, let title = headings.first(where: { heading.title.elementsEqual($0.utf8) }) {
                open.append(Section(title: title, level: heading.level, line: index))
            }
        }
        for section in open { found += section.warnings(in: text) }
        return found.sorted { $0.location.line < $1.location.line }
    }

    private struct Section {
        var title: String
        var level: Int
        var line: Int
        var hasText = false
        var hasPlaceholder = false

        func warnings(in text: MarkdownText) -> [Diagnostic] {
            let location = SourceLocation(path: text.location.path, line: text.location.line + line)
            if !hasText { return [.warning(location, .emptyScaffoldHeading(title), hint: .scaffoldHeadingHint)] }
            if hasPlaceholder { return [.warning(location, .placeholderLeft(title), hint: .scaffoldHeadingHint)] }
            return []
        }
    }

    private typealias Line = ArraySlice<UInt8>

    /// `## Title` as (2, the title's bytes); nil for any other line.
    private static func heading(_ line: Line) -> (level: Int, title: Line)? {
        let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
        let marks = line.dropFirst(indent)
        guard indent < 4, marks.first == UInt8(ascii: "#") else { return nil }
        let level = marks.prefix { $0 == UInt8(ascii: "#") }.count
        guard level <= 6 else { return nil }
        let rest = marks.dropFirst(level)
        guard rest.isEmpty || rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t") else { return nil }
        // A closing sequence of #s is not part of the title.
        var title = trimmed(rest)
        while title.last == UInt8(ascii: "#") { title.removeLast() }
        return (level, trimmed(title))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func isBlank(_ line: Line) -> Bool { line.allSatisfy(isSpace) }

    private static func trimmed(_ line: Line) -> Line {
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else {
            return line[line.startIndex..<line.startIndex]
        }
        return line[first...last]
    }

    private static func isFence(_ line: Line) -> Bool {
        let trimmed = line.drop { $0 == UInt8(ascii: " ") }
        return trimmed.starts(with: "```".utf8) || trimmed.starts(with: "~~~".utf8)
    }

    /// The text's lines as slices of one byte array, found with one scan for line feeds.
    private struct Lines: RandomAccessCollection {
        let bytes: [UInt8]
        let starts: [Int]

        init(_ text: String) {
            bytes = Array(text.utf8)
            var starts = [0]
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
            self.starts = starts
        }

        var startIndex: Int { 0 }
        var endIndex: Int { starts.count }
        subscript(index: Int) -> Line {
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
            return bytes[starts[index]..<end]
        }
    }
}
