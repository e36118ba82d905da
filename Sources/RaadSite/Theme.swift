import Foundation
import RaadTemplate
import RaadText

/// A theme folder: `templates/*.mustache`, each page template compiled for its view type when the theme
/// loads, and `assets/` copied as they are.
public struct Theme: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let name: String
    public let folder: String
    /// Changes whenever any template's text changes, so cached pages of an old theme are not reused.
    public let fingerprint: Int
    /// Asset paths relative to the assets folder, sorted.
    let assets: [String]
    /// The compiled page templates by name; each is a `Template<View>` of the view type `pageTemplates` gives.
    private let templates: [String: any Sendable]
    /// The ids each kind of page writes itself, which the Markdown on that page must leave to it.
    let pageIDs: PageIDs

    /// Loads `themesRoot/name`; a missing folder or template, a syntax error, or a name no view declares
    /// names the template file, line and column.
    public init(themesRoot: String, name: String) throws(Failure) {
        self.name = name
        folder = themesRoot + "/" + name
        let templatesFolder = folder + "/templates"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templatesFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "\(templatesFolder): the theme `\(name)` has no templates folder (is --themes right?)")
        }
        let (sources, fingerprint) = try Self.sources(in: templatesFolder)
        self.fingerprint = fingerprint
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
        assets = Self.files(under: folder + "/assets")
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
        guard let compiled = templates[template] as? Template<View> else {
            preconditionFailure("the template \(template) is not compiled for \(View.self)")
        }
        return compiled.render(view)
    }

    private static func sources(in folder: String) throws(Failure) -> ([String: TemplateLibrary.Source], Int) {
        var sources: [String: TemplateLibrary.Source] = [:]
        var hasher = Hasher()
        for path in files(under: folder) where path.hasSuffix(".mustache") {
            let file = folder + "/" + path
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw Failure(description: "\(file): cannot read: \(error.localizedDescription)")
            }
            hasher.combine(path)
            hasher.combine(text)
            sources[String(path.dropLast(".mustache".count))] = TemplateLibrary.Source(file: file, text: text)
        }
        return (sources, hasher.finalize())
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
