/// Which files the site has and, for pages, which anchors.
struct SiteIndex: Sendable {
    /// nil anchors for a file that is not a page (a PDF, the stylesheet), whose fragments are not checked.
    private(set) var files: [String: Set<String>?] = [:]

    mutating func add(_ path: String, anchors: Set<String>?) { files[path] = .some(anchors) }

    func contains(_ path: String) -> Bool { files[path] != nil }

    func anchors(of path: String) -> Set<String>? { files[path] ?? nil }
}
