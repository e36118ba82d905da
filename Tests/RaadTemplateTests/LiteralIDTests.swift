import Foundation
import Testing
@testable import RaadTemplate

@Suite("the ids a template writes itself")
struct LiteralIDTests {
    /// What the byte scan must find: the regular expression it replaced.
    static func reference(_ text: String) -> [String] {
        text.matches(of: /[\s]id="([^"{}]+)"/).map { String($0.output.1) }
    }

    @Test("the byte scan finds what the regular expression finds", arguments: [
        #"<h2 id="vedtak">Vedtak</h2>"#,
        #"<section id="a"><p id="b">x</p></section>"#,
        "<div\nid=\"linje\"\tid=\"tab\">",
        #"<a id="{{slug}}">"#, #"<a id="sak-{{nummer}}">"#, #"<a id="">"#, #"<a id="uavsluttet>"#,
        #"<a xid="nei" data-id="nei">"#, #"id="først" <b id="møte-ø">"#,
        #"<p id="a"id="b" id="c">"#, #" id="x""#, #" id=""#, "", #"<p id="a}" id="b">"#,
    ])
    func matchesRegex(_ text: String) {
        #expect(TemplateCompiler.ids(in: text) == Self.reference(text))
    }

    @Test("on every template of raad's theme, the same ids as the regular expression")
    func theme() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../themes/helsedir/templates").standardized.path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        #expect(names.count >= 9)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(TemplateCompiler.ids(in: text) == Self.reference(text), "\(name)")
        }
    }

    @Test("the theme's own ids are found")
    func found() {
        #expect(TemplateCompiler.ids(in: "<main id=\"innhold\">\n  <h2 id=\"vedtak\">") == ["innhold", "vedtak"])
    }
}
