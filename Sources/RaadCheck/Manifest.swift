import Foundation
import RaadMessages
import RaadContent

/// Every file and anchor of a built site: the URLs it promised. `raad build` writes it into the site, and
/// `raad check --previous` compares a new build with it, since a renamed sak file breaks links from outside.
public struct Manifest: Sendable, Equatable, Codable {
    /// The name inside the site folder.
    public static let fileName = ".raad-manifest.json"

    public var baseURL: String
    /// Output path -> the page's anchors, sorted; empty for files that are not pages.
    public var files: [String: [String]]
    /// Pages that name another page of the site as canonical (the redirect pages of moved saker and møter):
    /// output path -> the canonical page's output path. `nil` when there are none, so older manifests read.
    public var redirects: [String: String]?

    public init(baseURL: String, files: [String: [String]], redirects: [String: String]? = nil) {
        self.baseURL = baseURL
        self.files = files
        self.redirects = redirects?.isEmpty == true ? nil : redirects
    }

    init(baseURL: String, index: SiteIndex) {
        var files: [String: [String]] = [:]
        for (path, anchors) in index.files where !Self.isBookkeeping(path) {
            files[path] = (anchors ?? []).sorted()
        }
        let address = SiteAddress(baseURL: baseURL)
        var redirects: [String: String] = [:]
        for (path, canonical) in index.canonical {
            if let target = Self.outputPath(of: canonical, on: address), target != path, files[target] != nil {
                redirects[path] = target
            }
        }
        self.init(baseURL: baseURL, files: files, redirects: redirects)
    }

    /// The output path an address on this site names (`…/16-26/` is `…/16-26/index.html`); `nil` elsewhere.
    static func outputPath(of url: String, on address: SiteAddress) -> String? {
        let reference = URLReference(url)
        if reference.authority != nil, !address.isOwn(reference) { return nil }
        let path = String(reference.path)
        guard path.hasPrefix(address.basePath) else { return nil }
        let relative = String(path.dropFirst(address.basePath.count))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    /// The manifest of a site from what its build knows: every file, with the anchors the builder read from
    /// each page as it rendered it (`nil` for a file that is not a page).
    public static func of(files: [(path: String, anchors: [String]?)], baseURL: String) -> Manifest {
        var entries: [String: [String]] = [:]
        for file in files where !isBookkeeping(file.path) {
            entries[file.path] = file.anchors ?? []
        }
        return Manifest(baseURL: baseURL, files: entries)
    }

    /// The manifest of a built site: its files, and the anchors of its pages, read with libxml2.
    public static func of(_ site: BuiltSite, baseURL: String) -> Manifest {
        Manifest(baseURL: baseURL, index: LinkChecker.index(site.files, LinkChecker.scan(site.files)))
    }

    /// raad's own files in the site folder, which are not promises to readers: the markers, and the search
    /// index's shards, which only the site's own script fetches and whose names follow the content.
    static func isBookkeeping(_ path: String) -> Bool {
        path == fileName || path == ".raad-build" || path.hasPrefix("sok/indeks/")
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func read(_ path: String) throws(Failure) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot read the manifest")
        }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw Failure(description: "\(path): not a raad manifest: \(error)")
        }
    }

    /// Sorted keys and one entry a line, so two manifests diff well in git: `JSONEncoder`'s pretty-printed form
    /// with sorted keys, written by `JSONWriter` (the encoder took half a second at 10,000 saker, on one core).
    public func encoded() -> Data {
        let paths = files.keys.sorted(by: JSONWriter.keyOrder)
        var writer = JSONWriter(capacity: 64 * files.count + 256)
        writer.raw("{\n  \"baseURL\" : ")
        writer.string(baseURL)
        writer.raw(",\n  \"files\" : {\n")
        if paths.isEmpty { writer.raw("\n") }
        for (index, path) in paths.enumerated() {
            writer.raw("    ")
            writer.string(path)
            writer.raw(" : [\n")
            let anchors = files[path] ?? []
            if anchors.isEmpty { writer.raw("\n") }
            for (number, anchor) in anchors.enumerated() {
                writer.raw("      ")
                writer.string(anchor)
                writer.raw(number + 1 < anchors.count ? ",\n" : "\n")
            }
            writer.raw(index + 1 < paths.count ? "    ],\n" : "    ]\n")
        }
        guard let redirects, !redirects.isEmpty else {
            writer.raw("  }\n}\n")
            return Data(writer.bytes)
        }
        writer.raw("  },\n  \"redirects\" : {\n")
        let sources = redirects.keys.sorted(by: JSONWriter.keyOrder)
        for (index, path) in sources.enumerated() {
            writer.raw("    ")
            writer.string(path)
            writer.raw(" : ")
            writer.string(redirects[path] ?? "")
            writer.raw(index + 1 < sources.count ? ",\n" : "\n")
        }
        writer.raw("  }\n}\n")
        return Data(writer.bytes)
    }

    /// Every file or anchor that `previous` had and this manifest lost, as problems reported at `source`.
    public func lost(since previous: Manifest, source: String, displayPrefix: String = "") -> [LinkProblem] {
        let basePath = SiteAddress(baseURL: baseURL).basePath
        var problems: [LinkProblem] = []
        // The theme's assets change names with their bytes (`style.<hash>.css`) and only the site's own
        // pages link them, so an old one is not an address anyone outside was promised.
        for (path, anchors) in previous.files.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("assets/") {
            let url = basePath + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            guard let current = files[path] else {
                problems.append(LinkProblem(
                    kind: .lostPage, url: url,
                    message: .lostPage(url),
                    file: source, line: 0, fromContent: false, pages: [displayPrefix + path]))
                continue
            }
            // A redirect page stands for the page it sends readers to: the anchors are there.
            let kept = Set(current).union(redirects?[path].flatMap { files[$0] } ?? [])
            for anchor in anchors where !kept.contains(anchor) {
                problems.append(LinkProblem(
                    kind: .lostAnchor, url: url + "#" + anchor,
                    message: .lostAnchor(url, anchor),
                    file: displayPrefix + path, line: 0, fromContent: false, pages: [displayPrefix + path]))
            }
        }
        return problems
    }
}
