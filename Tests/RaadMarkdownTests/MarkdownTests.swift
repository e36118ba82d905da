import Testing
@testable import RaadMarkdown

@Suite("Markdown through cmark-gfm")
struct MarkdownTests {
    @Test("a GFM table becomes an HTML table with alignment, as a class: the align attribute is obsolete HTML")
    func table() {
        let html = Markdown.render("| a | b | c |\n|---|--:|:-:|\n| 1 | 2 | 3 |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>a</th>"))
        #expect(html.contains("<th class=\"align-right\">b</th>"))
        #expect(html.contains("<td class=\"align-right\">2</td>"))
        #expect(html.contains("<td class=\"align-center\">3</td>"))
        #expect(!html.contains("align=\""))
        // Raw HTML written in a cell is dropped, as everywhere, so no `<td align=` of an editor's becomes a class.
        let raw = Markdown.render("| a |\n|---|\n| <td align=\"right\"> |\n").html
        #expect(raw.contains("<td><!-- raw HTML omitted --></td>"), "\(raw)")
        #expect(!raw.contains("align"), "\(raw)")
    }

    @Test("a table scrolls in a focusable region named by the heading above it")
    func tableRegionNamedByHeading() {
        let html = Markdown.render("## Priser\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").html
        #expect(html.contains("<h2 id=\"priser\">Priser</h2>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"priser\">\n<table>"))
        #expect(html.contains("</table>\n</div>"))
    }

    @Test("a table with no heading above it, even inside a list, is named by its column heads")
    func tableRegionNamedByColumns() {
        let html = Markdown.render("- liste\n\n  | x & y | \"z\" |\n  |---|---|\n  | 1 | 2 |\n").html
        #expect(html.contains("<li>\n<p>liste</p>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"x &amp; y, &quot;z&quot;\">\n<table>"))
        #expect(html.split(separator: "<div").count == 2)
    }

    @Test("bare addresses are linked by the autolink extension")
    func autolink() {
        let html = Markdown.render("Se www.helsedirektoratet.no og https://ehelse.no.").html
        #expect(html.contains("<a href=\"http://www.helsedirektoratet.no\">www.helsedirektoratet.no</a>"))
        #expect(html.contains("<a href=\"https://ehelse.no\">https://ehelse.no</a>"))
    }

    @Test("strikethrough is rendered as del")
    func strikethrough() {
        #expect(Markdown.render("~~gammel~~ ny").html.contains("<del>gammel</del>"))
    }

    @Test("raw HTML is never passed through", arguments: [
        "<script>alert(1)</script>",
        "Tekst <img src=x onerror=alert(1)> mer",
        "<iframe src=\"https://evil.example\"></iframe>",
    ])
    func rawHTMLEscaped(source: String) {
        let html = Markdown.render(source).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
    }

    @Test("javascript: links lose their target")
    func javascriptLinks() {
        let html = Markdown.render("[klikk](javascript:alert(1))").html
        #expect(!html.contains("javascript:"))
    }

    @Test("headings get unique ASCII ids that avoid the page's own")
    func headingIDs() {
        let rendered = Markdown.render("## Bakgrunn\n\n## Bakgrunn\n\n## Vedtak\n\n### Mål 2 – økt deling",
                                       reservedIDs: ["vedtak"])
        #expect(rendered.headings.map(\.id) == ["bakgrunn", "bakgrunn-2", "vedtak-2", "mal-2-okt-deling"])
        #expect(rendered.html.contains("<h2 id=\"bakgrunn-2\">Bakgrunn</h2>"))
        #expect(rendered.html.contains("<h3 id=\"mal-2-okt-deling\">Mål 2 – økt deling</h3>"))
    }

    @Test("inline markup inside a heading is kept")
    func headingInlineMarkup() {
        #expect(Markdown.render("## Om *KI* og [lenke](/x)").html
            .contains("<h2 id=\"om-ki-og-lenke\">Om <em>KI</em> og <a href=\"/x\">lenke</a></h2>"))
    }

    @Test("links carry the line of the enclosing file they stand on")
    func linkLines() {
        let rendered = Markdown.render("Første linje\n\nSe [sak](/a/) og\n![bilde](b.png)", firstLine: 10)
        #expect(rendered.links == [
            MarkdownLink(destination: "/a/", line: 12, isImage: false, written: "/a/"),
            MarkdownLink(destination: "b.png", line: 13, isImage: true, written: "b.png", alt: "bilde"),
        ])
    }

    @Test("plain text drops the markup")
    func plainText() {
        #expect(Markdown.plainText("**Vedtak:** Strategirådet *drøftet*.").contains("Vedtak: Strategirådet drøftet."))
    }

    @Test("slugs spell Norwegian letters out")
    func slugs() {
        #expect(Slug.make("Hva skal nasjonal rådsmodell ta stilling til?") == "hva-skal-nasjonal-radsmodell-ta-stilling-til")
        #expect(Slug.make("Særnorsk økonomi") == "saernorsk-okonomi")
        #expect(Slug.make("  ") == "")
    }
}

@Suite("Markdown from many threads at once")
struct ConcurrentMarkdownTests {
    /// cmark-gfm keeps the extensions' special characters in one global table that each parse adds to and
    /// removes from (github/cmark-gfm#221), so parses on two threads could lose each other's autolinks.
    @Test("parallel renders give the same HTML as one render")
    func parallel() async {
        let source = "Se www.helsedirektoratet.no og https://ehelse.no, ~~gammelt~~ og | a | b |\n|---|---|\n| 1 | 2 |\n"
        let expected = Markdown.render(source).html
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<300).map { _ in Markdown.render(source).html } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.filter { $0 != expected }.count == 0)
        #expect(expected.contains("<a href=\"http://www.helsedirektoratet.no\">"))
    }
}
