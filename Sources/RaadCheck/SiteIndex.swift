/// Which files the site has and, for pages, which anchors.
struct SiteIndex: Sendable {
    /// nil anchors for a file that is not a page (a PDF, the stylesheet), whose fragments are not checked.
    private(set) var files: [String: Set<String>?] = [:]

    /// A page's `<link rel="canonical">` address as written, for the pages that name one.
    private(set) var canonical: [String: String] = [:]

    mutating func add(_ path: String, anchors: Set<String>?, canonical: String? = nil) {
        files[path] = .some(anchors)
        if let canonical { self.canonical[path] = canonical }
    }

    func contains(_ path: String) -> Bool { files[path] != nil }

    func anchors(of path: String) -> Set<String>? { files[path] ?? nil }
}
