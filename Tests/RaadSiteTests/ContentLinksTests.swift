import Foundation
import RaadContent
import RaadMarkdown
import RaadTestSupport
import Testing
@testable import RaadSite

/// Links written as content files become the page's address under the base path; everything else stays.
@Suite("Links and images written as content files")
struct ContentLinksTests {
    static let links = ContentLinks(root: "content", paths: SitePaths(baseURL: "https://example.org/radsmodellen/"))
    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    func rewritten(_ destination: String, image: Bool = false, in file: String = sak) -> String? {
        Self.links.rewriter(for: file, imagesAllowed: true, size: { _ in ImageSize(width: 640, height: 480) })(destination, image)?.url
    }

    @Test("a content file, resolved against the file it is written in, becomes its page's address", arguments: [
        ("../2026-06-11/16-26.md", "/radsmodellen/strategiradet/2026-06-11/16-26/"),
        ("16-26.md#bakgrunn", "/radsmodellen/strategiradet/2026-06-11/16-26/#bakgrunn"),
        ("../2026-03-26/01-26.md", "/radsmodellen/strategiradet/2026-03-26/01-26/"),
        ("_index.md", "/radsmodellen/strategiradet/2026-06-11/"),
        ("../_index.md", "/radsmodellen/strategiradet/"),
        ("../../_index.md", "/radsmodellen/"),
        ("./../../e-helserad/2025-06-12/15-25.md", "/radsmodellen/e-helserad/2025-06-12/15-25/"),
    ])
    func pageLinks(written: String, address: String) {
        #expect(rewritten(written) == address)
    }

    @Test("addresses, fragments and links to other files stay as written", arguments: [
        "https://www.helsedirektoratet.no/a.md", "/radsmodellen/strategiradet/", "#bakgrunn", "vedlegg/4a.pdf",
        "mailto:post@example.org", "", "../../../utenfor.md",
    ])
    func untouched(written: String) {
        #expect(rewritten(written) == nil)
    }

    @Test("an image in vedlegg/ gets its published address and size")
    func image() {
        let rewriter = Self.links.rewriter(for: Self.sak, imagesAllowed: true, size: { path in
            path == "content/strategiradet/2026-06-11/vedlegg/figur 1.png" ? ImageSize(width: 640, height: 480) : nil
        })
        #expect(rewriter("vedlegg/figur%201.png", true)
            == RewrittenLink(url: "/radsmodellen/strategiradet/2026-06-11/vedlegg/figur%201.png", width: 640, height: 480))
        #expect(Self.links.rewriter(for: Self.sak, imagesAllowed: false, size: { _ in nil })("vedlegg/figur.png", true) == nil)
    }

    @Test("the rendered page carries the address, and the image its width and height")
    func rendered() {
        let html = Markdown.render("Se [saken](../2026-03-26/01-26.md#vedtak).\n\n![Figur 1](vedlegg/figur-1.png)\n",
                                   rewriter: Self.links.rewriter(for: Self.sak, imagesAllowed: true,
                                                                 size: { _ in ImageSize(width: 640, height: 480) }))
        #expect(html.html.contains("<a href=\"/radsmodellen/strategiradet/2026-03-26/01-26/#vedtak\">saken</a>"))
        #expect(html.html.contains("<img src=\"/radsmodellen/strategiradet/2026-06-11/vedlegg/figur-1.png\" width=\"640\" height=\"480\" alt=\"Figur 1\" />"))
        #expect(html.links.map(\.written) == ["../2026-03-26/01-26.md#vedtak", "vedlegg/figur-1.png"])
        #expect(html.links.map(\.alt) == [nil, "Figur 1"])
    }

    @Test("an image that is a symbolic link out of vedlegg/ is an error and is not published")
    func symlinkedImage() throws {
        let content = try TemporaryContent(MiniContent.files)
        try FileManager.default.createSymbolicLink(atPath: content.path("content/strategiradet/2026-06-11/vedlegg/passwd.png"),
                                                   withDestinationPath: "/etc/passwd")
        let sak = try String(contentsOfFile: content.path(Self.sak), encoding: .utf8)
        try content.write(Self.sak, sak + "\n![Figur](vedlegg/passwd.png)\n")
        let report = SiteGenerator(.init(content: content.path("content"), themes: Repository.themes,
                                         today: Dato(year: 2026, month: 5, day: 1))).run(write: false)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.isError && $0.message.contains("vedlegg/passwd.png") && $0.location.path.hasSuffix(Self.sak) })
    }

    @Test("a content-file link and an image in a mini site are published and checked")
    func builtSite() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write("content/strategiradet/2026-06-11/vedlegg/figur-1.png", data: ImageSizeTests.png(width: 3, height: 2))
        let sak = try String(contentsOfFile: content.path(Self.sak), encoding: .utf8)
        try content.write(Self.sak, sak + "\nSe [forrige sak](../2026-03-26/01-26.md) og ![Figur 1](vedlegg/figur-1.png)\n")
        let report = SiteGenerator(.init(content: content.path("content"), themes: Repository.themes,
                                         today: Dato(year: 2026, month: 5, day: 1))).run(write: false)
        #expect(report.succeeded, "\(report.diagnostics)")
        let output = try #require(report.output)
        let page = try output.html("strategiradet/2026-06-11/16-26/index.html")
        #expect(page.contains("<a href=\"/radsmodellen/strategiradet/2026-03-26/01-26/\">forrige sak</a>"))
        #expect(page.contains("src=\"/radsmodellen/strategiradet/2026-06-11/vedlegg/figur-1.png\" width=\"3\" height=\"2\""))
        #expect(output.file("strategiradet/2026-06-11/vedlegg/figur-1.png")?.contents
            == .copy(from: content.path("content/strategiradet/2026-06-11/vedlegg/figur-1.png")))
    }
}
