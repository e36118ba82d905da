import Foundation
import RaadContent
import RaadText

/// The files of a built site as the checker sees them: every path, the text of the pages and feeds, and for a
/// site built in memory, the content file and line that each Markdown link on a page came from.
public struct BuiltSite: Sendable {
    public enum Contents: Sendable {
        /// A page or feed built in memory.
        case text(String)
        /// A page or feed on disk, read when it is scanned.
        case file(String)
        /// Any other file: only its existence matters.
        case other
    }

    public struct File: Sendable {
        public var path: String
        public var contents: Contents
        /// Content locations by link destination, percent-decoded so that `a b` and `a%20b` meet.
        var origins: [String: [SourceLocation]]

        /// - Parameter origins: each Markdown link on the page as its source wrote it, with where it stands.
        public init(path: String, contents: Contents, origins: [(destination: String, location: SourceLocation)] = []) {
            self.path = path
            self.contents = contents
            var byDestination: [String: [SourceLocation]] = [:]
            for origin in origins {
                byDestination[Self.key(origin.destination), default: []].append(origin.location)
            }
            self.origins = byDestination.mapValues { Array(Set($0)).sorted() }
        }

        static func key(_ url: String) -> String {
            url.containsByte(UInt8(ascii: "%")) ? url.removingPercentEncoding ?? url : url
        }

        var kind: DocumentKind? { DocumentKind(path: path) }
    }

    public var files: [File]
    /// Put before a page's path when a report names it: the folder a site was read from, or "" in memory.
    public var displayPrefix: String

    public init(files: [File], displayPrefix: String = "") {
        self.files = files
        self.displayPrefix = displayPrefix
    }

    public struct ReadFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Every file under `folder`, in sorted order; pages and feeds are read later, when they are scanned.
    public static func read(folder: String) throws(ReadFailure) -> BuiltSite {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReadFailure(description: "\(folder) is not a folder")
        }
        guard let paths = FolderWalk.files(under: folder) else {
            throw ReadFailure(description: "\(folder): cannot list the folder")
        }
        let root = folder.hasSuffix("/") ? folder : folder + "/"
        let files = paths.sorted().map { path in
            File(path: path, contents: DocumentKind(path: path) == nil ? .other : .file(root + path))
        }
        return BuiltSite(files: files, displayPrefix: root == "./" ? "" : root)
    }
}

/// Which scanner reads a file, from its name.
enum DocumentKind {
    case html, xml

    init?(path: String) {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "xml", "atom", "rss": self = .xml
        default: return nil
        }
    }
}
