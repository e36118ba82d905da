import Foundation
import Testing
import RaadTestSupport
@testable import RaadServe

@Suite("No request path leaves the site folder")
struct SitePathTests {
    @Test("paths inside the site are mapped", arguments: [
        ("/", ""), ("/index.html", "index.html"), ("/strategiradet/2026-06-11/", "strategiradet/2026-06-11"),
        ("/assets/style.css", "assets/style.css"), ("/st%C3%B8rre/fil.pdf", "større/fil.pdf"), ("//a//b", "a/b"),
        ("/a..b/c", "a..b/c"), ("/.well-known/x", ".well-known/x"),
    ])
    func inside(path: String, relative: String) {
        #expect(SitePath.relative(path) == relative)
    }

    @Test("climbing out is refused however it is written", arguments: [
        "/../Package.swift", "/..", "/a/../../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/Package.swift",
        "/a/%2e%2e/%2e%2e/etc/passwd", "/..%2fPackage.swift", "/%2e%2e%2fPackage.swift", "/%252e%252e/Package.swift",
        "/a/./b", "/a/%2e/b", "/..\\Package.swift", "/a%5c..%5cb", "/a%00.html", "/%zz", "Package.swift", "",
    ])
    func refused(path: String) {
        #expect(SitePath.relative(path) == nil)
    }

    @Test("a link inside the site that points outside it is refused")
    func symbolicLink() throws {
        let folder = try TemporaryContent("-- site/index.html --\nside\n-- hemmelig.txt --\nhemmelig")
        try FileManager.default.createSymbolicLink(atPath: folder.path("site/lenke.txt"), withDestinationPath: folder.path("hemmelig.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("site/inne.html"), withDestinationPath: folder.path("site/index.html"))
        #expect(!SitePath.staysInside("lenke.txt", root: folder.path("site")))
        #expect(SitePath.staysInside("inne.html", root: folder.path("site")))
        #expect(SitePath.staysInside("index.html", root: folder.path("site")))
        #expect(SitePath.staysInside("finnes/ikke.html", root: folder.path("site")))
    }
}
