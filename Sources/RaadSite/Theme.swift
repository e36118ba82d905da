import Foundation
import RaadTemplate
import RaadText

/// A theme: `templates/*.mustache`, each page template compiled for its view type when the theme loads, and
/// `assets/`, copied to the site. The theme raad carries (`DefaultTheme`) is the bottom layer when the site
/// names it; any file of the same path in `themesRoot/name/` takes its place (Hugo's lookup order), so a
/// site overrides one template or the stylesheet and keeps the rest.
public struct Theme: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A file the site gets under `assets/`. Stylesheets and scripts, which the pages link, carry a hash of
    /// their bytes in their name (`style.3f9a1c0e5b7d2a41.css`), so a server may let browsers keep them for
    /// a year and a strict Content-Security-Policy needs no exceptions; other files (images and fonts that a
    /// stylesheet names by relative URL) keep their own.
    struct Asset: Sendable, Equatable {
        /// Relative to the theme's assets folder, as the theme names it: `style.css`.
        var path: String
        /// Relative to the site's assets folder: `style.3f9a1c0e5b7d2a41.css`.
        var name: String
        var contents: Output.Contents
    }

    public let name: String
    public let folder: String
    /// Changes whenever any template's text or any asset's name changes, so cached pages of an old theme
    /// are not reused.
    public let fingerprint: Int
    /// Sorted by path.
    let assets: [Asset]
    /// Where the pages find each asset: `style.css` -> `assets/style.3f9a1c0e5b7d2a41.css`.
    let assetPaths: AssetPaths
    /// The compiled page templates by name; each is a `Template<View>` of the view type `pageTemplates` gives.
    private let templates: [String: any Sendable]
    /// The ids each kind of page writes itself, which the Markdown on that page must leave to it.
    let pageIDs: PageIDs

    /// Loads the theme `name`: raad's own if it has that name, under the files of `themesRoot/name`. A theme
    /// that is neither, a missing template, a syntax error, or a name no view declares names the template
    /// file, line and column.
    public init(themesRoot: String, name: String) throws(Failure) {
        self.name = name
        folder = themesRoot + "/" + name
        let files = try Self.layers(folder: folder, carried: name == DefaultTheme.name ? DefaultTheme.files : [:], name: name)
        var sources: [String: TemplateLibrary.Source] = [:]
        var assets: [Asset] = []
        var hasher = Hasher()
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let text = try file.text()
                hasher.combine(path)
                hasher.combine(text)
                sources[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] =
                    TemplateLibrary.Source(file: file.displayPath, text: text)
            } else if path.hasPrefix("assets/") {
                let asset = try file.asset(path: String(path.dropFirst("assets/".count)))
                hasher.combine(asset.name)
                assets.append(asset)
            }
        }
        fingerprint = hasher.finalize()
        self.assets = assets
        assetPaths = AssetPaths(names: Dictionary(uniqueKeysWithValues: assets.map { ($0.path, $0.name) }))
        let templatesFolder = folder + "/templates"
        do {
            let library = try TemplateLibrary(sources: sources, escape: { HTMLText.escape($0) })
            var templates: [String: any Sendable] = [:]
            var ids: [String: Set<String>] = [:]
            for page in Self.pageTemplates {
                guard sources[page.name] != nil else { throw Failure(description: "\(templatesFolder)/\(page.name).mustache is missing") }
                (templates[page.name], ids[page.name]) = try page.compile(library)
            }
            self.templates = templates
            pageIDs = PageIDs(sak: ids["sak", default: []], mote: ids["mote", default: []].union(ids["saksdokumenter", default: []]),
                              utvalg: ids["utvalg", default: []], forside: ids["forside", default: []])
        } catch let error as TemplateError {
            throw Failure(description: error.description)
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(description: "\(templatesFolder): \(error)")
        }
    }

    /// The templates every theme must have, one per kind of page, with the view each one shows.
    private typealias Compile = @Sendable (TemplateLibrary) throws -> (template: any Sendable, ids: Set<String>)

    private static let pageTemplates: [(name: String, compile: Compile)] = [
        page("forside", FrontPageView.self), page("utvalg", UtvalgView.self), page("mote", MoteView.self),
        page("sak", SakView.self), page("saksdokumenter", SaksdokumenterView.self), page("emne", EmneView.self),
        page("emner", EmneIndexView.self), page("sok", SearchPageView.self), page("404", NotFoundView.self),
    ]

    private static func page<View: TemplateView>(_ name: String, _: View.Type) -> (name: String, compile: Compile) {
        (name, { library in
            let template = try library.template(name, for: View.self)
            return (template, template.literalIDs)
        })
    }

    func render<View: TemplateView>(_ view: View, with template: String) -> String {
        compiled(template, for: View.self).render(view)
    }

    func renderUTF8<View: TemplateView>(_ view: View, with template: String) -> [UInt8] {
        compiled(template, for: View.self).renderUTF8(view)
    }

    private func compiled<View: TemplateView>(_ template: String, for _: View.Type) -> Template<View> {
        guard let compiled = templates[template] as? Template<View> else {
            preconditionFailure("the template \(template) is not compiled for \(View.self)")
        }
        return compiled
    }

    /// One file of the theme: carried inside raad, or in the site's theme folder.
    private enum File {
        case carried(path: String, text: String)
        case onDisk(String)

        var displayPath: String {
            switch self {
            case .carried(let path, _): "(raad) themes/\(DefaultTheme.name)/\(path)"
            case .onDisk(let file): file
            }
        }

        func text() throws(Failure) -> String {
            switch self {
            case .carried(_, let text): return text
            case .onDisk(let file):
                do {
                    return try String(contentsOfFile: file, encoding: .utf8)
                } catch {
                    throw Failure(description: "\(file): cannot read: \(error.localizedDescription)")
                }
            }
        }

        func asset(path: String) throws(Failure) -> Asset {
            let hashed = AssetPaths.isHashed(path)
            switch self {
            case .carried(_, let text):
                return Asset(path: path, name: hashed ? AssetPaths.name(path, bytes: text.utf8) : path, contents: .text(text))
            case .onDisk(let file):
                guard hashed else { return Asset(path: path, name: path, contents: .copy(from: file)) }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw Failure(description: "\(file): cannot read")
                }
                return Asset(path: path, name: AssetPaths.name(path, bytes: data), contents: .copy(from: file))
            }
        }
    }

    /// Path inside the theme -> the file that stands there: the folder's over the carried theme's.
    private static func layers(folder: String, carried: [String: String], name: String) throws(Failure) -> [String: File] {
        var isDirectory: ObjCBool = false
        let hasFolder = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
        guard hasFolder || !carried.isEmpty else {
            throw Failure(description: "\(folder): there is no theme `\(name)`: raad carries `\(DefaultTheme.name)`, "
                + "and no folder of that name is here (is --themes right, or `tema` in content/_index.md?)")
        }
        var files = carried.reduce(into: [String: File]()) { $0[$1.key] = .carried(path: $1.key, text: $1.value) }
        for path in Self.files(under: folder) where path.hasPrefix("templates/") || path.hasPrefix("assets/") {
            files[path] = .onDisk(folder + "/" + path)
        }
        return files
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
