import Foundation
import Mustache
import RaadMarkdown

/// A theme folder: `templates/*.mustache` rendered with swift-mustache, and `assets/` copied as they are.
public struct Theme: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The templates every theme must have, one per kind of page.
    static let requiredTemplates = ["forside", "utvalg", "mote", "sak", "saksdokumenter", "emne", "emner", "sok", "404"]

    public let name: String
    public let folder: String
    let library: MustacheLibrary
    /// Changes whenever any template's text changes, so cached pages of an old theme are not reused.
    public let fingerprint: Int
    /// Asset paths relative to the assets folder, sorted.
    let assets: [String]

    /// Loads `themesRoot/name`; a missing folder, template or a template syntax error names the file.
    public init(themesRoot: String, name: String) throws(Failure) {
        self.name = name
        folder = themesRoot + "/" + name
        let templates = folder + "/templates"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(templates): the theme `\(name)` has no templates folder (is --themes right?)")
        }
        do {
            (library, fingerprint) = try MustacheLibrary.load(from: templates)
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(description: "\(templates): \(error)")
        }
        for required in Self.requiredTemplates where library.getTemplate(named: required) == nil {
            throw Failure(description: "\(templates)/\(required).mustache is missing")
        }
        assets = Self.files(under: folder + "/assets")
    }

    func render(_ view: Any, with template: String) -> String {
        // Every template was checked at load, so a nil here can only be a builder bug.
        guard let html = library.render(view, withTemplate: template) else {
            preconditionFailure("template \(template) vanished after loading")
        }
        return html
    }

    private static func files(under root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(path as NSString).lastPathComponent.hasPrefix(".") {
                found.append(path)
            }
        }
        return found.sorted()
    }
}

/// What `{{% CONTENT_TYPE: HTML }}` at the top of a template selects once a theme is loaded: raad's escaping,
/// byte by byte, in place of swift-mustache's, which goes Character by Character through a dictionary. That
/// was a twentieth of a large build's time, and it leaves a quote followed by a combining mark unescaped.
struct EscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}

extension MustacheLibrary {
    /// Synchronous loading, so the theme can be read without an async context; also a hash of every template.
    static func load(from directory: String) throws -> (MustacheLibrary, fingerprint: Int) {
        // Before parsing: a template's pragma is looked up when it is parsed.
        MustacheContentTypes.register(EscapedHTML(), named: "HTML")
        var library = MustacheLibrary()
        var hasher = Hasher()
        let root = directory.hasSuffix("/") ? directory : directory + "/"
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return (library, 0) }
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }.sorted()
        for path in paths {
            let text: String
            do {
                text = try String(contentsOfFile: root + path, encoding: .utf8)
            } catch {
                throw Theme.Failure(description: "\(root)\(path): cannot read: \(error.localizedDescription)")
            }
            hasher.combine(path)
            hasher.combine(text)
            do {
                try library.register(text, named: String(path.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw Theme.Failure(description: "\(root)\(path):\(error.context.lineNumber):\(error.context.columnNumber): template error: \(error.error)")
            }
        }
        return (library, hasher.finalize())
    }
}
