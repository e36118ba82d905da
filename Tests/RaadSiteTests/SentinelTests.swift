import Testing
import RaadContent
import RaadTemplate
import RaadTestSupport
@testable import RaadSite

/// No page shows a value that belongs to another view: the bug of issue 15, where a history row without a
/// vedtak showed the sak page's own vedtak, checked for every field of every view of every page kind.
///
/// Each page's view gets a distinct sentinel in every text field. Then, for each view inside a section (a
/// list item, an optional view), its optional fields are removed. Removing an inner field may hide text, but
/// it must never make any other field's sentinel appear more often: that would be the inner name falling
/// through to an outer view's value.
@Suite("Sentinels: no value borrowed from another view")
struct SentinelTests {
    @Test("removing an inner view's optional fields never shows an outer view's value, on every page of the real and mini sites")
    func noFallThrough() throws {
        let theme = try Theme(themesRoot: Repository.themes, name: "helsedir")
        let mini = try TemporaryContent(MiniContent.files)
        var samples = try Self.samples(content: Repository.content)
        samples += try Self.samples(content: mini.path("content"))
        var checkedOwners = Set<String>()
        var leaks: [String] = []
        for sample in samples {
            var planting: any TemplateFieldVisitor = SentinelPlanter(removing: nil)
            let full = SentinelPlanter.counts(in: sample.render(theme, &planting))
            let planted = (planting as! SentinelPlanter)
            for owner in planted.owners.sorted() where !owner.isEmpty {
                checkedOwners.insert(sample.template + ":" + owner)
                var removing: any TemplateFieldVisitor = SentinelPlanter(removing: owner)
                let reduced = SentinelPlanter.counts(in: sample.render(theme, &removing))
                for (sentinel, path) in planted.sentinels where SentinelPlanter.owner(of: path) != owner {
                    let before = full[sentinel, default: 0], after = reduced[sentinel, default: 0]
                    if after > before {
                        leaks.append("\(sample.path): without \(owner)'s optional fields, `\(path)` shows \(after) times instead of \(before)")
                    }
                }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(20).joined(separator: "\n"))")
        // Every kind of section-pushed view was exercised: history rows, facts, vedlegg, people, agenda rows…
        for owner in ["sak:tidligere.items[]", "sak:facts[]", "sak:vedlegg.items[]", "mote:agenda[]",
                      "mote:saker[]", "mote:attendance[].people.items[]", "saksdokumenter:saker[]", "forside:utvalg[]"] {
            #expect(checkedOwners.contains(owner), "no page exercised \(owner)")
        }
    }

    /// A page's view, rendered after a visitor has changed its fields.
    struct Sample {
        var path: String
        var template: String
        var render: (Theme, inout any TemplateFieldVisitor) -> String
    }

    static func sample<View: TemplateView>(_ path: String, _ view: View, _ template: String) -> Sample {
        Sample(path: path, template: template) { theme, visitor in
            var copy = view
            View.visitFields(of: &copy, with: &visitor)
            return theme.render(copy, with: template)
        }
    }

    static func samples(content: String) throws -> [Sample] {
        let (archive, _) = ContentLoader(root: content).load()
        let loaded = try #require(archive)
        let history = History(archive: loaded)
        let views = ViewFactory(archive: loaded, paths: SitePaths(baseURL: "/radsmodellen/"), history: history,
                                today: Dato(year: 2026, month: 5, day: 1), pageIDs: try Theme(themesRoot: Repository.themes, name: "helsedir").pageIDs,
                                assets: AssetPaths())
        var samples = [sample("index.html", views.frontPage(), "forside"), sample("404.html", views.notFoundPage(), "404"),
                       sample("emner/", views.emneIndexPage(), "emner")]
        for utvalg in loaded.utvalg {
            samples.append(sample(utvalg.slug, views.utvalgPage(utvalg), "utvalg"))
            for mote in utvalg.moter {
                samples.append(sample(mote.folder, views.motePage(mote), "mote"))
                samples.append(sample(mote.folder + "/saksdokumenter", views.saksdokumenterPage(mote), "saksdokumenter"))
                samples += mote.saker.map { sample($0.source.path, views.sakPage($0, in: mote), "sak") }
            }
        }
        samples += history.emner.map { sample("emner/" + $0.slug, views.emnePage($0), "emne") }
        return samples
    }
}

/// Puts a sentinel in every text field, keyed by the field's place in the view (list indices left out, so
/// all items' same field share one); with `removing`, the optional fields of the views at that place are
/// left out instead.
struct SentinelPlanter: TemplateFieldVisitor {
    let removing: String?
    /// Sentinel -> the field's place, e.g. `tidligere.items[].vedtakHTML`.
    private(set) var sentinels: [String: String] = [:]
    /// The places of views that have optional fields.
    private(set) var owners = Set<String>()

    init(removing: String?) {
        self.removing = removing
    }

    static func place(of path: String) -> String {
        path.replacing(/\[\d+\]/, with: "[]")
    }

    static func owner(of place: String) -> String {
        guard let dot = place.lastIndex(of: ".") else { return "" }
        return String(place[..<dot])
    }

    /// Made from the place alone (FNV-1a), so a field has the same sentinel however many fields before it
    /// were left out; the fixed length keeps one sentinel from being part of another.
    private mutating func sentinel(_ path: String) -> String {
        let place = Self.place(of: path)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in place.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        let sentinel = "QS" + String(repeating: "0", count: 16 - hex.count) + hex + "Q"
        sentinels[sentinel] = place
        return sentinel
    }

    /// How often each sentinel shows in `html`, in one pass.
    static func counts(in html: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for match in html.matches(of: /QS[0-9a-f]{16}Q/) { counts[String(match.output), default: 0] += 1 }
        return counts
    }

    mutating func text(_ value: inout String, path: String) {
        value = sentinel(path)
    }

    mutating func optionalText(_ value: inout String?, path: String) {
        let owner = Self.owner(of: Self.place(of: path))
        owners.insert(owner)
        value = owner == removing ? nil : sentinel(path)
    }

    mutating func bool(_ value: inout Bool, path: String) {}

    mutating func keepOptionalView(path: String) -> Bool {
        let owner = Self.owner(of: Self.place(of: path))
        owners.insert(owner)
        return owner != removing
    }
}
