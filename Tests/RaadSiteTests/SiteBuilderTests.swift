import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

@Suite("Building the site")
struct SiteBuilderTests {
    @Test("every page, the vedlegg files and the theme's assets are in the output")
    func tree() throws {
        let (output, _) = try buildMini()
        let files = output.files.map(\.path).filter { !$0.hasPrefix("sok/indeks/") }
        let assets = files.filter { $0.hasPrefix("assets/") }
        #expect(assets.allSatisfy { $0.contains(/\.[0-9a-f]{16}\.(css|js)$/) }, "named by their bytes: \(assets)")
        let paths = Set(files.map { $0.replacing(/\.[0-9a-f]{16}\./, with: ".") })
        #expect(paths == [
            "index.html", "404.html", "sok/index.html", "assets/style.css", "assets/sok.js", "assets/sok-norsk.js", "assets/sok-indeks.js",
            "strategiradet/index.html", "e-helserad/index.html",
            "e-helserad/2025-06-12/index.html", "e-helserad/2025-06-12/15-25/index.html",
            "strategiradet/2026-03-26/index.html", "strategiradet/2026-03-26/01-26/index.html",
            "strategiradet/2026-06-11/index.html", "strategiradet/2026-06-11/13-26/index.html",
            "strategiradet/2026-06-11/dagsaktuelt/index.html", "strategiradet/2026-06-11/16-26/index.html",
            "strategiradet/2026-06-11/vedlegg/saksdokument.pdf",
            "e-helserad/2025-06-12/saksdokumenter/index.html", "strategiradet/2026-03-26/saksdokumenter/index.html",
            "strategiradet/2026-06-11/saksdokumenter/index.html",
            "feed.xml", "moter.ics", "sitemap.xml", "robots.txt",
        ])
    }

    @Test("the loader refuses utvalg folders named like every folder the site writes beside them")
    func reservedFolders() throws {
        let (output, _) = try buildMini()
        let topFolders = Set(output.files.map(\.path).compactMap { path in
            path.split(separator: "/").count > 1 ? String(path.split(separator: "/")[0]) : nil
        })
        let utvalg = ["strategiradet", "e-helserad"]
        // The mini archive has no emner, so its site has no emner/ folder; the check below names it.
        #expect(topFolders.subtracting(utvalg).isSubset(of: ContentLoader.reservedSlugs))
        #expect(topFolders.contains("sok") && topFolders.contains("assets"))
        #expect(ContentLoader.reservedSlugs.contains(String(SitePaths.searchFolder.dropLast())))
        #expect(ContentLoader.reservedSlugs.contains(String(ViewFactory.emneFolder.dropLast())))
    }

    @Test("links live under the base URL's path, so the site can sit in a sub-folder")
    func basePath() throws {
        let (output, _) = try buildMini()
        let sak = try output.html("strategiradet/2026-06-11/16-26/index.html")
        #expect(sak.contains(/href="\/radsmodellen\/assets\/style\.[0-9a-f]{16}\.css"/))
        #expect(sak.contains("href=\"/radsmodellen/strategiradet/2026-06-11/\""))
        #expect(sak.contains("href=\"/radsmodellen/strategiradet/2026-06-11/vedlegg/saksdokument.pdf\""))
        let (root, _) = try buildMini(baseURL: "http://127.0.0.1:1313")
        #expect(try root.html("404.html").contains(/href="\/assets\/style\.[0-9a-f]{16}\.css"/))
    }

    @Test("the agenda merges saker and breaks by time")
    func agendaOrder() throws {
        let (output, _) = try buildMini()
        let html = try output.html("strategiradet/2026-06-11/index.html")
        let order = ["Godkjenning av referat", "Dagsaktuelt</a>", "Lunsj", "Anbefaling til justert prismodell 2027", "Slutt"]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("the decision history shows a referenced sak's own vedtak, newest first")
    func tidligere() throws {
        let (output, _) = try buildMini()
        let html = try output.html("strategiradet/2026-06-11/16-26/index.html")
        let referenced = try #require(html.range(of: "Nasjonalt e-helseråd drøftet foreslåtte prismodeller."))
        let record = try #require(html.range(of: "Nasjonalt e-helseråd drøftet prinsippene."))
        #expect(referenced.lowerBound < record.lowerBound)
        #expect(html.contains("<a href=\"/radsmodellen/e-helserad/2025-06-12/15-25/\">15/25</a>"))
    }

    @Test("a møte's referat awaiting approval says so; the proposal is not the decision")
    func approvalPending() throws {
        let (output, _) = try buildMini()
        let html = try output.html("strategiradet/2026-03-26/index.html")
        #expect(html.contains("Referatet legges fram til godkjenning i <a href=\"/radsmodellen/strategiradet/2026-06-11/13-26/\">sak 13/26</a>, møte 11. juni 2026."))
        #expect(html.contains("<p class=\"status-badge\">Referat</p>"))
    }

    @Test("a møte whose referat was approved says where")
    func approvalDone() throws {
        let (output, _) = try buildMini(extra: """
            -- content/strategiradet/2026-06-11/13-26.md --
            ---
            sak: 13/26
            tittel: Godkjenning av referat
            sakstype: Godkjenning
            vedtak: Strategirådet godkjenner referatet.
            godkjenner_referat: strategiradet 2026-03-26
            ---
            """)
        let html = try output.html("strategiradet/2026-03-26/index.html")
        #expect(html.contains("Referatet ble godkjent i"))
        #expect(html.contains("<p class=\"status-badge\">Referat godkjent</p>"))
    }

    @Test("markup in titles and names comes out inert")
    func inertMarkup() throws {
        let (output, _) = try buildMini(extra: """
            -- content/strategiradet/2026-06-11/17-26.md --
            ---
            sak: 17/26
            tittel: "<script>alert(1)</script>"
            sakseier: "\\"><img src=x onerror=alert(1)>"
            vedlegg:
              - tittel: "<b>fet</b>"
            ---
            """)
        let html = try output.html("strategiradet/2026-06-11/17-26/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;fet&lt;/b&gt;"))
    }
}

@Suite("Norwegian formatting")
struct NorwegianFormatTests {
    @Test("dates, times and sizes as Språkrådet writes them")
    func formats() {
        #expect(NorwegianFormat.date(Dato(year: 2026, month: 6, day: 11)) == "11. juni 2026")
        #expect(NorwegianFormat.timeSpan("10:00–16:00") == "kl. 10.00–16.00")
        #expect(NorwegianFormat.timeSpan("10.00 - 16.00") == "kl. 10.00–16.00")
        #expect(NorwegianFormat.timeSpan("etter lunsj") == "etter lunsj")
        #expect(NorwegianFormat.fileSize(1_234_567) == "1,2 MB")
        #expect(NorwegianFormat.fileSize(14_000) == "14 kB")
        #expect(NorwegianFormat.fileType("vedlegg/a.DOCX") == "Word")
    }

    @Test("base paths are cut from any base URL")
    func basePaths() {
        #expect(SitePaths.basePath(of: "https://example.org/radsmodellen") == "/radsmodellen/")
        #expect(SitePaths.basePath(of: "https://example.org") == "/")
        #expect(SitePaths.basePath(of: "/") == "/")
        #expect(SitePaths.basePath(of: "/a/b/") == "/a/b/")
    }
}
