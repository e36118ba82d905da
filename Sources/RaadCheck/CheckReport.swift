/// The outcome of `raad check`, printed for people (text) or for CI (json, github, junit).
public struct CheckReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, github, junit
    }

    /// Sorted by source file and line.
    public var problems: [LinkProblem]
    public var pageCount: Int
    public var linkCount: Int
    /// How many distinct external URLs were fetched; nil when `--external` was off.
    public var externalCount: Int?

    public init(problems: [LinkProblem], pageCount: Int, linkCount: Int, externalCount: Int? = nil) {
        self.problems = problems.sorted(by: LinkProblem.ordered)
        self.pageCount = pageCount
        self.linkCount = linkCount
        self.externalCount = externalCount
    }

    public var isClean: Bool { problems.isEmpty }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .github: github()
        case .junit: junit()
        }
    }

    /// "3 broken links in 2 files (checked 120 links on 40 pages)".
    public var summary: String {
        var checked = "checked \(linkCount) \(linkCount == 1 ? "link" : "links") on \(pageCount) \(pageCount == 1 ? "page" : "pages")"
        if let externalCount { checked += ", \(externalCount) external \(externalCount == 1 ? "URL" : "URLs") checked" }
        guard !problems.isEmpty else { return "No broken links (\(checked))" }
        let files = Set(problems.map(\.file)).count
        let noun = problems.count == 1 ? "broken link" : "broken links"
        return "\(problems.count) \(noun) in \(files) \(files == 1 ? "file" : "files") (\(checked))"
    }

    /// One problem a line as `file:line: error: …`, as `raad build` prints diagnostics, so a terminal or editor
    /// opens the line with one click; the link and the pages it shows on indented below, the summary last.
    func text() -> String {
        var out = ""
        for problem in problems {
            let location = problem.line > 0 ? "\(problem.file):\(problem.line)" : problem.file
            out += "\(location): error: \(problem.kind.title): \(problem.message)\n"
            var detail: [String] = []
            if !problem.url.isEmpty { detail.append("link \(problem.url)") }
            if problem.fromContent || problem.pages != [problem.file] {
                detail.append("on " + Self.list(problem.pages))
            }
            if !detail.isEmpty { out += "    " + detail.joined(separator: ", ") + "\n" }
        }
        if !problems.isEmpty { out += "\n" }
        return out + summary + "\n"
    }

    /// "a, b and 3 more pages": a sak's vedtak can show on dozens of pages.
    static func list(_ pages: [String]) -> String {
        let shown = 3
        guard pages.count > shown else { return pages.joined(separator: ", ") }
        return pages.prefix(shown).joined(separator: ", ") + " and \(pages.count - shown) more"
    }
}
