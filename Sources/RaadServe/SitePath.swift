import Foundation

/// Where a request path leads inside the site folder, if anywhere: the one check between a URL and the disk.
///
/// Refused: a path that does not start with `/`, bad percent-encoding, a `.` or `..` step written plainly,
/// percent-encoded (`%2e%2e`) or encoded twice (`%252e%252e`), a backslash, a NUL; and, on disk, anything
/// whose real path (links followed) is outside the folder.
public enum SitePath {
    /// The path relative to the site folder, `""` for its root, or `nil` when it would leave the folder.
    public static func relative(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return nil }
        if decoded.contains("\0") || decoded.contains("\\") { return nil }
        let steps = decoded.split(separator: "/", omittingEmptySubsequences: true)
        for step in steps {
            let once = String(step)
            let twice = once.removingPercentEncoding ?? once
            if [".", ".."].contains(once) || [".", ".."].contains(twice) || twice.contains("/") || twice.contains("\\") {
                return nil
            }
        }
        return steps.joined(separator: "/")
    }

    /// True when `relative` (from `relative(_:)`) names nothing, or something whose real path is inside `root`.
    public static func staysInside(_ relative: String, root: String) -> Bool {
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: root + "/" + relative)
        guard FileManager.default.fileExists(atPath: target.path) else { return true }
        let real = target.resolvingSymlinksInPath().path
        return real == realRoot || real.hasPrefix(realRoot + "/")
    }
}
