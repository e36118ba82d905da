import Testing
import RaadTemplate

/// What the spec leaves to implementations and raad decides: names bind by type when the theme loads, and
/// a field the inner view declares never shows an outer view's value.
@Suite("Binding names to view fields")
struct BindingTests {
    struct Row: TemplateView {
        var saksnummer: String
        var vedtakHTML: String?
        var href: String?

        static let templateFields: TemplateFields<Row> = [
            "saksnummer": .text(\.saksnummer), "vedtakHTML": .text(\.vedtakHTML), "href": .text(\.href),
        ]
    }

    struct Page: TemplateView {
        var vedtakHTML: String?
        var href: String
        var rows: [Row]
        var label: String

        static let templateFields: TemplateFields<Page> = [
            "vedtakHTML": .text(\.vedtakHTML), "href": .text(\.href), "rows": .list(\.rows), "label": .text(\.label),
        ]
    }

    static func render(_ text: String, _ page: Page) throws -> String {
        let library = try TemplateLibrary(sources: ["page": .init(file: "page.mustache", text: text)], escape: escapeHTML)
        return try library.template("page", for: Page.self).render(page)
    }

    @Test("a row without a vedtak shows none, not the page's own vedtak (the bug of issue 15)")
    func absentInnerFieldStaysEmpty() throws {
        let page = Page(vedtakHTML: "<p>Sidens eget vedtak</p>", href: "/side/",
                        rows: [Row(saksnummer: "16/26", vedtakHTML: nil, href: nil),
                               Row(saksnummer: "15/25", vedtakHTML: "<p>Vedtak 15/25</p>", href: "/15-25/")],
                        label: "Vedtak")
        let html = try Self.render(
            "{{#rows}}[{{saksnummer}}|{{{vedtakHTML}}}|{{#href}}<a href=\"{{href}}\">{{/href}}{{^vedtakHTML}}ingen{{/vedtakHTML}}]{{/rows}}", page)
        #expect(html == "[16/26||ingen][15/25|<p>Vedtak 15/25</p>|<a href=\"/15-25/\">]")
        #expect(!html.contains("Sidens eget vedtak"))
        #expect(!html.contains("/side/"))
    }

    @Test("a name only an outer view declares is read from that view inside a section")
    func outerNamesStillReachable() throws {
        let page = Page(vedtakHTML: "V", href: "/side/", rows: [Row(saksnummer: "1/26")], label: "Vedtak – oppdatert")
        #expect(try Self.render("{{#rows}}{{saksnummer}} {{label}}{{/rows}} {{#vedtakHTML}}{{label}}: {{.}}{{/vedtakHTML}}", page)
            == "1/26 Vedtak – oppdatert Vedtak – oppdatert: V")
    }

    @Test("rendering the same compiled template twice, and for many rows, gives the same bytes")
    func repeatable() throws {
        let rows = (0..<500).map { Row(saksnummer: "\($0)/26", vedtakHTML: $0 % 3 == 0 ? nil : "v\($0)", href: nil) }
        let page = Page(vedtakHTML: "OUTER", href: "/", rows: rows, label: "L")
        let library = try TemplateLibrary(sources: ["page": .init(file: "page.mustache", text: "{{#rows}}{{saksnummer}}={{vedtakHTML}};{{/rows}}")],
                                          escape: escapeHTML)
        let template = try library.template("page", for: Page.self)
        let first = template.render(page)
        #expect(first == template.render(page))
        #expect(first == rows.map { "\($0.saksnummer)=\($0.vedtakHTML ?? "");" }.joined())
    }
}
