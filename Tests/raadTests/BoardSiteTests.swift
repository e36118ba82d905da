import Foundation
import RaadTestSupport
import Testing

/// The example board in `Tests/Fixtures/board-site`: another kind of body than the national councils, built
/// through the `raad` binary, its pages held to golden files, and its closed sak held to publishing nothing.
@Suite("Another kind of body: the example board", .serialized)
struct BoardSiteTests {
    static let fixture = Repository.fixture("board-site")
    static let mote = "styret/2016-03-10/"
    static let closed = "content/styret/2016-03-10/23-2016.md"

    /// The board's content as a project of its own, to be changed without touching the fixture.
    func project() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try FileManager.default.copyItem(atPath: Self.fixture + "/content", toPath: folder.path("content"))
        return folder
    }

    func build(_ project: TemporaryContent, _ extra: [String] = []) throws -> (CLI.Run, String) {
        let output = project.path("site")
        let run = try CLI().raad(["build", "--strict", "--base-url", "https://example.org/styret/", "--output", output] + extra,
                                 in: project.root)
        return (run, output)
    }

    @Test("its pages say what a board's papers say, as golden files")
    func goldenPages() throws {
        let project = try project()
        let (run, site) = try build(project)
        #expect(run.status == 0, "\(run.stderr)")
        for (page, golden) in [(Self.mote, "board/mote-2016-03-10.html"), (Self.mote + "22-2016-b/", "board/sak-22-2016-b.html"),
                               (Self.mote + "21-2016/", "board/sak-21-2016.html"), (Self.mote + "19-2016/", "board/sak-19-2016.html"),
                               ("styret/2016-04-21/24-2016/", "board/sak-24-2016.html"), ("styret/", "board/utvalg.html")] {
            assertGolden(try String(contentsOfFile: site + "/" + page + "index.html", encoding: .utf8), golden)
        }
        assertGolden(try String(contentsOfFile: site + "/moter.ics", encoding: .utf8), "board/moter.ics")
    }

    @Test("what each page says: numbers as written, renamed labels, roles, a two-day møte, the closed sak's line")
    func whatPagesSay() throws {
        let project = try project()
        let (run, site) = try build(project)
        #expect(run.status == 0, "\(run.stderr)")
        let mote = try Self.text(of: site + "/" + Self.mote + "index.html")
        #expect(mote.contains("Dato 10.–11. mars 2016"), "\(mote)")
        #expect(mote.contains("Forfall Solveig Aasheim Brekke"))
        #expect(mote.contains("Observatører Ingrid Hålien Vatne, Helse Vest RHF"), "the role the heading gives is not repeated")
        #expect(mote.contains("Tor Erik Øvrebø, Møteleder"))
        let utvalg = try Self.text(of: site + "/styret/index.html")
        #expect(utvalg.contains("Solveig Aasheim Brekke, Leder"), "\(utvalg)")
        #expect(utvalg.contains("10.–11. mars 2016"), "a two-day møte in the list")
        let innkallingMote = try Self.text(of: site + "/styret/2016-04-21/index.html")
        #expect(innkallingMote.contains("Saker og innstilling"), "\(innkallingMote)")
        let approving = try Self.text(of: site + "/styret/2016-04-21/25-2016/index.html")
        #expect(approving.contains("Saken gjelder referatet fra møte 2/2016, Styret, 10. mars 2016."), "\(approving)")
        #expect(mote.contains("14.30 23/2016 Personalsak Unntatt offentlighet: Offl. § 13 jf. fvl. § 13"), "\(mote)")
        #expect(mote.contains("Presentasjon av byggeprosjektet 10.15 19/2016"), "the item with rekkefolge: 1 opens the agenda")
        #expect(mote.contains("Godkjenning og signering av protokoll Omvisning på nytt sengebygg"), "rows without a time end it")
        #expect(mote.contains("11.15 21/2016 Finansiering av nytt sengebygg – lån og egenfinansiering Orienteringssak 12.00 Lunsj 13.00 22/2016 B"))
        let sak = try Self.text(of: site + "/" + Self.mote + "22-2016-b/index.html")
        #expect(sak.contains("Saksnummer 22/2016 B"))
        let innkalling = try Self.text(of: site + "/styret/2016-04-21/24-2016/index.html")
        #expect(innkalling.contains("Innstilling"), "\(innkalling)")
        #expect(!innkalling.contains("Forslag til vedtak"))
        #expect(innkalling.contains("Tidligere behandlinger Saksnummer Utvalg og dato Tittel på sak Vedtak 20/2016 Styret 10. mars 2016"), "\(innkalling)")
        let html = try String(contentsOfFile: site + "/styret/2016-04-21/24-2016/index.html", encoding: .utf8)
        #expect(html.contains("<a href=\"/styret/styret/2016-03-10/21-2016/\">21/2016</a>"), "styresak 21/2016 is a mention")
        let record = try Self.text(of: site + "/" + Self.mote + "21-2016/index.html")
        #expect(record.contains("026/14 Helse Vest RHF Regional investeringsplan"), "\(record)")
        let calendar = try String(contentsOfFile: site + "/moter.ics", encoding: .utf8)
        #expect(calendar.contains("DTSTART;TZID=Europe/Oslo:20160310T100000\r\nDTEND;TZID=Europe/Oslo:20160311T130000"))
    }

    @Test("search files numbers under the key the browser looks up, and reads the board's own mention words")
    func searchKeys() throws {
        let project = try project()
        let (run, site) = try build(project)
        #expect(run.status == 0, "\(run.stderr)")
        let shard = try String(contentsOfFile: site + "/sok/indeks/saksnummer/16.json", encoding: .utf8)
        let exact = try #require(PageText.between("\"exact\":{", "}", in: shard))
        let mentioned = try #require(PageText.between("\"mentioned\":{", "}", in: shard))
        for key in ["\"20/16\"", "\"22/16\""] { #expect(exact.contains(key), "\(key) in \(exact)") }
        // "styresak 21/2016" in sak 24/2016; the closed sak is no document, only a number its møte lists.
        #expect(mentioned.contains("\"21/16\""), "\(mentioned)")
        #expect(!exact.contains("\"23/16\"") && mentioned.contains("\"23/16\""))
    }

    @Test("raad new sak numbers a board's next sak the way it writes them, with its own sakstyper")
    func scaffold() throws {
        let project = try project()
        let cli = CLI()
        let created = try cli.raad(["new", "sak", "--mote", "content/styret/2016-04-21", "--tittel", "Ny sak",
                                    "--sakstype", "orienteringssak"], in: project.root)
        #expect(created.status == 0, "\(created.stderr)")
        let text = try project.read("content/styret/2016-04-21/26-2016.md")
        #expect(text.contains("sak: 26/2016\n"), "\(text)")
        #expect(text.contains("sakstype: Orienteringssak "))
        #expect(text.contains("Vedtakssak | Orienteringssak | Drøftingssak | Eventuelt"), "\(text)")
        let typo = try cli.raad(["new", "sak", "--mote", "content/styret/2016-04-21", "--tittel", "X", "--sakstype", "Vedtakssk"],
                                in: project.root)
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("mente du Vedtakssak?"), "\(typo.stderr)")
        // A board's site starts in the middle of its history: the next møte follows the highest number, not the count.
        let mote = try cli.raad(["new", "mote", "--utvalg", "styret", "--dato", "2016-06-16"], in: project.root)
        #expect(mote.status == 0, "\(mote.stderr)")
        #expect(try project.read("content/styret/2016-06-16/_index.md").contains("mote: 4/2016\n"))
        // Its own sakstyper have no Godkjenning: the flag does what that type does, also from inside the utvalg folder.
        let approving = try cli.raad(["new", "sak", "--mote", "2016-06-16", "--sakstype", "Vedtakssak", "--godkjenner-referat"],
                                     in: project.path("content/styret"))
        #expect(approving.status == 0, "\(approving.stderr)")
        let approval = try project.read("content/styret/2016-06-16/27-2016.md")
        #expect(approval.contains("godkjenner_referat: styret 2016-04-21\n"), "\(approval)")
        #expect(approval.contains("sakstype: Vedtakssak "))
        #expect(approval.contains("tittel: \"Godkjenning av referat fra møte 3/2016\""), "\(approval)")
        // Not --strict: the new toppnotat's headings are still empty, which is a warning.
        let build = try cli.raad(["build", "--output", project.path("site")], in: project.root)
        #expect(build.status == 0, "the new sak builds: \(build.stderr)")
    }

    /// A word no other file holds, planted in everything a closed sak can carry; its first letters only are
    /// looked for, so that a stem of it in the search index is found too.
    static let secret = "xylofonk"

    static let plantedSak = """
        ---
        sak: 23/2016
        tittel: Xylofonkode-saken om en navngitt ansatt
        offentlig_tittel: Personalsak
        unntatt_offentlighet: "Offl. § 13 jf. fvl. § 13"
        sakstype: Vedtakssak
        tidspunkt: "14:30"
        sakseier: Xylofonkode Sakseiersen
        saksbehandler: Xylofonkode Behandlersen
        emner: [xylofonkode-emnet, nytt sengebygg]
        forslag_til_vedtak: |
          Styret vedtar xylofonkode-forslaget. Se sak 20/2016.
        behandling: |
          Xylofonkode-behandlingen ble ført i lukket møte.
        vedtak: |
          Styret vedtok xylofonkode-vedtaket.
        vedtak_oppdatert: true
        vedlegg:
          - nummer: X1
            tittel: Xylofonkode-notat
            fil: vedlegg/xylofonkode-notat.pdf
          - tittel: Xylofonkode-lenken
            url: https://example.com/xylofonkode
          - tittel: Xylofonkode uten fil
        tidligere_behandlinger:
          - sak: 20/2016
          - utvalg: Xylofonkode-utvalget
            dato: 2015-01-01
            sak: 1/15
            tittel: Xylofonkode-tittel
            vedtak: Xylofonkode-vedtak før.
        godkjenner_referat: { utvalg: Xylofonkode-styret, dato: 2016-01-01, url: https://example.com/xylofonkode-referat }
        tidligere_adresser: [styret/xylofonkode/]
        ---
        ## Xylofonkode-overskrift

        Xylofonkode i brødteksten, med et bilde:

        ![Xylofonkode-figur](vedlegg/xylofonkode-figur.png)
        """

    /// Plants the word, builds, and reads every file the build wrote: none may hold the word, and the
    /// closed sak's files must not be there at all.
    func assertNothingLeaks(_ extra: [String]) throws -> Int {
        let project = try project()
        try project.write(Self.closed, Self.plantedSak)
        try project.write("content/styret/2016-03-10/vedlegg/xylofonkode-notat.pdf", "%PDF-1.4 xylofonkode i filen\n")
        try project.write("content/styret/2016-03-10/vedlegg/xylofonkode-figur.png", data: Self.png)
        // A sak that cites the closed one and mentions it: the row and the link must come from what is public.
        let citing = "content/styret/2016-04-21/24-2016.md"
        try project.write(citing, try project.read(citing)
            .replacingOccurrences(of: "  - sak: 20/2016\n", with: "  - sak: 20/2016\n  - sak: 23/2016\n")
            .replacingOccurrences(of: "## Bakgrunn\n", with: "## Bakgrunn\n\nSe også sak 23/2016.\n"))
        let (run, site) = try build(project, extra)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try folderSnapshot(site)
        for (path, data) in files {
            // Bools, so a failure names the file rather than printing all of it.
            let named = path.lowercased().contains(Self.secret)
            let holds = String(decoding: data, as: UTF8.self).lowercased().contains(Self.secret)
            #expect(!named, "\(path) was published")
            #expect(!holds, "\(path) holds the closed sak's text")
        }
        #expect(!FileManager.default.fileExists(atPath: site + "/" + Self.mote + "23-2016"))
        let mote = try Self.text(of: site + "/" + Self.mote + "index.html")
        #expect(mote.contains("23/2016 Personalsak Unntatt offentlighet: Offl. § 13 jf. fvl. § 13"))
        // The sak it cites lists no later treatment: the reference was the closed sak's own.
        let cited = try Self.text(of: site + "/" + Self.mote + "20-2016/index.html")
        #expect(!cited.contains("Personalsak"), "\(cited)")
        let citingPage = try Self.text(of: site + "/styret/2016-04-21/24-2016/index.html")
        #expect(citingPage.contains("23/2016 Styret 10. mars 2016 Personalsak Unntatt offentlighet (Offl. § 13 jf. fvl. § 13)"),
                "\(citingPage)")
        let citingHTML = try String(contentsOfFile: site + "/styret/2016-04-21/24-2016/index.html", encoding: .utf8)
        #expect(citingHTML.contains("<a href=\"/styret/styret/2016-03-10/#sak-23-2016\">23/2016</a>"), "the mention leads to its agenda line")
        return files.count
    }

    @Test("a closed sak leaks nothing into any file of the site, with and without drafts")
    func closedSakLeaksNothing() throws {
        let scanned = try assertNothingLeaks([]) + assertNothingLeaks(["--drafts"])
        print("leak test: \(scanned) files scanned")
        #expect(scanned > 60)
    }

    @Test("the preview shows the closed sak's line and serves nothing else of it")
    func previewLeaksNothing() throws {
        let project = try project()
        try project.write(Self.closed, Self.plantedSak)
        try project.write("content/styret/2016-03-10/vedlegg/xylofonkode-notat.pdf", "%PDF-1.4 xylofonkode i filen\n")
        let serve = try ServeProcess(in: project.root)
        defer { serve.stop() }
        // Every page and file a build of the same content writes, asked of the preview, and the closed sak's own.
        let (_, site) = try build(project, ["--drafts"])
        let paths = try folderSnapshot(site).keys.filter { !$0.hasPrefix(".") }.map { "/" + $0 }
            + ["/" + Self.mote + "23-2016/", "/" + Self.mote + "vedlegg/xylofonkode-notat.pdf"]
        var answered = 0
        for path in paths.sorted() {
            let response = try serve.get("/styret" + path.replacingOccurrences(of: "/index.html", with: "/"))
            if path.contains("23-2016") || path.contains("xylofonkode") {
                #expect(response.status == 404, "\(path) is served")
            }
            let holds = response.body.lowercased().contains(Self.secret)
            #expect(!holds, "the preview's \(path) holds the closed sak's text")
            answered += 1
        }
        let mote = try serve.get("/styret/" + Self.mote).body
        #expect(mote.contains("Personalsak"))
        print("leak test, preview: \(answered) paths asked")
    }

    /// The words of a page's `<main>`, tags read as spaces and runs of space as one: what a reader sees.
    static func text(of path: String) throws -> String {
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let main = PageText.between("<main", "</main>", in: html) ?? html
        let words = main.replacing(/<[^>]*>/, with: " ").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return words.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: " ,", with: ",")
            .replacingOccurrences(of: " .", with: ".")
    }

    @Test("closing a sak while the preview runs takes its page away and leaves its agenda line; reopening brings it back")
    func closingInThePreview() throws {
        let project = try project()
        let sak = "content/styret/2016-03-10/21-2016.md"
        let page = "/styret/" + Self.mote + "21-2016/"
        let serve = try ServeProcess(in: project.root)
        defer { serve.stop() }
        #expect(try serve.get(page).status == 200)
        let events = try RawHTTP(port: serve.port, path: "/_raad/events", keepOpen: true)
        #expect(try events.lines(upTo: ": connected", within: 5) != nil)
        let original = try project.read(sak)
        try project.write(sak, original.replacingOccurrences(
            of: "sak: 21/2016\n", with: "sak: 21/2016\nunntatt_offentlighet: \"Offl. § 23\"\noffentlig_tittel: Finanssak\n"))
        // The first answer is the whole rebuild: the quick one for an edited sak would show a page the sak no
        // longer has.
        let first = try events.lines(upTo: "data:", within: 10)?.last ?? ""
        #expect(first.contains("styret/2016-03-10/index.html"), "\(first)")
        #expect(try serve.get(page).status == 404)
        let mote = try serve.get("/styret/" + Self.mote).body
        #expect(mote.contains("Finanssak<br><span class=\"meta\">Unntatt offentlighet: Offl. § 23</span>"))
        #expect(!mote.contains("Finansiering av nytt sengebygg"), "the real title is gone from the møte page")
        let citing = try serve.get("/styret/styret/2016-04-21/24-2016/").body
        #expect(!citing.contains("Finansiering av nytt sengebygg"))
        try project.write(sak, original)
        #expect(try events.lines(upTo: "21-2016/index.html", within: 10) != nil, "\(serve.output)")
        #expect(try serve.get(page).status == 200)
    }

    /// A 1×1 PNG.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                           0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0x0A, 0x49, 0x44,
                           0x41, 0x54, 0x78, 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0,
                           0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
}
