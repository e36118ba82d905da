import Testing
import RaadTestSupport
@testable import RaadSite

/// The two ends of the prismodell chain in the real content, as readers see them.
@Suite("Real pages match their golden files")
struct RealPageGoldenTests {
    @Test("sak 16/26 and sak 15/25", arguments: [
        ("strategiradet/2026-06-11/16-26/index.html", "real-16-26.html"),
        ("nasjonalt-e-helserad/2025-06-12/15-25/index.html", "real-15-25.html"),
    ])
    func page(path: String, golden: String) throws {
        assertGolden(try RealSiteTests.build().html(path), golden)
    }
}
