import RaadContent
import Testing
@testable import RaadCheck

typealias Location = RaadContent.SourceLocation

/// Small hand-written sites, so each rule of the checker shows on its own.
@Suite("Checking a built site's links")
struct LinkCheckerTests {
    static func page(_ body: String) -> String {
        "<!DOCTYPE html><html lang=\"nb\"><head><title>t</title></head><body>\n\(body)\n</body></html>"
    }

    static func site(_ pages: [String: String], other: [String] = [],
                     origins: [String: [(destination: String, location: Location)]] = [:]) -> BuiltSite {
        BuiltSite(files: pages.keys.sorted().map { path in
            BuiltSite.File(path: path, contents: .text(page(pages[path]!)), origins: origins[path] ?? [])
        } + other.map { BuiltSite.File(path: $0, contents: .other) })
    }

    static func check(_ pages: [String: String], other: [String] = [], baseURL: String = "https://example.org/radsmodellen/",
                      origins: [String: [(destination: String, location: Location)]] = [:]) -> LinkChecker.Result {
        LinkChecker(baseURL: baseURL).check(site(pages, other: other, origins: origins))
    }

    @Test("links that work under a sub-path give no problem")
    func clean() {
        let result = Self.check([
            "index.html": """
                <a href="/radsmodellen/">home</a> <a href="/radsmodellen">home without slash</a>
                <a href="/radsmodellen/strategiradet/">folder</a> <a href="/radsmodellen/strategiradet">folder, no slash</a>
                <a href="strategiradet/#moter">relative with anchor</a> <a href="#top-id">own anchor</a> <a href="">self</a>
                <a href="/radsmodellen/strategiradet/2026-06-11/vedlegg/s%C3%A6k.pdf#page=2">pdf with space-free name</a>
                <a href="https://example.org/radsmodellen/strategiradet/?utm=x#moter">own host</a>
                <a href="HTTP://EXAMPLE.ORG:443/radsmodellen/">own host, other spelling</a>
                <img src="/radsmodellen/assets/logo.png" srcset="/radsmodellen/assets/logo.png 1x, assets/logo.png 2x">
                <a href="mailto:postmottak@helsedir.no">mail</a> <a href="tel:+4722334455">tel</a>
                <a href="data:text/plain,x">data</a> <span id="top-id"></span>
                """,
            "strategiradet/index.html": "<h2 id=\"moter\">Møter</h2><a href=\"../\">up</a> <a href=\"./#moter\">here</a>",
        ], other: ["assets/logo.png", "strategiradet/2026-06-11/vedlegg/sæk.pdf"])
        #expect(result.problems == [])
        #expect(result.externalLinks == [])
        #expect(result.pageCount == 2)
        #expect(result.linkCount == 18)
    }

    @Test("each kind of fault is found, named and placed on its page and line")
    func faults() throws {
        let result = Self.check([
            "index.html": """
                <a href="/radsmodellen/nowhere/">missing page</a>
                <a href="/radsmodellen/strategiradet/#nope">missing anchor</a>
                <a href="/radsmodellen/strategiradet/2026-06-11/vedlegg/gone.pdf">missing vedlegg</a>
                <a href="/elsewhere/">outside base</a>
                <a href="../../../etc/">climbs out</a>
                <a href="mailto:nobody">bad mail</a>
                <a href="tel:12345678">bad tel</a>
                <a href="htps://x.no/">typo</a>
                <a href="https://www.helsedirektoratet.no/a#b">external</a>
                """,
            "strategiradet/index.html": "<h2 id=\"moter\">Møter</h2>",
        ])
        let found = result.problems.map { "\($0.file):\($0.line) \($0.kind.rawValue)" }
        #expect(found == ["index.html:2 missing-page", "index.html:3 missing-anchor", "index.html:4 missing-vedlegg",
                          "index.html:5 outside-base-path", "index.html:6 outside-base-path", "index.html:7 bad-mailto",
                          "index.html:8 bad-tel", "index.html:9 unknown-scheme"])
        #expect(result.problems.allSatisfy { !$0.fromContent && $0.pages == ["index.html"] })
        #expect(result.problems[1].message.en == "/radsmodellen/strategiradet/ has no element with id \"nope\"")
        #expect(result.problems[4].message.en == "/etc/ is outside the site's base path /radsmodellen/")
        #expect(result.externalLinks.map(\.url) == ["https://www.helsedirektoratet.no/a"])
    }

    @Test("a link from content is reported once at its content line, with every page it is on")
    func origins() {
        let vedtak = Location(path: "content/strategiradet/2026-06-11/13-26.md", line: 9)
        let origin = [(destination: "/radsmodellen/gone/", location: vedtak)]
        let link = "<a href=\"/radsmodellen/gone/\">x</a> <a href=\"/radsmodellen/gone/\">again</a>"
        let result = Self.check(["a/index.html": link, "b/index.html": link, "c/index.html": link],
                                origins: ["a/index.html": origin, "b/index.html": origin])
        #expect(result.problems.map { "\($0.file):\($0.line) \($0.fromContent) \($0.pages)" } == [
            "c/index.html:2 false [\"c/index.html\"]",
            "content/strategiradet/2026-06-11/13-26.md:9 true [\"a/index.html\", \"b/index.html\"]",
        ])
    }

    @Test("origins match links whatever percent-encoding cmark gave them")
    func percentEncoding() {
        let location = Location(path: "content/x.md", line: 3)
        let result = Self.check(["index.html": "<a href=\"/radsmodellen/s%C3%A6k%20ny/\">x</a>"],
                                origins: ["index.html": [(destination: "/radsmodellen/sæk ny/", location: location)]])
        #expect(result.problems.map(\.location) == [location])
        #expect(result.problems.first?.message.en == "/radsmodellen/sæk ny/ is not in the site")
    }

    @Test("a <base href> changes what relative links mean")
    func base() {
        let result = Self.check(["a/b/index.html": "<base href=\"/radsmodellen/\"><a href=\"a/b/\">ok</a> <a href=\"b/\">missing</a>"])
        #expect(result.problems.map(\.url) == ["b/"])
    }

    @Test("links in a sitemap are checked, and a broken feed is reported")
    func feeds() {
        let site = BuiltSite(files: [
            .init(path: "index.html", contents: .text(Self.page(""))),
            .init(path: "sitemap.xml", contents: .text("""
                <urlset><url><loc>https://example.org/radsmodellen/</loc></url>
                <url><loc>https://example.org/radsmodellen/gone/</loc></url></urlset>
                """)),
            .init(path: "feed.xml", contents: .text("<feed><entry></feed>")),
        ])
        let result = LinkChecker(baseURL: "https://example.org/radsmodellen/").check(site)
        #expect(result.problems.map { "\($0.file):\($0.line) \($0.kind.rawValue)" } == ["feed.xml:0 malformed-xml",
                                                                                       "sitemap.xml:2 missing-page"])
    }

    @Test("a site at the root takes any absolute path")
    func root() {
        let result = Self.check(["index.html": "<a href=\"/a/\">a</a> <a href=\"/b/\">b</a>", "a/index.html": ""], baseURL: "/")
        #expect(result.problems.map(\.url) == ["/b/"])
    }
}
