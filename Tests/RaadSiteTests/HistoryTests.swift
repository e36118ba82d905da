import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

@Suite("Decision history across utvalg")
struct HistoryTests {
    /// Three saker citing each other in a chain: 16/26 -> 15/25 -> 3/24 (all on the site), plus an inline record.
    static let chain = """
        -- content/e-helserad/2024-03-01/_index.md --
        ---
        dato: 2024-03-01
        ---
        -- content/e-helserad/2024-03-01/03-24.md --
        ---
        sak: 3/24
        tittel: Første behandling
        emner: [prismodell]
        vedtak: Rådet tok saken til orientering.
        ---
        -- content/e-helserad/2025-06-12/15-25.md --
        ---
        sak: 15/25
        tittel: Anbefaling til justert prismodell 2026
        sakstype: Drøfting
        emner: [Prismodell]
        forslag_til_vedtak: Nasjonalt e-helseråd drøftet foreslåtte prismodeller og ba NHN ta med innspill.
        vedtak: Nasjonalt e-helseråd drøftet foreslåtte prismodeller og ga sin tilslutning.
        tidligere_behandlinger:
          - sak: 3/24
        ---
        """

    @Test("a chain of three is reachable both ways")
    func chainOfThree() throws {
        let (output, _) = try buildMini(extra: Self.chain)
        let middle = try output.html("e-helserad/2025-06-12/15-25/index.html")
        #expect(middle.contains("<a href=\"/radsmodellen/e-helserad/2024-03-01/03-24/\">3/24</a>"))
        #expect(middle.contains("<a href=\"/radsmodellen/strategiradet/2026-06-11/16-26/\">Sak 16/26 Anbefaling til justert prismodell 2027</a>"))
        let first = try output.html("e-helserad/2024-03-01/03-24/index.html")
        #expect(first.contains("Senere behandlinger"))
        #expect(first.contains("/radsmodellen/e-helserad/2025-06-12/15-25/"))
        let last = try output.html("strategiradet/2026-06-11/16-26/index.html")
        #expect(last.contains("/radsmodellen/e-helserad/2025-06-12/15-25/"))
        #expect(!last.contains("Senere behandlinger"))
    }

    @Test("the cited sak's vedtak is shown, read from that sak")
    func vedtakFromSource() throws {
        let (output, _) = try buildMini(extra: Self.chain)
        let html = try output.html("strategiradet/2026-06-11/16-26/index.html")
        #expect(html.contains("<td class=\"prose\"><p>Nasjonalt e-helseråd drøftet foreslåtte prismodeller og ga sin tilslutning.</p>"))
        #expect(html.contains("<td>12/24</td>"))
    }

    @Test("a changed vedtak is marked oppdatert and the change shown word by word")
    func changedVedtak() throws {
        let (output, _) = try buildMini(extra: Self.chain)
        let html = try output.html("e-helserad/2025-06-12/15-25/index.html")
        #expect(html.contains("<h2 id=\"vedtak\">Vedtak – oppdatert</h2>"))
        #expect(html.contains("<del><span class=\"visually-hidden\">[fjernet: </span>ba NHN ta med innspill.<span class=\"visually-hidden\">]</span></del>"))
        #expect(html.contains("<ins><span class=\"visually-hidden\">[lagt til: </span>ga sin tilslutning.<span class=\"visually-hidden\">]</span></ins>"))
        let unchanged = try output.html("strategiradet/2026-03-26/01-26/index.html")
        #expect(unchanged.contains("<h2 id=\"vedtak\">Vedtak</h2>"))
        #expect(!unchanged.contains("Endringer fra forslag"))
    }

    @Test("an emne gathers its saker across utvalg, newest first, whatever the case it is written in")
    func emner() throws {
        let (output, _) = try buildMini(extra: Self.chain)
        let html = try output.html("emner/prismodell/index.html")
        let newer = try #require(html.range(of: "Sak 15/25"))
        let older = try #require(html.range(of: "Sak 3/24"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(try output.html("emner/index.html").contains("2 saker"))
        #expect(try output.html("e-helserad/2024-03-01/03-24/index.html").contains("href=\"/radsmodellen/emner/prismodell/\""))
    }

    @Test("no emner, no emne pages")
    func noEmner() throws {
        let (output, _) = try buildMini()
        #expect(output.file("emner/index.html") == nil)
    }

    @Test("a reference to a missing sak suggests the closest one")
    func missingReference() throws {
        let content = try TemporaryContent(MiniContent.files + "\n" + Self.chain)
        try content.write("content/strategiradet/2026-03-26/02-26.md",
                          "---\nsak: 2/26\ntittel: T\ntidligere_behandlinger:\n  - sak: e-helserad 16/25\n---\n")
        let diagnostics = ContentLoader(root: content.path("content")).load().diagnostics
        let missing = try #require(diagnostics.first { $0.message.en == "sak e-helserad 16/25 is not on this site" })
        #expect(missing.location.line == 5)
        #expect(missing.hint?.en.hasPrefix("did you mean `e-helserad 15/25` (“") == true, "\(String(describing: missing.hint))")
    }
}
