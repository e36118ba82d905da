import Foundation
import RaadTestSupport
import Testing
@testable import RaadCheck

@Suite("The manifest of pages and anchors")
struct ManifestTests {
    @Test("a page or anchor the previous build had and this one lost is reported; a renamed asset is not")
    func lost() {
        let previous = Manifest(baseURL: "https://example.org/radsmodellen/", files: [
            "index.html": ["hovedinnhold"],
            "s/2026-06-11/14-26/index.html": ["hovedinnhold", "bakgrunn"],
            "s/2026-06-11/15-26/index.html": ["hovedinnhold"],
            "s/2026-06-11/vedlegg/a.pdf": [],
            "assets/style.0123456789abcdef.css": [],
        ])
        let current = Manifest(baseURL: "https://example.org/radsmodellen/", files: [
            "index.html": ["hovedinnhold", "ny"],
            "assets/style.fedcba9876543210.css": [],
            "s/2026-06-11/14-26/index.html": ["hovedinnhold"],
            "s/2026-06-11/15-26-ny/index.html": ["hovedinnhold"],
        ])
        let lost = current.lost(since: previous, source: "old/.raad-manifest.json")
        #expect(lost.map { "\($0.kind.rawValue) \($0.url) \($0.file)" } == [
            "lost-anchor /radsmodellen/s/2026-06-11/14-26/#bakgrunn s/2026-06-11/14-26/index.html",
            "lost-page /radsmodellen/s/2026-06-11/15-26/ old/.raad-manifest.json",
            "lost-page /radsmodellen/s/2026-06-11/vedlegg/a.pdf old/.raad-manifest.json",
        ])
        #expect(current.lost(since: current, source: "x").isEmpty)
    }

    @Test("an address a redirect page now covers is not lost, nor are its anchors if the new page has them")
    func redirectCovers() throws {
        let base = "https://example.org/radsmodellen/"
        let previous = Manifest(baseURL: base, files: ["s/2026-06-12/16-26/index.html": ["hovedinnhold", "bakgrunn", "borte"]])
        let site = BuiltSite(files: [
            .init(path: "s/2026-06-12/16-26/index.html", contents: .text(
                "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/radsmodellen/s/2026-06-11/16-26/\">"
                + "<link rel=\"canonical\" href=\"https://example.org/radsmodellen/s/2026-06-11/16-26/\"></head><body></body></html>")),
            .init(path: "s/2026-06-11/16-26/index.html", contents: .text("<main id=\"hovedinnhold\"><h2 id=\"bakgrunn\">B</h2></main>")),
        ])
        let current = Manifest.of(site, baseURL: base)
        #expect(current.redirects == ["s/2026-06-12/16-26/index.html": "s/2026-06-11/16-26/index.html"])
        #expect(current.lost(since: previous, source: "old.json").map(\.url) == ["/radsmodellen/s/2026-06-12/16-26/#borte"])
        #expect(try JSONDecoder().decode(Manifest.self, from: current.encoded()) == current)
    }

    @Test("the manifest of a site lists every file and the sorted anchors of its pages, and reads back")
    func roundTrip() throws {
        let site = BuiltSite(files: [
            .init(path: "index.html", contents: .text("<main id=\"b\"><h2 id=\"a\">x</h2></main>")),
            .init(path: "assets/style.css", contents: .other),
            .init(path: ".raad-build", contents: .other),
        ])
        let manifest = Manifest.of(site, baseURL: "/")
        #expect(manifest.files == ["index.html": ["a", "b"], "assets/style.css": []])
        let text = String(decoding: manifest.encoded(), as: UTF8.self)
        #expect(text.contains("\"assets/style.css\""))
        #expect(try JSONDecoder().decode(Manifest.self, from: manifest.encoded()) == manifest)
    }

    @Test("written as JSONEncoder writes it, pretty-printed with sorted keys, with < > & as \\u escapes", arguments: [
        Manifest(baseURL: "https://example.org/radsmodellen/", files: [:]),
        Manifest(baseURL: "/", files: ["index.html": ["a", "b"], "assets/style.css": [], "B.html": ["x"],
                                       "a10/index.html": ["\"quote\"", "back\\slash", "tab\t", "æøå", "/slash"],
                                       "a9/index.html": [], "é.html": ["ctl\u{1}"], "z.pdf": [], "<script>&.html": ["<b>&amp;"]]),
        Manifest(baseURL: "/", files: ["a/index.html": [], "b/index.html": ["x"]],
                 redirects: ["a/index.html": "b/index.html", "c/index.html": "b/index.html"]),
    ])
    func sameAsEncoder(manifest: Manifest) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(manifest) + Data("\n".utf8), as: UTF8.self).escapingMarkup
        #expect(String(decoding: manifest.encoded(), as: UTF8.self) == expected)
    }
}
