import Testing
import RaadTestSupport
@testable import RaadContent

@Suite("Loading content/")
struct LoaderTests {
    @Test("the mini archive loads completely, in agenda order")
    func loadsMiniContent() throws {
        let content = try TemporaryContent(MiniContent.files)
        let (archive, diagnostics) = ContentLoader(root: content.path("content")).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(archive)
        #expect(loaded.site.tittel == "Rådsmodellen")
        #expect(loaded.utvalg.map(\.slug) == ["strategiradet", "e-helserad"])
        let strategiradet = try #require(loaded.utvalg("strategiradet"))
        #expect(strategiradet.moter.map(\.dato.iso) == ["2026-03-26", "2026-06-11"])
        let mote = strategiradet.moter[1]
        #expect(mote.saker.map(\.slug) == ["13-26", "dagsaktuelt", "16-26"])
        #expect(mote.dagsorden.map(\.punkt) == ["Lunsj", "Slutt"])
        #expect(mote.vedlegg.first?.target == .fil(path: "vedlegg/saksdokument.pdf", bytes: 26))
        let sak = mote.saker[2]
        #expect(sak.nummer == Saksnummer(nummer: 16, year: 2026))
        #expect(sak.sakstype == .drofting)
        #expect(sak.vedlegg.map(\.target) == [.fil(path: "vedlegg/saksdokument.pdf", bytes: 26),
                                               .url("https://www.helsedirektoratet.no/innspill"), .none])
        #expect(sak.tidligereBehandlinger.count == 2)
        #expect(sak.toppnotat?.location.line == 28)
        #expect(mote.saker[0].godkjennerReferat == MoteID(utvalg: "strategiradet", dato: Dato(year: 2026, month: 3, day: 26)))
        #expect(strategiradet.moter[0].stedfortredere.first?.stedfortrederFor == "Johan Ronæs")
    }

    @Test("an utvalg folder named like one of the site's own folders is refused", arguments: ["sok", "emner", "assets"])
    func reservedUtvalgFolder(name: String) throws {
        let content = try TemporaryContent(MiniContent.files + """

            -- content/\(name)/_index.md --
            ---
            navn: Et råd
            ---
            """)
        let (_, diagnostics) = ContentLoader(root: content.path("content")).load()
        let error = try #require(diagnostics.first { $0.isError })
        #expect(error.location.path == content.path("content/\(name)"))
        #expect(error.message.en == "an utvalg folder may not be called `\(name)`: the site uses /\(name)/ for its own pages")
    }

    @Test("a block scalar's text starts on the line after its key")
    func blockScalarLines() throws {
        let content = try TemporaryContent(MiniContent.files)
        let (archive, _) = ContentLoader(root: content.path("content")).load()
        let sak = try #require(archive?.utvalg("strategiradet")?.moter[0].saker.first)
        #expect(sak.behandling?.location.line == 6)
        #expect(sak.vedtak?.location.line == 8)
    }

    @Test("drafts are left out unless asked for")
    func drafts() throws {
        let content = try TemporaryContent(MiniContent.files)
        try content.write("content/strategiradet/2026-06-11/17-26.md", "---\nsak: 17/26\ntittel: Utkast\nutkast: true\n---\n")
        let without = ContentLoader(root: content.path("content")).load().archive
        let with = ContentLoader(root: content.path("content"), options: .init(includeDrafts: true)).load().archive
        #expect(without?.allSaker.contains { $0.slug == "17-26" } == false)
        #expect(with?.allSaker.contains { $0.slug == "17-26" } == true)
    }

    @Test("saksnummer parse the councils' way of writing them")
    func saksnummer() {
        #expect(Saksnummer("14/26")?.description == "14/26")
        #expect(Saksnummer("14/26")?.year == 2026)
        // As written, kept: a board's number is shown and named the way it writes it.
        #expect(Saksnummer("3/2025")?.slug == "3-2025")
        #expect(Saksnummer("3/2025")?.fileNames == ["3-2025", "03-25"])
        #expect(Saksnummer("3/2025") == Saksnummer("03/25"))
        #expect(Saksnummer("02/2015")?.description == "02/2015")
        #expect(Saksnummer("026/14")?.description == "026/14")
        #expect(Saksnummer("026/14")?.nummer == 26)
        #expect(Saksnummer("108/03 B")?.slug == "108-03-b")
        #expect(Saksnummer("108/03 B")?.description == "108/03 B")
        #expect(Saksnummer("108/03  b") == Saksnummer("108/03 B"))
        #expect(Saksnummer("108/03 B") != Saksnummer("108/03"))
        #expect(Saksnummer("108/03 B1") == nil)
        #expect(Saksnummer("108/03 B C") == nil)
        #expect(SakRef("108/03 B")?.utvalg == nil)
        #expect(SakRef("styret 108/03 B")?.nummer == Saksnummer("108/03 B"))
        // A new number written the way the utvalg's last one is: four-digit year, leading zeros.
        #expect(Saksnummer(nummer: 26, year: 2016).written(like: Saksnummer("25/2016")).description == "26/2016")
        #expect(Saksnummer(nummer: 7, year: 2014).written(like: Saksnummer("026/14")).description == "007/14")
        #expect(Saksnummer(nummer: 7, year: 2026).written(like: Saksnummer("6/26")).description == "7/26")
        #expect(Saksnummer(nummer: 7, year: 2026).written(like: nil).description == "7/26")
        #expect(Saksnummer("14-26") == nil)
        #expect(Saksnummer("0/26") == nil)
        #expect(SakRef("nasjonalt-e-helserad 15/25")?.utvalg == "nasjonalt-e-helserad")
        #expect(SakRef("11/26")?.resolved(in: "strategiradet") == SakID(utvalg: "strategiradet", nummer: Saksnummer(nummer: 11, year: 2026)))
    }
}
