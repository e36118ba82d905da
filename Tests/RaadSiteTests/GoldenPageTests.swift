import Testing
import RaadTestSupport
@testable import RaadSite

/// Whole pages of the mini archive against reviewed golden files (`RAAD_UPDATE_GOLDEN=1 swift test` rewrites).
@Suite("Rendered pages match their golden files")
struct GoldenPageTests {
    @Test("each kind of page", arguments: [
        ("index.html", "forside.html"),
        ("strategiradet/index.html", "utvalg.html"),
        ("strategiradet/2026-06-11/index.html", "mote-innkalling.html"),
        ("strategiradet/2026-03-26/index.html", "mote-referat.html"),
        ("strategiradet/2026-06-11/16-26/index.html", "sak.html"),
        ("strategiradet/2026-06-11/dagsaktuelt/index.html", "sak-apen.html"),
        ("404.html", "404.html"),
        ("sok/index.html", "sok.html"),
    ])
    func page(path: String, golden: String) throws {
        let (output, _) = try buildMini()
        assertGolden(try output.html(path), golden)
    }
}
