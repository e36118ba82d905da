import Foundation
import RaadTestSupport
import Testing

/// Issue 15, "a whole meeting cycle": a møte of Strategirådet prepared, previewed, held, approved and checked,
/// through the built `raad` binary on a copy of the real content, asserting what each page says.
///
/// The steps build on each other, as an editor's day does, so they are one test; each step is a helper below.
@Suite("a whole meeting cycle, end to end", .serialized)
struct MeetingCycleTests {
    static let mote = "content/strategiradet/2026-10-15"
    static let nesteMote = "content/strategiradet/2026-12-03"
    static let base = "/radsmodellen/"

    /// The three saker of the møte and the decisions the referat will give them.
    static let sak22 = (file: mote + "/22-26.md", page: "strategiradet/2026-10-15/22-26/",
                        tittel: "Prismodell 2028 for de nasjonale e-helseløsningene",
                        vedtak: "Strategirådet sluttet seg til prinsippene for prismodell 2028.")
    static let sak23 = (file: mote + "/23-26.md", page: "strategiradet/2026-10-15/23-26/",
                        tittel: "Kostnader per løsning 2027", vedtak: "Strategirådet tok kostnadsanalysen til orientering.")
    static let sak24 = (file: mote + "/24-26.md", page: "strategiradet/2026-10-15/24-26/",
                        tittel: "Oppfølging av e-helsestrategien", vedtak: "Strategirådet ba Helsedirektoratet følge opp strategien.")
    static let motePage = "strategiradet/2026-10-15/"

    @Test("innkalling, preview, referat, approval of the referat, feeds and search, and check")
    func meetingCycle() throws {
        let project = try EditorProject()
        try createMote(project)                   // 1. raad new mote 2026-10-15, filled in and published
        try createSaker(project)                  // 2. raad new sak ×3: history, vedlegg and figure, a mention,
                                                  //    links written as content files, a moved sak
        try project.build(today: "2026-10-01")    // 3. the innkalling is built ...
        try assertInnkalling(project)             //    ... and says what the editor wrote, nothing of another sak
        try assertPreview(project)                // 4. raad serve shows the new sak
        try writeReferat(project)                 // 5. after the møte: behandling and vedtak in every sak ...
        try mistypeKey(project)                   //    ... a typo is named in bokmål (English on request), fixed
        try project.build(today: "2026-10-20")
        try assertReferat(project)                //    ... the møte is a referat, 16/26's row still has no vedtak
        try approveReferat(project)               // 6. the next møte approves the referat in sak 25/26 ...
        try project.build(today: "2026-12-10")
        try assertApproved(project)               //    ... and the møte says "Referat godkjent"
        try assertFeedsAndSearch(project)         // 7. feed, calendar, sitemap and search index
        try assertCheck(project)                  // 8. raad check: clean, then a broken link at its file and line
    }

    // MARK: Before the møte

    /// Step 1: `raad new mote`, then the editor fills in the møte and publishes it (removes `utkast: true`).
    func createMote(_ project: EditorProject) throws {
        let file = try project.new(["mote", "--utvalg", "strategiradet", "--dato", "2026-10-15"])
        #expect(file == Self.mote + "/_index.md")
        #expect(try project.read(file).contains("mote: 3/2026"), "the next møte number of the year")
        try project.removeKey("utkast", from: file)
        try project.addFrontMatter(file, """
            tid: "10:00–15:00"
            sted: Helsedirektoratet, Oslo
            """)
    }

