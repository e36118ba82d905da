import Hummingbird
import NIOConcurrencyHelpers
import Testing
@testable import RaadServe

/// Only the editor's own browser reads the preview: foreign `Host` and `Origin` headers get 403, and every
/// answer forbids caching, framing and cross-origin reading.
@Suite("Keeping other websites out of the preview")
struct AccessGuardTests {
    let router = RouterTests()

    @Test("a foreign Host gets a Norwegian 403 that names the option, and is logged once")
    func foreignHost() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await router.withSession(log: { line in lines.withLockedValue { $0.append(line) } }) { client in
            // Not /_raad/events: answered, its stream would never end (the end-to-end test reads it with a deadline).
            for path in ["/", "/strategiradet/", "/assets/style.css", "/_raad/reload.js"] {
                let response = try await client.get(path, authority: "evil.example:1313")
                #expect(response.status == .forbidden)
                #expect(!response.body.contains("Strategirådet"))
                #expect(response.body.contains("<code>raad serve --allowed-host evil.example</code> for å slippe inn evil.example"))
            }
            #expect(try await client.get("/", authority: "other.example:1313").status == .forbidden)
        }
        let logged = lines.withLockedValue { $0 }
        #expect(logged.count == 2)
        #expect(logged.first?.contains("refused a request with Host evil.example:1313") == true)
    }

    @Test("a request without a Host, or on another port, is refused", arguments: [nil, "localhost:1314", "localhost"] as [String?])
    func noHost(authority: String?) async throws {
        try await router.withSession { client in
            let response = try await client.get("/", authority: authority)
            #expect(response.status == .forbidden)
            #expect(response.body.contains("Forhåndsvisningen svarer bare på adressen den lytter på"))
        }
    }

    @Test("the loopback names are answered, and an --allowed-host name", arguments: [
        "localhost:1313", "127.0.0.1:1313", "[::1]:1313", "LOCALHOST:1313", "localhost.:1313", "preview.intern:1313",
    ])
    func allowedHost(authority: String) async throws {
        try await router.withSession(allowedHosts: ["preview.intern"]) { client in
            let response = try await client.get("/strategiradet/", authority: authority)
            #expect(response.status == .ok)
            #expect(response.body.contains("Strategirådet"))
        }
    }

    @Test("a foreign Origin is refused on the preview's own paths and on pages; the server's own is answered")
    func origins() async throws {
        try await router.withSession { client in
            for path in ["/_raad/reload.js", "/strategiradet/"] {
                let foreign = try await client.get(path, headers: [.origin: "http://evil.example:1313"])
                #expect(foreign.status == .forbidden)
                #expect(foreign.body.contains("ikke på <code>http://evil.example:1313</code>"))
            }
            #expect(try await client.get("/_raad/reload.js", headers: [.origin: "null"]).status == .forbidden)
            #expect(try await client.get("/_raad/reload.js", headers: [.origin: "http://localhost:1313"]).status == .ok)
            #expect(try await client.get("/_raad/reload.js", headers: [.origin: "http://127.0.0.1:1313"]).status == .ok)
            #expect(try await client.get("/_raad/reload.js").status == .ok)
        }
    }

    @Test("every answer is no-store, not to be framed, and has no CORS header", arguments: [
        ("/strategiradet/", "localhost:1313"), ("/assets/style.css", "localhost:1313"), ("/finnes/ikke/", "localhost:1313"),
        ("/../Package.swift", "localhost:1313"), ("/_raad/reload.js", "localhost:1313"), ("/", "evil.example:1313"),
    ])
    func headers(path: String, authority: String) async throws {
        try await router.withSession { client in
            let response = try await client.get(path, authority: authority, headers: [.origin: "http://localhost:1313"])
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers.first { $0.name.canonicalName == "x-frame-options" }?.value == "DENY")
            #expect(response.headers[.contentSecurityPolicy] == "frame-ancestors 'none'")
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(!response.headers.contains { $0.name.canonicalName.hasPrefix("access-control-") })
        }
    }

    @Test("a CORS header set inside is taken out")
    func stripsCORS() {
        let inner = Response(status: .ok, headers: [.accessControlAllowOrigin: "*", .cacheControl: "max-age=60"])
        let hardened = AccessGuard<BasicRequestContext>.hardened(inner)
        #expect(hardened.headers[.accessControlAllowOrigin] == nil)
        #expect(hardened.headers[.cacheControl] == "no-store")
    }
}
