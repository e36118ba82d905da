import RaadTemplate
import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// Views declare their fields in one table each; a stored property left out of the table could not be shown
/// by any template. This holds each table to what reflection sees, for every view the real site makes.
@Suite("Template views")
struct TemplateViewTests {
    @Test("every stored property of every view of the real site is declared in its view's field table")
    func everyPropertyServed() throws {
        let (archive, _) = ContentLoader(root: Repository.content).load()
        let loaded = try #require(archive)
        let views = ViewFactory(archive: loaded, paths: SitePaths(baseURL: "/radsmodellen/"), history: History(archive: loaded),
                                today: Dato(year: 2026, month: 5, day: 1), pageIDs: try Theme(themesRoot: Repository.themes, name: "helsedir").pageIDs,
                                assets: AssetPaths())
        var roots: [Any] = [views.frontPage(), views.notFoundPage(), views.emneIndexPage()]
        for utvalg in loaded.utvalg {
            roots.append(views.utvalgPage(utvalg))
            for mote in utvalg.moter {
                roots += [views.motePage(mote), views.saksdokumenterPage(mote)] as [Any]
                roots += mote.saker.map { views.sakPage($0, in: mote) } as [Any]
            }
        }
        roots += History(archive: loaded).emner.map { views.emnePage($0) } as [Any]
        var checked = Set<String>()
        var missing: [String] = []
        for root in roots { Self.check(root, path: "\(type(of: root))", checked: &checked, missing: &missing) }
        #expect(missing.isEmpty, "\(missing)")
        #expect(checked.count >= 25, "only \(checked.count) view types seen: \(checked.sorted())")
    }

    /// Compares each Mirror child with `child(named:)`, then walks into the children.
    static func check(_ value: Any, path: String, checked: inout Set<String>, missing: inout [String]) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first?.value { check(wrapped, path: path, checked: &checked, missing: &missing) }
            return
        }
        if mirror.displayStyle == .collection {
            for element in mirror.children { check(element.value, path: path + "[]", checked: &checked, missing: &missing) }
            return
        }
        guard mirror.displayStyle == .struct, !(value is String) else { return }
        guard let view = value as? any TemplateView else {
            if !"\(type(of: value))".hasPrefix("RenderedMarkdown") { missing.append("\(path): \(type(of: value)) is not a TemplateView") }
            return
        }
        checked.insert("\(type(of: value))")
        let declared = fieldNames(of: view)
        let stored = mirror.children.compactMap(\.label)
        if declared != stored { missing.append("\(path): the table declares \(declared), the type stores \(stored)") }
        for child in mirror.children {
            guard let label = child.label else { continue }
            let reflected = Mirror(reflecting: child.value)
            let expected: Any? = reflected.displayStyle == .optional ? reflected.children.first?.value : child.value
            if let expected { check(expected, path: path + "." + label, checked: &checked, missing: &missing) }
        }
    }

    private static func fieldNames<View: TemplateView>(of _: View) -> [String] { View.templateFields.names }
}
