import RaadContent

/// What the preview tells the editor beside each page, from the last build: its warnings and its drafts, each
/// tied to the pages it concerns by the content file it came from (the site mirrors `content/`).
public struct PreviewNotes: Sendable, Equatable {
    public struct Draft: Sendable, Equatable {
        public var title: String
        /// The draft's own page folder, as `SitePath` names pages: `strategiradet/2026-10-15/22-26/`.
        public var folder: String
        /// Pages that are the draft or show it: its own, its møte's (for a sak), its saker's and utvalg's (for a møte).
        public var pages: Set<String>
    }

    public var warnings: [Diagnostic] = []
    public var drafts: [Draft] = []

    public init(warnings: [Diagnostic] = [], drafts: [Draft] = []) {
        self.warnings = warnings
        self.drafts = drafts
    }

    /// The notes of a build of `content` (the folder as the build was given it).
    public init(diagnostics: [Diagnostic], archive: Archive?, content: String) {
        warnings = diagnostics.filter { !$0.isError }
        for utvalg in archive?.utvalg ?? [] {
            for mote in utvalg.moter {
                let moteFolder = Self.page(of: mote.source.path, content: content)
                if mote.utkast {
                    let saker = mote.saker.map { Self.page(of: $0.source.path, content: content) }
                    drafts.append(Draft(title: "\(utvalg.navn) \(mote.id.dato.iso)", folder: moteFolder,
                                        pages: Set([moteFolder, utvalg.slug + "/"] + saker + mote.saker.compactMap(Self.approved))))
                }
                for sak in mote.saker where sak.utkast {
                    let folder = Self.page(of: sak.source.path, content: content)
                    drafts.append(Draft(title: sak.nummer.map { "Sak \($0): \(sak.tittel)" } ?? sak.tittel,
                                        folder: folder, pages: Set([folder, moteFolder] + [Self.approved(sak)].compactMap { $0 })))
                }
            }
        }
    }

    /// The page of the møte whose referat a draft approves: it says "Referat godkjent" in the preview only.
    static func approved(_ sak: Sak) -> String? {
        sak.godkjennerReferat.map { "\($0.utvalg)/\($0.dato.iso)/" }
    }

    /// The page folder a content file becomes: `…/16-26.md` → `…/16-26/`, `…/_index.md` → its folder, and
    /// `content/_index.md` → `""`, the front page. Files that are no page (a vedlegg) give their folder's page.
    public static func page(of path: String, content: String) -> String {
        let root = content.hasSuffix("/") ? content : content + "/"
        var relative = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
        if relative.hasPrefix("./") { relative.removeFirst(2) }
        var parts = relative.split(separator: "/").map(String.init)
        guard let last = parts.popLast() else { return "" }
        if parts.last == "vedlegg" { parts.removeLast() } else if last != "_index.md", last.hasSuffix(".md") {
            parts.append(String(last.dropLast(3)))
        } else if !last.hasSuffix(".md"), !last.contains(".") {
            parts.append(last)
        }
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// The folder of the page a request asks for: `/a/b/`, `/a/b/index.html` and `/a/b` all give `a/b/`.
    public static func page(ofRequest path: String, basePath: String = "/") -> String {
        var path = path.split(separator: "?").first.map(String.init) ?? path
        if path.hasPrefix(basePath) { path.removeFirst(basePath.count) } else if path.hasPrefix("/") { path.removeFirst() }
        if path.hasSuffix("index.html") { path.removeLast("index.html".count) }
        if !path.isEmpty, !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// The warnings about `page` first, then how many concern other pages.
    public func warnings(for page: String, content: String) -> (here: [Diagnostic], elsewhere: Int) {
        let here = warnings.filter { Self.page(of: $0.location.path, content: content) == page }
        return (here, warnings.count - here.count)
    }

    public func drafts(shownOn page: String) -> [Draft] { drafts.filter { $0.pages.contains(page) } }
}
