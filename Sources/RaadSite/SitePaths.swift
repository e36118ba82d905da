import RaadContent

/// Where each page lives in the output, and the link to it under the site's base path.
///
/// Output paths mirror content/: `strategiradet/2026-06-11/14-26/index.html`. Links are absolute paths
/// under the base path (`/radsmodellen/strategiradet/…/`), so they work from any page, the 404 page included.
public struct SitePaths: Sendable {
    /// Always starts and ends with `/`.
    public let basePath: String
    /// `https://example.org` for `https://example.org/radsmodellen/`; `nil` when the base URL is only a path.
    public let origin: String?

    public init(baseURL: String) {
        basePath = Self.basePath(of: baseURL)
        if let scheme = baseURL.range(of: "://") {
            let host = baseURL[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            origin = String(baseURL[..<scheme.upperBound]) + host
        } else {
            origin = nil
        }
    }

    /// The full address of a page or file, for feeds, the calendar and the sitemap, which readers use
    /// outside the site; only a path when the base URL has no host.
    public func absolute(_ relative: String) -> String { (origin ?? "") + href(relative) }

    /// The path part of a base URL: `https://example.org/radsmodellen` gives `/radsmodellen/`.
    static func basePath(of baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    // Folders, relative to the output root, without leading slash and with trailing slash ("" is the root).
    static func folder(utvalg: String) -> String { "\(utvalg)/" }
    /// The search page; its index lives below it, in `sok/indeks/`.
    static let searchFolder = "sok/"
    static func folder(mote: MoteID) -> String { "\(mote.utvalg)/\(mote.dato.iso)/" }
    static func folder(sak: Sak) -> String { folder(mote: sak.mote) + "\(sak.slug)/" }

    /// Whether a change to this file (not a page) can change how pages look: a stylesheet or an image can; the
    /// search index, feeds, calendar, sitemap and robots.txt are only fetched by themselves (the search page
    /// names the index's version, so it changes with it).
    public static func showsOnPages(_ path: String) -> Bool {
        !(path.hasPrefix(SearchIndexFiles.folder) || [AtomFeed.path, ICalendar.path, Sitemap.path, "robots.txt"].contains(path))
    }

    /// The link to a folder or file given relative to the output root.
    public func href(_ relative: String) -> String { basePath + relative }

    func href(utvalg: String) -> String { href(Self.folder(utvalg: utvalg)) }
    func href(mote: MoteID) -> String { href(Self.folder(mote: mote)) }
    /// A closed sak has no page: it is a section of its møte page.
    func href(sak: Sak) -> String {
        sak.isPublic ? href(Self.folder(sak: sak)) : href(Self.folder(mote: sak.mote)) + "#sak-\(sak.slug)"
    }
    func href(vedlegg path: String, of mote: MoteID) -> String { href(Self.folder(mote: mote) + path) }
}
