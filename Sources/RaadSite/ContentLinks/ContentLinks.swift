import Foundation
import RaadContent
import RaadMarkdown

/// Links written as content files (`../2026-06-11/16-26.md#bakgrunn`) and images written as files
/// (`vedlegg/figur-1.png`), resolved against the file they are written in and turned into the site's
/// addresses. The output mirrors content/, so the address follows from the path alone: whether the target
/// exists is `ContentLinkCheck`'s question, asked once the whole site is built.
struct ContentLinks: Sendable {
    /// What a destination written in a content file points at.
    enum Target: Equatable {
        /// A content `.md` file, by its normalized path, with the output folder of its page (`nil` when the path
        /// leaves the content folder) and the fragment as written.
        case page(file: String, folder: String?, fragment: String?)
        /// An image file, by its normalized path, with its output path (`nil` outside the content folder).
        case image(file: String, output: String?)
    }

    /// The content folder, as the loader was given it.
    let root: String
    let paths: SitePaths

    init(root: String, paths: SitePaths) {
        self.root = Self.normalize(root) ?? root
        self.paths = paths
    }

    /// The target of `destination`, written in `file`; `nil` for an address, a fragment of the same page, or a
    /// link to a file that is not Markdown: those stay as written.
    func target(of destination: String, isImage: Bool, in file: String) -> Target? {
        guard !destination.isEmpty, !destination.hasPrefix("/"), !destination.hasPrefix("#"),
              !Self.hasScheme(destination) else { return nil }
        let hash = destination.firstIndex(of: "#")
        let written = String(destination[..<(hash ?? destination.endIndex)])
        let fragment = hash.map { String(destination[destination.index(after: $0)...]) }
        let pathPart = written.removingPercentEncoding ?? written
        guard !pathPart.isEmpty, !pathPart.contains("?") else { return nil }
        let folder = (file as NSString).deletingLastPathComponent
        let full = Self.normalize(folder.isEmpty ? pathPart : folder + "/" + pathPart) ?? pathPart
        let inside = relative(full)
        if isImage { return .image(file: full, output: inside) }
        guard pathPart.hasSuffix(".md") else { return nil }
        return .page(file: full, folder: inside.map(Self.pageFolder), fragment: fragment)
    }

    /// The rewriter for the texts of `file`; `size` reads an image's size (through the render cache in `serve`).
    /// `imagesAllowed` is false for texts whose images are not published (only a sak's texts' are).
    func rewriter(for file: String, imagesAllowed: Bool, size: @escaping @Sendable (String) -> ImageSize?) -> LinkRewriter {
        { [self] destination, isImage in
            switch target(of: destination, isImage: isImage, in: file) {
            case .page(_, let folder?, let fragment):
                return RewrittenLink(url: paths.href(Self.encode(folder)) + (fragment.map { "#" + $0 } ?? ""))
            case .image(let full, let output?) where imagesAllowed:
                let found = size(full)
                return RewrittenLink(url: paths.href(Self.encode(output)), width: found?.width, height: found?.height)
            default:
                return nil
            }
        }
    }

    /// The path below the content folder, or `nil` when `full` is not inside it.
    func relative(_ full: String) -> String? {
        if root == "." || root.isEmpty { return full.hasPrefix("../") || full == ".." || full.hasPrefix("/") ? nil : full }
        guard full.hasPrefix(root + "/") else { return nil }
        return String(full.dropFirst(root.count + 1))
    }

    /// `strategiradet/2026-06-11/16-26.md` is the page `strategiradet/2026-06-11/16-26/`; an `_index.md` is
    /// its folder's page (`""` for the site's own, the front page).
    static func pageFolder(_ relative: String) -> String {
        let name = (relative as NSString).lastPathComponent
        let folder = (relative as NSString).deletingLastPathComponent
        let prefix = folder.isEmpty ? "" : folder + "/"
        return name == "_index.md" ? prefix : prefix + String(name.dropLast(3)) + "/"
    }

    /// `a/./b/../c` as `a/c`; `nil` when it climbs above where it starts (a relative path) or the root.
    static func normalize(_ path: String) -> String? {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        var climbs = 0
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if parts.isEmpty { climbs += 1 } else { parts.removeLast() }
            } else {
                parts.append(part)
            }
        }
        if absolute && climbs > 0 { return nil }
        let joined = (Array(repeating: "..", count: climbs) + parts.map(String.init)).joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        return !destination[..<colon].contains("/")
    }

    /// Percent-encodes everything but unreserved characters and `/`, so cmark writes the address unchanged.
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
