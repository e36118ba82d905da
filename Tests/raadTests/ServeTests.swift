import Foundation
import Testing
import RaadTestSupport

/// `raad serve` end to end: the built binary on a copy of the mini archive, over real HTTP.
@Suite("raad serve, end to end", .serialized)
struct ServeTests {
    static let sak = "content/e-helserad/2025-06-12/15-25.md"
    /// The mini content's base path: serve serves the site under it, as production does.
    static let base = "/radsmodellen"
    static let page = base + "/e-helserad/2025-06-12/15-25/"

    @Test("an edit reaches the browser within a second; a broken file shows its error; the fix brings the page back")
    func editLoop() throws {
        let project = try CLI().project()
        let server = try ServeProcess(in: project.root)
        defer { server.stop() }

        let first = try server.get(Self.page)
        #expect(first.status == 200)
        let stylesheet = try server.stylesheet(Self.base)
        #expect(first.body.contains("Nasjonalt e-helseråd drøftet foreslåtte prismodeller."))
        #expect(first.body.contains("<script src=\"/_raad/reload.js\" defer></script></body>"))

        let events = try RawHTTP(port: server.port, path: "/_raad/events", keepOpen: true)
        #expect(try events.lines(upTo: ": connected", within: 5) != nil)

        // A new vedtak: the reload event names the page within a second of the save.
        let original = try project.read(Self.sak)
        let saved = Date()
        try project.write(Self.sak, original.replacingOccurrences(of: "drøftet foreslåtte prismodeller", with: "vedtok ny prismodell"))
        let reload = try events.lines(upTo: "e-helserad/2025-06-12/15-25/index.html", within: 1)
        let elapsed = Date().timeIntervalSince(saved)
        #expect(reload != nil, "no reload event within a second; server said: \(server.output)")
        #expect(elapsed < 1)
        let second = try server.get(Self.page)
        #expect(second.body.contains("Nasjonalt e-helseråd vedtok ny prismodell."))
        // The sak page came first; the rebuild of the rest follows with its own event, which names the møte
        // page but does not reload every tab (and so the sak page a second time) for the feed or search index.
        let rest = try events.lines(upTo: "e-helserad/2025-06-12/index.html", within: 5)
        #expect(rest != nil)
        #expect(rest?.contains { $0.contains("feed.xml") } == true)
        #expect(rest?.contains { $0.contains("\"all\":true") } == false)

        // Broken YAML: every page shows the error, with file and line, and the reload script.
        try project.write(Self.sak, "---\nsak: 15/25\ntittel: [uavsluttet\n---\n")
        #expect(try events.lines(upTo: "\"all\":true", within: 5) != nil)
        let broken = try server.get(Self.page)
        #expect(broken.status == 500)
        #expect(broken.body.contains("<code>content/e-helserad/2025-06-12/15-25.md:3:9</code>: ugyldig YAML"))
        #expect(broken.body.contains("/_raad/reload.js"))
        #expect(try server.get(Self.base + "/").status == 500)
        #expect(try server.get(stylesheet).status == 200)

        // Fixed: the real page is back, and the browser was told.
        try project.write(Self.sak, original.replacingOccurrences(of: "drøftet foreslåtte prismodeller", with: "vedtok rettet prismodell"))
        #expect(try events.lines(upTo: "\"all\":true", within: 5) != nil)
        let fixed = try server.get(Self.page)
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("Nasjonalt e-helseråd vedtok rettet prismodell."))
        #expect(server.output.contains("15-25.md: sakssiden på"))
        #expect(server.output.contains("15-25.md: bygget om på"))
        #expect(server.output.contains("15-25.md:3:9: feil: ugyldig YAML"))
    }

    @Test("paths out of the site are refused, plain or encoded", arguments: [
        "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2E%2E/Package.swift", "/assets/..%2f..%2fPackage.swift",
    ].map { base + $0 })
    func traversal(path: String) throws {
        let project = try CLI().project()
        try project.write("Package.swift", "// hemmelig")
        let server = try ServeProcess(in: project.root)
        defer { server.stop() }
        let response = try server.get(path)
        #expect(response.status == 400)
        #expect(!response.body.contains("hemmelig"))
    }

    @Test("only the editor's own browser is answered: a foreign Host or Origin gets 403, an --allowed-host name is let in")
    func foreignHostsAndOrigins() throws {
        let project = try CLI().project()
        let server = try ServeProcess(in: project.root, arguments: ["--allowed-host", "preview.intern"])
        defer { server.stop() }
        let port = server.port

        // DNS rebinding: another site's name, pointed at 127.0.0.1, arrives in Host.
        for _ in 0..<3 {
            let rebound = try RawHTTP.get(port: port, path: "/", host: "evil.example:\(port)")
            #expect(rebound.status == 403)
            #expect(rebound.body.contains("raad serve --allowed-host evil.example"))
            #expect(!rebound.body.contains("Strategirådet"))
        }
        #expect(server.output.components(separatedBy: "refused a request with Host evil.example").count == 2)
        #expect(try RawHTTP.get(port: port, path: Self.base + "/", host: "preview.intern:\(port)").status == 200)
        #expect(try RawHTTP.get(port: port, path: Self.base + "/", host: "LOCALHOST.:\(port)").status == 200)

        // The event stream: another site's script is refused; the preview's own page is answered.
        let foreign = try RawHTTP.get(port: port, path: "/_raad/events", headers: ["Origin": "http://evil.example:\(port)"])
        #expect(foreign.status == 403)
        let own = try RawHTTP(port: port, path: "/_raad/events", keepOpen: true, headers: ["Origin": "http://127.0.0.1:\(port)"])
        let opened = try own.lines(upTo: ": connected", within: 5)
        #expect(opened?.first == "HTTP/1.1 200 OK")

        // Every answer: not cached, not framed, not readable by another origin.
        for response in [try server.get(Self.base + "/"), try server.get(try server.stylesheet(Self.base)), foreign] {
            #expect(response.headers["cache-control"] == "no-store")
            #expect(response.headers["x-frame-options"] == "DENY")
            #expect(response.headers["content-security-policy"] == "frame-ancestors 'none'")
            #expect(!response.headers.keys.contains { $0.hasPrefix("access-control-") })
        }
    }

    @Test("the site's 404 page, content types, and a clean stop that removes the build folder")
    func servesAndStops() throws {
        let project = try CLI().project()
        let server = try ServeProcess(in: project.root)
        let missing = try server.get(Self.base + "/finnes/ikke/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Fant ikke siden"))
        #expect(try server.get(try server.stylesheet(Self.base)).headers["content-type"] == "text/css; charset=utf-8")
        #expect(try server.get(Self.base + "/strategiradet/2026-06-11/vedlegg/saksdokument.pdf").headers["content-type"] == "application/pdf")
        let folder = server.output.firstMatch(of: /bygges i (\/[^\s)]+)\)/).map { String($0.1) }
        #expect(folder.map { FileManager.default.fileExists(atPath: $0) } == true)
        let events = try RawHTTP(port: server.port, path: "/_raad/events", keepOpen: true)
        #expect(try events.lines(upTo: ": connected", within: 5) != nil)
        // An open event stream must not keep the server from stopping.
        #expect(server.stop() == 0)
        #expect(folder.map { FileManager.default.fileExists(atPath: $0) } == false)
        // serve never writes into site/, where raad build puts what is published.
        #expect(!FileManager.default.fileExists(atPath: project.path("site")))
    }
}
