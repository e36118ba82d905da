import Foundation
import RaadContent
import RaadTestSupport
import Testing
@testable import RaadServe

@Suite("the preview banner: which page a note concerns, and where it goes")
struct PreviewBannerTests {
    @Test("a content file's page is the folder the site mirrors it to", arguments: [
        ("content/strategiradet/2026-06-11/16-26.md", "strategiradet/2026-06-11/16-26/"),
        ("content/strategiradet/2026-06-11/_index.md", "strategiradet/2026-06-11/"),
        ("content/strategiradet/2026-06-11/vedlegg/figur.png", "strategiradet/2026-06-11/"),
        ("content/strategiradet/_index.md", "strategiradet/"),
        ("content/_index.md", ""),
    ])
    func pageOfFile(path: String, page: String) {
        #expect(PreviewNotes.page(of: path, content: "content") == page)
        #expect(PreviewNotes.page(of: path, content: "content/") == page)
    }

    @Test("a draft that approves a referat marks the approved møte's page, which says \"Referat godkjent\" only in the preview")
    func draftApproval() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write("content/strategiradet/2026-06-11/22-26.md",
                          "---\nsak: 22/26\ntittel: Godkjenning\nsakstype: Godkjenning\nutkast: true\ngodkjenner_referat: strategiradet 2026-03-26\n---\n")
        let root = content.path("content")
        let loaded = ContentLoader(root: root, options: .init(includeDrafts: true)).load()
        let notes = PreviewNotes(diagnostics: loaded.diagnostics, archive: loaded.archive, content: root)
        #expect(!notes.drafts(shownOn: "strategiradet/2026-03-26/").isEmpty)
        #expect(notes.drafts(shownOn: "strategiradet/2026-06-11/13-26/").isEmpty)
    }

    @Test("a request names the same folder with or without index.html")
    func pageOfRequest() {
        for path in ["/strategiradet/2026-06-11/", "/strategiradet/2026-06-11/index.html", "/strategiradet/2026-06-11"] {
            #expect(PreviewNotes.page(ofRequest: path) == "strategiradet/2026-06-11/")
        }
        #expect(PreviewNotes.page(ofRequest: "/") == "")
        #expect(PreviewNotes.page(ofRequest: "/radsmodellen/sok/", basePath: "/radsmodellen/") == "sok/")
    }

    @Test("this page's warnings are listed, the others counted; English when asked; nothing to say gives nothing")
    func html() {
        let here = Diagnostic(.warning, at: SourceLocation(path: "content/u/2026-06-11/16-26.md", line: 7),
                              .mentionOfMissingSak("99/26", utvalg: "u"), hint: .mentionOfMissingSakHint)
        let other = Diagnostic(.warning, at: SourceLocation(path: "content/u/2026-06-11/17-26.md", line: 3),
                               .emptyScaffoldHeading("Bakgrunn"))
        let notes = PreviewNotes(warnings: [here, other])
        let banner = PreviewBanner(notes: notes, content: "content").html(for: "u/2026-06-11/16-26/")
        #expect(banner.contains("content/u/2026-06-11/16-26.md:7</code>: teksten nevner sak 99/26"))
        #expect(!banner.contains("17-26.md"))
        #expect(banner.contains("og én advarsel som gjelder andre sider"))
        let english = PreviewBanner(notes: notes, content: "content", language: .en).html(for: "u/2026-06-11/16-26/")
        #expect(english.contains("2 warnings in the content"))
        #expect(PreviewBanner(notes: PreviewNotes(), content: "content").html(for: "") == "")
    }

    @Test("the banner goes right after the opening body tag, whatever its attributes; a page without one is left alone")
    func inject() {
        let page = Array("<html><body class=\"x\">\n<a>hopp</a></body></html>".utf8)
        #expect(String(decoding: PreviewBanner.inject("<p>B</p>", into: page), as: UTF8.self)
                == "<html><body class=\"x\"><p>B</p>\n<a>hopp</a></body></html>")
        let fragment = Array("<p>bare tekst</p>".utf8)
        #expect(PreviewBanner.inject("<p>B</p>", into: fragment) == fragment)
    }
}