    /// Step 2: three saker with `raad new sak`, numbered on from the real content's last sak (21/26), then edited.
    func createSaker(_ project: EditorProject) throws {
        for sak in [Self.sak22, Self.sak23, Self.sak24] {
            #expect(try project.new(["sak", "--mote", Self.mote, "--tittel", sak.tittel, "--sakstype", "Drøfting"]) == sak.file)
            // The editor writes the toppnotat where raad new left its placeholder under each heading.
            try project.replace("Skriv teksten her.", with: "Sekretariatet har skrevet dette avsnittet.", in: sak.file)
        }
        // 22/26 cites a sak whose møte is still an innkalling (16/26), one with a vedtak (15/25), and one whose
        // møte has a referat that gives it no vedtak (10/26, Eventuelt).
        try project.addFrontMatter(Self.sak22.file, """
            forslag_til_vedtak: |
              Strategirådet drøftet prinsippene for prismodell 2028.
            tidligere_behandlinger:
              - sak: 16/26
              - sak: nasjonalt-e-helserad 15/25
              - sak: 10/26
            """)
        // 23/26 has a PDF vedlegg and a figure, both files in the møte's vedlegg/ folder.
        try project.write(Self.mote + "/vedlegg/kostnadsanalyse.pdf", data: TinyFiles.pdf)
        try project.write(Self.mote + "/vedlegg/figur-1.png", data: TinyFiles.png)
        try project.addFrontMatter(Self.sak23.file, """
            vedlegg:
              - nummer: 3A
                tittel: Kostnadsanalyse 2027
                fil: vedlegg/kostnadsanalyse.pdf
            """)
        try project.appendBody(Self.sak23.file, "![Figur 1: Kostnader per løsning 2027](vedlegg/figur-1.png)")
        // 24/26 mentions an earlier sak in its text.
        try project.appendBody(Self.sak24.file, "Saken følger opp sak 14/26 om status for e-helsestrategien.")
        // 22/26 links to a heading of 16/26 and to its sibling 23/26 the way the editor's guide says: by file.
        try project.appendBody(Self.sak22.file, """
            Se [bakgrunnen for 16/26](../2026-06-11/16-26.md#bakgrunn) og [kostnadene](23-26.md).
            """)
        // 24/26 was first published under the wrong date; the old address must keep working.
        try project.addFrontMatter(Self.sak24.file, "tidligere_adresser: [strategiradet/2026-10-16/24-26/]")
    }

    /// Step 3: the built innkalling says what the editor wrote, and nothing that belongs to another sak.
    func assertInnkalling(_ project: EditorProject) throws {
        let mote = try project.page(Self.motePage)
        #expect(PageText.status(in: mote) == "Innkalling")
        let agenda = PageText.links(in: try #require(PageText.section("dagsorden", in: mote)))
        #expect(agenda.map(\.href) == [Self.sak22, Self.sak23, Self.sak24].map { Self.base + $0.page })
        #expect(agenda.map(\.text) == [Self.sak22, Self.sak23, Self.sak24].map(\.tittel))
        let page22 = try project.page(Self.sak22.page)
        let history = try #require(PageText.section("tidligere-behandlinger", in: page22), "22/26 has no history table")
        #expect(history.contains("<h2 id=\"tidligere-behandlinger\">Vedtak fra tidligere behandlinger i rådsmodellen</h2>"))
        try assertNotYetTreated(project)
        // 15/25's row holds 15/25's vedtak exactly as 15/25's own page shows it.
        let row1525 = try #require(PageText.historyRow("15/25", in: page22))
        #expect(PageText.links(in: row1525.saksnummer).map(\.href) == [Self.base + "nasjonalt-e-helserad/2025-06-12/15-25/"])
        #expect(row1525.utvalgOgDato == "Nasjonalt e-helseråd 12. juni 2025")
        let vedtak1525 = try #require(PageText.vedtak(in: try project.page("nasjonalt-e-helserad/2025-06-12/15-25/")))
        #expect(vedtak1525.contains("Rådet ber om at saksunderlaget til neste års behandling"))
        #expect(row1525.vedtak == vedtak1525)
        // 10/26's møte has a referat without a vedtak for it, and the row says so.
        let row1026 = try #require(PageText.historyRow("10/26", in: page22))
        #expect(PageText.plain(row1026.vedtak) == "Ingen vedtak i referatet", "the label is being added on main")
        // The vedlegg is published and linked; the figure is shown with its alt text.
        let page23 = try project.page(Self.sak23.page)
        #expect(PageText.links(in: page23).contains { $0.href.hasSuffix("2026-10-15/vedlegg/kostnadsanalyse.pdf") })
        #expect(try project.folder.read("site/strategiradet/2026-10-15/vedlegg/kostnadsanalyse.pdf").hasPrefix("%PDF-1.4"))
        let toppnotat23 = try #require(PageText.toppnotat(in: page23))
        let figures = PageText.images(in: toppnotat23)
        #expect(figures.map(\.alt) == ["Figur 1: Kostnader per løsning 2027"])
        #expect(figures.map(\.src) == [Self.base + "strategiradet/2026-10-15/vedlegg/figur-1.png"])
        #expect(toppnotat23.contains("figur-1.png\" width=\"1\" height=\"1\""), "the PNG's own size")
        #expect(FileManager.default.contents(atPath: project.folder.path("site/strategiradet/2026-10-15/vedlegg/figur-1.png"))
            == TinyFiles.png)
        try assertContentLinksAndMovedSak(project)
        // 24/26's "sak 14/26" links to 14/26's page (the number is the link text, "sak" stands before it).
        let toppnotat = try #require(PageText.toppnotat(in: try project.page(Self.sak24.page)))
        #expect(toppnotat.contains("sak <a href=\"\(Self.base)strategiradet/2026-06-11/14-26/\">14/26</a>"), "\(toppnotat)")
        // 16/26, cited, lists 22/26 under "Senere behandlinger".
        let senere = PageText.senere(in: try project.page("strategiradet/2026-06-11/16-26/"))
        #expect(senere.contains { $0.href == Self.base + Self.sak22.page && $0.text.contains(Self.sak22.tittel) })
    }

