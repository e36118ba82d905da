import Foundation
import RaadTestSupport
import Testing
@testable import RaadCheck

@Suite("The manifest of pages and anchors")
struct ManifestTests {
    @Test("a page or anchor the previous build had and this one lost is reported")
    func lost() {
        let previous = Manifest(baseURL: "https://example.org/radsmodellen/", files: [
            "index.html": ["hovedinnhold"],
            "s/2026-06-11/14-26/index.html": ["hovedinnhold", "bakgrunn"],
            "s/2026-06-11/15-26/index.html": ["hovedinnhold"],
            "s/2026-06-11/vedlegg/a.pdf": [],
        ])
        let current = Manifest(baseURL: "https://example.org/radsmodellen/", files: [
            "index.html": ["hovedinnhold", "ny"],
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
    ])
    func sameAsEncoder(manifest: Manifest) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(manifest) + Data("\n".utf8), as: UTF8.self).escapingMarkup
        #expect(String(decoding: manifest.encoded(), as: UTF8.self) == expected)
    }
}
