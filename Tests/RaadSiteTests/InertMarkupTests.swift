import Foundation
import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// Markup from editors' hands must stay text in every file the site is made of: a title or name is data,
/// never HTML that runs, in the pages, the search index, the feed, the calendar and the sitemap.
@Suite("Markup from content is inert")
struct InertMarkupTests {
    static let hostile = """
        -- content/strategiradet/2026-09-01/_index.md --
        ---
        mote: 4/2026
        dato: 2026-09-01
        tid: "10:00–12:00"
        sted: "<script>window.skadet=1</script>; Oslo, \\"rom\\" 2"
        medlemmer:
          - navn: "\\"><img src=x onerror=alert(1)>"
            virksomhet: "<b>Virksomhet</b>"
        vedlegg:
          - tittel: "<svg onload=alert(2)>"
            url: https://example.org/"><script>alert(3)</script>
        ---
        -- content/strategiradet/2026-09-01/30-26.md --
        ---
        sak: 30/26
        tittel: "<script>alert(4)</script> Skadevare"
        sakstype: Beslutning
        sakseier: "\\"><img src=x onerror=alert(5)>"
        saksbehandler: "Kvote\\"\\u0301 onmouseover=alert(11) med aksent"
        forslag_til_vedtak: "Forslag <iframe src=javascript:alert(6)>"
        vedtak: |
          Vedtatt <img src=x onerror=alert(7)> og [lenke](javascript:alert(8)).
        emner: ["<i>emne</i>"]
        ---
        Tekst <script>alert(9)</script> og <a href="javascript:alert(10)">lenke</a>.
        -- content/skaderad/_index.md --
        ---
        navn: "<script>& Skaderåd"
        rekkefolge: 9
        ---
        -- content/skaderad/2026-09-02/_index.md --
        ---
        dato: 2026-09-02
        ---
        -- content/skaderad/2026-09-02/01-26.md --
        ---
        sak: 01/26
        tittel: "<script>&"
        sakstype: Drøfting
        ---
        """

    /// Tags and attributes that would run script if they reached a page as markup.
    static let live = ["<script", "<img", "<iframe", "<svg", "<b>", "<i>", "onerror=\"", "onload=\"", "href=\"javascript:",
                       "src=\"javascript:", "href=\"https://example.org/\"><script"]

    @Test("every template of the theme escapes through raad's escaper, which its pragma selects")
    func everyTemplateSelectsTheEscaper() throws {
        let folder = Repository.themes + "/helsedir/templates"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        #expect(names.count >= 10)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(text.hasPrefix("{{% CONTENT_TYPE: HTML }}\n"), "\(name) does not start with the CONTENT_TYPE pragma")
        }
    }

    @Test("pages, search index, feed, calendar and sitemap carry the markup as text only")
    func everyOutput() throws {
        let (output, _) = try buildMini(extra: Self.hostile)
        var checked: Set<String> = []
        for file in output.files {
            guard case .text(let text) = file.contents else { continue }
            let kind = (file.path as NSString).pathExtension
            checked.insert(kind)
            switch kind {
            case "html", "xml":
                // The theme's own script tags load its assets; only content's markup is looked for.
                let content = text.replacingOccurrences(of: "<script src=\"", with: "")
                for tag in Self.live { #expect(!content.contains(tag), "\(file.path) holds \(tag)") }
            case "json":
                #expect(throws: Never.self, "\(file.path) is not JSON") {
                    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
                }
                // Escaped as Go's encoding/json does: no literal tag even if the file is served as HTML.
                for character in ["<", ">", "&"] { #expect(!text.contains(character), "\(file.path) holds \(character)") }
            case "ics":
                // iCalendar text: commas, semicolons and quotes escaped or harmless, no line a field could break into.
                #expect(text.contains("SUMMARY:"))
                #expect(!text.contains("\nBEGIN:VEVENT\r\nBEGIN"))
                #expect(text.contains("<script>window.skadet=1</script>\\; Oslo\\, \"rom\" 2"))
            default:
                break
            }
        }
        #expect(checked.isSuperset(of: ["html", "xml", "json", "ics"]))
        let sak = try output.html("strategiradet/2026-09-01/30-26/index.html")
        #expect(sak.contains("&lt;script&gt;alert(4)&lt;/script&gt; Skadevare"))
        #expect(sak.contains("&quot;&gt;&lt;img src=x onerror=alert(5)&gt;"))
        let mote = try output.html("strategiradet/2026-09-01/index.html")
        #expect(mote.contains("&lt;b&gt;Virksomhet&lt;/b&gt;"))
        #expect(mote.contains("&lt;svg onload=alert(2)&gt;"))
        // A quote with a combining mark is one Character, not `"`: escaped byte by byte, it could not end an
        // attribute (swift-mustache's own escaper, which goes by Character, lets it through).
        let sakBytes = Data(sak.utf8)
        #expect(sakBytes.range(of: Data("Kvote&quot;\u{301} onmouseover=alert(11)".utf8)) != nil)
        #expect(sakBytes.range(of: Data("Kvote\"\u{301}".utf8)) == nil)
        let index = try #require(output.files.first { $0.path.hasPrefix("sok/indeks/dokument/") && {
            if case .text(let json) = $0.contents { return json.contains("Skadevare") } else { return false }
        }($0) })
        guard case .text(let json) = index.contents else { return }
        // The title is kept as the editor wrote it, in \u escapes; the search page escapes it when it shows a result.
        #expect(json.contains("\\u003cscript\\u003ealert(4)\\u003c/script\\u003e Skadevare"))
        // Through both writers: JSONWriter (the documents) and JSONEncoder (the manifest, with the utvalg's name).
        let escaped = "\\u003cscript\\u003e\\u0026"
        #expect(try output.text("sok/indeks/manifest.json").contains(escaped + " Skaderåd"))
        #expect(output.files.contains { file in
            guard file.path.hasPrefix("sok/indeks/dokument/"), case .text(let json) = file.contents else { return false }
            return json.contains("\"tittel\":\"\(escaped)\"")
        })
    }
}
