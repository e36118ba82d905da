/// An address a page used to have (`strategiradet/2026-06-12/16-26/`, relative to the base path): it gets a
/// redirect page to where the page is now, so links from elsewhere to the old address keep working.
public struct TidligereAdresse: Sendable, Hashable {
    /// Relative to the site's base path, without a leading `/`, ending in `/`.
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// A path on the site: relative, no `.` or `..` step, no empty step, ending in `/`, and nothing that makes
    /// it something other than a path (a scheme, a query, a fragment, a backslash, spaces).
    public static func isValid(_ path: String) -> Bool {
        guard path.hasSuffix("/"), !path.hasPrefix("/"), path.count > 1 else { return false }
        let steps = path.dropLast().split(separator: "/", omittingEmptySubsequences: false)
        guard !steps.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        return !path.contains { $0 == ":" || $0 == "?" || $0 == "#" || $0 == "\\" || $0 == "%" || $0.isWhitespace }
    }
}
