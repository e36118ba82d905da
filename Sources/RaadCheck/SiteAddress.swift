/// Where a site is published: its origin, when the base URL names one, and the base path every page lies under.
struct SiteAddress: Sendable {
    /// `https`, unless the base URL says otherwise.
    let scheme: String
    /// The host (and port, when it is not the default), lowercased; nil for a base URL that is only a path.
    let authority: String?
    /// Starts and ends with `/`: `/radsmodellen/`.
    let basePath: String

    init(baseURL: String) {
        let reference = URLReference(baseURL)
        scheme = reference.scheme.map { $0.lowercased() } ?? "https"
        authority = reference.authority.map { Self.normalized(authority: $0) }
        var path = reference.path.isEmpty ? "/" : String(reference.path)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        basePath = path
    }

    /// `Example.org:443` and `example.org` are the same host.
    static func normalized(authority: Substring) -> String {
        var host = authority.lowercased()
        for port in [":443", ":80"] where host.hasSuffix(port) { host.removeLast(port.count) }
        return host
    }

    /// The absolute URL of an output file, which relative links on it resolve against.
    func reference(of path: String) -> URLReference {
        URLReference(scheme: Substring(scheme), authority: authority.map { Substring($0) }, path: Substring(basePath + path))
    }

    /// True for an http(s) URL on this site's own host, which is checked as a file of the site.
    func isOwn(_ reference: URLReference) -> Bool {
        guard let authority, let other = reference.authority else { return false }
        return Self.normalized(authority: other) == authority
    }
}
