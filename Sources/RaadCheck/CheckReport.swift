import RaadMessages

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
    /// The language of the messages, in every format; the kinds' codes (`missing-page`) stay as they are.
    public var language: Language

    public init(problems: [LinkProblem], pageCount: Int, linkCount: Int, externalCount: Int? = nil,
                language: Language = .nb) {
        self.problems = problems.sorted(by: LinkProblem.ordered)
        self.pageCount = pageCount
        self.linkCount = linkCount
        self.externalCount = externalCount
        self.language = language
    }

    func say(_ message: Message) -> String { message.text(language) }

    public var isClean: Bool { problems.isEmpty }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .github: github()
        case .junit: junit()
        }
    }

    /// "3 lenker virker ikke, i 2 filer (sjekket 120 lenker på 40 sider)".
    public var summary: String {
        let checked = Message.checked(links: linkCount, pages: pageCount, external: externalCount)
        guard !problems.isEmpty else { return say(.noBrokenLinks(checked)) }
        return say(.brokenLinks(problems.count, files: Set(problems.map(\.file)).count, checked))
    }

    /// One problem a line as `file:line: error: …`, as `raad build` prints diagnostics, so a terminal or editor
    /// opens the line with one click; the link and the pages it shows on indented below, the summary last.
    func text() -> String {
        var out = ""
        for problem in problems {
            let location = problem.line > 0 ? "\(problem.file):\(problem.line)" : problem.file
            out += "\(location): \(say(.severity(true))): \(say(problem.kind.title)): \(say(problem.message))\n"
            var detail: [String] = []
            if !problem.url.isEmpty { detail.append(say(.link(problem.url))) }
            if problem.fromContent || problem.pages != [problem.file] {
                detail.append(say(.onPages(list(problem.pages))))
            }
            if !detail.isEmpty { out += "    " + detail.joined(separator: ", ") + "\n" }
        }
        if !problems.isEmpty { out += "\n" }
        return out + summary + "\n"
    }

    /// "a, b, c og 3 til": a sak's vedtak can show on dozens of pages.
    func list(_ pages: [String]) -> String {
        let shown = 3
        guard pages.count > shown else { return pages.joined(separator: ", ") }
        return pages.prefix(shown).joined(separator: ", ") + say(.andMorePages(pages.count - shown))
    }
}
