/// What checking one page found: its broken links and the external links it holds.
struct PageFindings: Sendable {
    var problems: [LinkProblem] = []
    var external: [(url: String, occurrence: ExternalLink.Occurrence)] = []
}
