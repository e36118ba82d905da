import RaadContent

/// A built site in memory: every file it will hold, before anything is written.
public struct Output: Sendable {
    public enum Contents: Sendable, Equatable {
        case text(String)
        /// A file copied as it is, such as a vedlegg or a theme asset.
        case copy(from: String)
        /// A page `raad build` wrote to its staging folder as soon as it was rendered, at this path, so the
        /// whole site is never held in memory.
        case written(String)
    }

    public struct File: Sendable, Equatable {
        /// Relative to the output folder, without leading slash: `strategiradet/index.html`.
        public var path: String
        public var contents: Contents
        /// The Markdown links on a page and where they were written, so `raad check` can name the content line.
        public var linkOrigins: [LinkOrigin] = []
        /// A page's ids (and `<a name>`s), sorted, read while it was rendered; `nil` for other files.
        public var anchors: [String]?

        public init(path: String, contents: Contents, linkOrigins: [LinkOrigin] = [], anchors: [String]? = nil) {
            self.path = path
            self.contents = contents
            self.linkOrigins = linkOrigins
            self.anchors = anchors
        }
    }

    /// A link on a page that came from content: its destination as the Markdown wrote it, and its file and line.
    public struct LinkOrigin: Sendable, Equatable {
        public var destination: String
        public var location: SourceLocation
    }

    public private(set) var files: [File] = []
    /// The redirect pages among the files (`tidligere_adresser`): not in the sitemap.
    public internal(set) var redirects: Set<String> = []
    private var paths: Set<String> = []

    public init() {}

    /// Adds a file. The same copy twice (a vedlegg of both a møte and its sak) is kept once; two different
    /// files at one path are a bug in the builder, so it fails loudly in debug builds.
    mutating func add(_ path: String, _ contents: Contents, linkOrigins: [LinkOrigin] = [], anchors: [String]? = nil) {
        guard paths.insert(path).inserted else {
            assert(file(path)?.contents == contents, "two different outputs at \(path)")
            return
        }
        files.append(File(path: path, contents: contents, linkOrigins: linkOrigins, anchors: anchors))
    }

    /// Adds a page rendered in memory, with the anchors read from it.
    mutating func addPage(_ path: String, _ html: String) {
        add(path, .text(html), anchors: PageAnchors.of(html))
    }

    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }

    public func file(_ path: String) -> File? { files.first { $0.path == path } }
}
