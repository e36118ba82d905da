/// Joins the findings of all pages: one problem per source, link and kind, listing every page it is on.
struct FindingsMerger {
    private var byKey: [String: LinkProblem] = [:]
    private var external: [String: Set<ExternalLink.Occurrence>] = [:]

    mutating func add(_ findings: PageFindings) {
        for problem in findings.problems {
            let key = "\(problem.kind.rawValue)\u{0}\(problem.file)\u{0}\(problem.line)\u{0}\(problem.url)"
            if var known = byKey[key] {
                known.pages = Array(Set(known.pages + problem.pages)).sorted()
                byKey[key] = known
            } else {
                byKey[key] = problem
            }
        }
        for (url, occurrence) in findings.external {
            external[url, default: []].insert(occurrence)
        }
    }

    var problems: [LinkProblem] { byKey.values.sorted(by: LinkProblem.ordered) }

    var externalLinks: [ExternalLink] {
        external.keys.sorted().map { url in
            ExternalLink(url: url, occurrences: external[url]!.sorted { ($0.file, $0.line, $0.page) < ($1.file, $1.line, $1.page) })
        }
    }
}