    /// 22/26's row for 16/26, whose møte is still an innkalling: no vedtak from any sak, and the label saying so.
    /// Failures are reported at the caller, the step that asserts it.
    func assertNotYetTreated(_ project: EditorProject, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let page22 = try project.page(Self.sak22.page)
        let row = try #require(PageText.historyRow("16/26", in: page22), "no history row for 16/26",
                               sourceLocation: sourceLocation)
        #expect(PageText.links(in: row.saksnummer).map(\.href) == [Self.base + "strategiradet/2026-06-11/16-26/"],
                sourceLocation: sourceLocation)
        #expect(!row.vedtak.contains(Self.sak22.vedtak), "the row for 16/26 shows 22/26's own vedtak (issue 15)",
                sourceLocation: sourceLocation)
        for (page, html) in try project.sakPages() {
            guard let vedtak = PageText.vedtak(in: html) else { continue }
            #expect(!row.vedtak.contains(vedtak), "the row for 16/26 shows the vedtak of \(page)", sourceLocation: sourceLocation)
        }
        #expect(PageText.plain(row.vedtak) == "Ikke behandlet ennå", "the label is being added on main",
                sourceLocation: sourceLocation)
    }

    /// Step 4: `raad serve` on the same folder serves the new sak's page.
    func assertPreview(_ project: EditorProject) throws {
        let server = try ServeProcess(in: project.root)
        defer { server.stop() }
        // Served under the base path, as in production, so the page's absolute links work as they will there.
        let response = try server.get(Self.base + Self.sak22.page)
        #expect(response.status == 200)
        #expect(response.body.contains(Self.sak22.tittel))
        #expect(response.body.contains("href=\"\(Self.base)strategiradet/2026-06-11/16-26/#bakgrunn\""))
        let figure = try server.get(Self.base + "strategiradet/2026-10-15/vedlegg/figur-1.png")
        #expect(figure.status == 200, "the figure of 23/26 is served")
        let root = try server.get("/")
        #expect(root.status == 302)
        #expect(root.headers["location"] == Self.base)
        try assertPreviewWarning(project)
    }

    // MARK: After the møte

    /// Step 5: the referat, written into each sak.
    func writeReferat(_ project: EditorProject) throws {
        for sak in [Self.sak22, Self.sak23, Self.sak24] {
            try project.addFrontMatter(sak.file, """
                behandling: |
                  Sekretariatet la frem saken.
                vedtak: |
                  \(sak.vedtak)
                """)
        }
    }

    /// A mistyped `vedtk:` stops the build with the file, the line and the fix, in bokmål; `--lang en` says the
    /// same in English; the site is left as it was until the editor fixes the key.
    func mistypeKey(_ project: EditorProject) throws {
        try project.replace("\nvedtak: |", with: "\nvedtk: |", in: Self.sak24.file)
        let line = try project.line(of: "vedtk: |", in: Self.sak24.file)
        let before = try project.page(Self.sak24.page)
        let norsk = try project.raad(["build", "--today", "2026-10-20"], expecting: 1)
        #expect(norsk.stderr.contains("\(Self.sak24.file):\(line):1: feil: ukjent nøkkel `vedtk` i en sak\n    tips: mente du `vedtak`?"),
                "\(norsk.stderr)")
        #expect(norsk.stderr.contains("raad: feil: 1 feil i content; site/ er ikke endret"))
        let english = try project.raad(["build", "--today", "2026-10-20", "--lang", "en"], expecting: 1)
        #expect(english.stderr.contains("\(Self.sak24.file):\(line):1: error: unknown key `vedtk` in a sak\n    hint: did you mean `vedtak`?"),
                "\(english.stderr)")
        #expect(try project.page(Self.sak24.page) == before)
        try project.replace("\nvedtk: |", with: "\nvedtak: |", in: Self.sak24.file)
    }

    /// The møte is a referat; each sak shows its own vedtak; 16/26's row still has none (the bug of issue 15).
    func assertReferat(_ project: EditorProject) throws {
        #expect(PageText.status(in: try project.page(Self.motePage)) == "Referat")
        for sak in [Self.sak22, Self.sak23, Self.sak24] {
            #expect(PageText.vedtak(in: try project.page(sak.page)) == "<p>\(sak.vedtak)</p>\n", "\(sak.page)")
        }
        try assertNotYetTreated(project)
    }

    /// Step 6: the next møte approves the referat in its sak 25/26.
    func approveReferat(_ project: EditorProject) throws {
        let file = try project.new(["mote", "--utvalg", "strategiradet", "--dato", "2026-12-03"])
        try project.removeKey("utkast", from: file)
        let sak = try project.new(["sak", "--mote", Self.nesteMote, "--tittel", "Godkjenning av referat fra Strategirådet 15. oktober 2026",
                                   "--sakstype", "Godkjenning"])
        #expect(sak == Self.nesteMote + "/25-26.md")
        // raad new points a Godkjenning at the utvalg's previous møte, the one being approved.
        #expect(try project.read(sak).contains("\ngodkjenner_referat: strategiradet 2026-10-15\n"))
        try project.addFrontMatter(sak, """
            vedtak: |
              Strategirådet godkjenner referatet fra møtet 15. oktober 2026.
            """)
    }

    /// The approved møte says so, and points to the sak that approved it.
    func assertApproved(_ project: EditorProject) throws {
        let mote = try project.page(Self.motePage)
        #expect(PageText.status(in: mote) == "Referat godkjent")
        let notice = try #require(PageText.notices(in: mote).first { $0.contains("Referatet ble godkjent i") })
        #expect(PageText.links(in: notice).map(\.href) == [Self.base + "strategiradet/2026-12-03/25-26/"])
        #expect(PageText.plain(notice).contains("sak 25/26"))
        let approving = PageText.notices(in: try project.page("strategiradet/2026-12-03/25-26/"))
        #expect(approving.flatMap { PageText.links(in: $0) }.map(\.href) == [Self.base + Self.motePage])
    }

    /// Step 7: the feed, the calendar, the sitemap and the search index carry the møte and its saker.
    func assertFeedsAndSearch(_ project: EditorProject) throws {
        let moteURL = EditorProject.siteURL + "strategiradet/2026-10-15/"
        let entries = PageText.blocks("<entry>", "</entry>", in: try project.site("feed.xml"))
        let entry = try #require(entries.first { $0.contains("<id>\(moteURL)</id>") }, "no feed entry for the møte")
        #expect(entry.contains("<title>Strategirådet: Møte 3/2026 (referat godkjent)</title>"))
        let events = PageText.blocks("BEGIN:VEVENT", "END:VEVENT", in: try project.site("moter.ics"))
        let event = try #require(events.first { $0.contains("UID:strategiradet-2026-10-15@raad") })
        #expect(event.contains("DTSTART;TZID=Europe/Oslo:20261015T100000"))
        let sitemap = try project.site("sitemap.xml")
        let listed = sitemap.contains("<loc>\(EditorProject.siteURL)\(Self.sak22.page)</loc>")
        #expect(listed, "sitemap.xml does not list 22/26")
        let record = try #require(try SearchFiles(project).document(nummer: "22/26", url: Self.base + Self.sak22.page))
        #expect(record.tittel == Self.sak22.tittel)
    }

    /// Step 8: `raad check` passes, then names the file and line of a link the editor broke.
    func assertCheck(_ project: EditorProject) throws {
        // The figure, the content-file links and the redirect page are all good links.
        let clean = try project.raad(["check"])
        #expect(clean.stdout.hasPrefix("Alle lenker virker"), "\(clean.stdout)")
        try assertMovedSakNotLost(project)
        // A link written as the content format says, to a sak file that does not exist.
        try project.appendBody(Self.sak24.file, "Se også [den nye saken](../2026-06-11/99-26.md).")
        let line = try project.line(of: "99-26.md", in: Self.sak24.file)
        let broken = try project.raad(["check"], expecting: 1)
        #expect(CheckOutput.locations(broken).contains("\(Self.sak24.file):\(line)"), "\(broken.stdout)\(broken.stderr)")
    }
}
