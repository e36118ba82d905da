import Foundation
import Hummingbird
import Testing
import RaadContent
import RaadTestSupport
import RaadMessages
@testable import RaadServe

/// The preview's routes and middleware, in process, on a small built folder.
@Suite("Serving the preview")
struct RouterTests {
    static let site = """
        -- site/index.html --
        <html><body><h1>Forside</h1></body></html>
        -- site/404.html --
        <html><body><h1>Fant ikke siden</h1></body></html>
        -- site/strategiradet/index.html --
        <html><body><h1>Strategirådet</h1></body></html>
        -- site/assets/style.css --
        body { color: black; }
        -- site/vedlegg/dok.pdf --
        %PDF-1.4
        -- Package.swift --
        hemmelig
        """

    func withSession(_ status: PreviewState.Status = .ready, allowedHosts: [String] = [], log: @escaping @Sendable (String) -> Void = { _ in },
                     _ body: (RouterClient) async throws -> Void) async throws {
        let folder = try TemporaryContent(Self.site)
        try FileManager.default.createSymbolicLink(atPath: folder.path("site/lenke.txt"), withDestinationPath: "../Package.swift")
        let session = PreviewSession(.init(output: folder.path("site"), allowedHosts: allowedHosts, port: 1313, log: log))
        session.state.set(status)
        try await body(RouterClient(session.router()))
        withExtendedLifetime(folder) {}
    }

    @Test("under a base path: / redirects to it, its pages are served, other paths are the 404, serve's own stay")
    func basePath() async throws {
        let folder = try TemporaryContent(Self.site)
        let session = PreviewSession(.init(output: folder.path("site"), port: 1313, baseURL: "https://example.org/radsmodellen/"))
        session.state.set(.ready)
        let client = RouterClient(session.router())
        let root = try await client.get("/")
        #expect(root.status == .found)
        #expect(root.headers[.location] == "/radsmodellen/")
        #expect(try await client.get("/radsmodellen").headers[.location] == "/radsmodellen/")
        let page = try await client.get("/radsmodellen/strategiradet/")
        #expect(page.status == .ok)
        #expect(page.body.contains("<h1>Strategirådet</h1>"))
        #expect(try await client.get("/radsmodellen/vedlegg/dok.pdf?v=1").status == .ok)
        let outside = try await client.get("/strategiradet/")
        #expect(outside.status == .notFound)
        #expect(outside.body.contains("Fant ikke siden"))
        #expect(try await client.get("/radsmodellen/../Package.swift").status == .badRequest)
        let script = try await client.get(ReloadScript.path)
        #expect(script.status == .ok)
        #expect(script.body.contains("var base = \"/radsmodellen/\";"))
        #expect(try await client.get("/radsmodellen/strategiradet/", authority: "evil.example:1313").status == .forbidden)
        withExtendedLifetime(folder) {}
    }

    @Test("an HTML page is served with the reload script; the file on disk is not changed")
    func injects() async throws {
        try await withSession { client in
            let response = try await client.get("/strategiradet/")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let body = response.body
            #expect(body == "<html><body><h1>Strategirådet</h1>\(ReloadScript.tag)</body></html>\n")
            #expect(response.headers[.contentLength] == String(body.utf8.count))
        }
    }

    @Test("files get their content types and no script", arguments: [
        ("/assets/style.css", "text/css; charset=utf-8"), ("/vedlegg/dok.pdf", "application/pdf"),
        ("/_raad/reload.js", "text/javascript; charset=utf-8"),
    ])
    func contentTypes(path: String, type: String) async throws {
        try await withSession { client in
            let response = try await client.get(path)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == type)
            #expect(!response.body.contains("<script"))
        }
    }

    @Test("a missing page gets the site's 404 page, with the script")
    func notFound() async throws {
        try await withSession { client in
            let response = try await client.get("/finnes/ikke/")
            #expect(response.status == .notFound)
            #expect(response.body.contains("<h1>Fant ikke siden</h1>\(ReloadScript.tag)"))
        }
    }

    /// Hummingbird's file middleware refuses a plain `..` itself; the guard also stops what it lets through.
    @Test("paths out of the site are refused", arguments: ["/../Package.swift", "/%2e%2e/Package.swift",
                                                           "/assets/..%2f..%2fPackage.swift", "/%252e%252e/Package.swift",
                                                           "/lenke.txt"])
    func traversal(path: String) async throws {
        try await withSession { client in
            let response = try await client.get(path)
            #expect(response.status == .badRequest)
            #expect(!response.body.contains("hemmelig"))
        }
    }

    @Test("while the build fails, pages show the errors with file and line, and files are still served")
    func errorOverlay() async throws {
        let page = ErrorPage(diagnostics: [.error(SourceLocation(path: "content/a/2026-06-11/16-26.md", line: 4, column: 1),
                                                  .unknownKey("vedtk", in: .aSak), hint: .didYouMean("vedtak"))],
                             failure: nil)
        try await withSession(.failed(page)) { client in
            let response = try await client.get("/strategiradet/")
            #expect(response.status == .internalServerError)
            let body = response.body
            #expect(body.contains("<code>content/a/2026-06-11/16-26.md:4:1</code>: ukjent nøkkel <code>vedtk</code> i en sak"))
            #expect(body.contains("Tips: mente du <code>vedtak</code>?"))
            #expect(body.contains("<html lang=\"nb\">"))
            let english = ErrorPage(diagnostics: page.diagnostics, failure: nil, language: .en).html
            #expect(english.contains("unknown key <code>vedtk</code> in a sak"))
            #expect(english.contains("Hint: did you mean <code>vedtak</code>?"))
            #expect(english.contains("<html lang=\"en\">"))
            #expect(body.contains(ReloadScript.tag))
            #expect(try await client.get("/assets/style.css").status == .ok)
        }
    }

    @Test("the error page escapes a quote even when a combining mark follows it")
    func errorPageQuoteWithMark() {
        let page = ErrorPage(diagnostics: [.error(SourceLocation(path: "content/_index.md", line: 2),
                                                  Message(verbatim: "Kvote\"\u{301} x"), hint: Message(verbatim: "<b>\"\u{301}"))],
                             failure: "Kvote\"\u{301} x")
        #expect(page.html.contains("Kvote&quot;\u{301} x"))
        #expect(page.html.contains("Tips: &lt;b&gt;&quot;\u{301}"))
        let markedQuote = "\"\u{301}"  // a literal inside #expect trips the macro
        #expect(!page.html.contains(markedQuote))
    }

    @Test("before the first build, pages say the site is being built")
    func building() async throws {
        try await withSession(.building) { client in
            let response = try await client.get("/")
            #expect(response.status == .serviceUnavailable)
            #expect(response.body.contains("Bygger nettstedet"))
        }
    }

    @Test("what counts as a page", arguments: [("/", true), ("/a/", true), ("/a/b.html", true), ("/a/b", true),
                                                ("/assets/style.css", false), ("/_raad/reload.js", false), ("/_raad/events", false)])
    func pages(path: String, isPage: Bool) {
        #expect(ErrorOverlay<BasicRequestContext>.isPage(path) == isPage)
    }
}

@Suite("Which hosts are private")
struct HostTests {
    @Test("loopback addresses need no warning", arguments: [("127.0.0.1", true), ("localhost", true), ("::1", true),
                                                            ("127.0.1.1", true), ("0.0.0.0", false), ("192.168.1.5", false), ("::", false)])
    func loopback(host: String, isLoopback: Bool) {
        #expect(PreviewServer.isLoopback(host) == isLoopback)
    }
}
