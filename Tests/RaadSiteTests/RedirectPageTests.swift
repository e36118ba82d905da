import RaadContent
import RaadTestSupport
import Testing
@testable import RaadSite

/// `tidligere_adresser`: a page at each old address that sends readers on, and nothing else knows of it.
@Suite("Redirect pages for moved saker and møter")
struct RedirectPageTests {
    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    func build(_ frontMatter: String) throws -> SiteGenerator.Report {
        let content = try TemporaryContent(MiniContent.files)
        let text = try String(contentsOfFile: content.path(Self.sak), encoding: .utf8)
        try content.write(Self.sak, text.replacingOccurrences(of: "sak: 16/26\n", with: "sak: 16/26\n" + frontMatter))
        return SiteGenerator(.init(content: content.path("content"), themes: Repository.themes,
                                   today: Dato(year: 2026, month: 5, day: 1))).run(write: false)
    }

    @Test("the old address holds a page that refreshes to the new one, names it canonical and is not indexed")
    func page() throws {
        let report = try build("tidligere_adresser: [strategiradet/2026-06-12/16-26/, gamle/16-26/]\n")
        #expect(report.succeeded, "\(report.diagnostics)")
        let output = try #require(report.output)
        let html = try output.html("strategiradet/2026-06-12/16-26/index.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=/radsmodellen/strategiradet/2026-06-11/16-26/\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/radsmodellen/strategiradet/2026-06-11/16-26/\">"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(html.contains("har fått ny adresse: <a href=\"/radsmodellen/strategiradet/2026-06-11/16-26/\">"))
        #expect(!html.contains("<script"))
        #expect(output.file("gamle/16-26/index.html") != nil)
        let sitemap = try output.text("sitemap.xml")
        #expect(!sitemap.contains("2026-06-12"))
        #expect(!sitemap.contains("gamle/"))
        #expect(sitemap.contains("strategiradet/2026-06-11/16-26/"))
    }

    @Test("an old address that a page has, or that two saker claim, is an error at its line")
    func collisions() throws {
        let taken = try build("tidligere_adresser: [strategiradet/2026-03-26/01-26/]\n")
        let error = try #require(taken.diagnostics.first { $0.message.contains("is the address of a page that exists") })
        #expect(error.location.path.hasSuffix(Self.sak))
        #expect(error.location.line == 3)
        #expect(!taken.succeeded)
    }

    @Test("a path that is not a site path is refused", arguments: [
        "../x/", "/strategiradet/x/", "x", "a//b/", "https://example.org/x/", "a/./b/", "a b/",
    ])
    func invalid(path: String) {
        #expect(!TidligereAdresse.isValid(path))
    }

    @Test("site paths are accepted", arguments: ["strategiradet/2026-06-12/16-26/", "gammel-side/", "a/b.html/"])
    func valid(path: String) {
        #expect(TidligereAdresse.isValid(path))
    }
}
