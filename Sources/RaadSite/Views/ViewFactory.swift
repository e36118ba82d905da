import RaadContent
import RaadMarkdown

/// Builds the view of each page from the archive; all wording of the site's own text lives in the templates
/// and in `Strings`, so a view holds data, not phrasing.
struct ViewFactory {
    let archive: Archive
    let paths: SitePaths
    private(set) var texts: RenderedTexts
    let today: Dato
    let history: History
    let pageIDs: PageIDs
    let assets: AssetPaths

    init(archive: Archive, paths: SitePaths, history: History, today: Dato, pageIDs: PageIDs, assets: AssetPaths,
         cache: RenderCache? = nil) {
        self.archive = archive
        self.assets = assets
        self.paths = paths
        self.history = history
        self.pageIDs = pageIDs
        self.texts = RenderedTexts(archive: archive, history: history, paths: paths, reservedIDs: pageIDs.sak, cache: cache)
        self.today = today
    }

    /// The same views with the texts of `saker` rendered anew: enough to make those saker's own pages again
    /// (`Rebuilder.preview`); every other page may still show the old saker.
    func replacing(_ saker: [Sak]) -> ViewFactory {
        var copy = self
        copy.texts = texts.replacing(saker)
        return copy
    }

    func chrome(title: String?, crumbs: [PageChrome.Crumb]) -> PageChrome {
        let site = archive.site
        return PageChrome(
            lang: site.spraak,
            documentTitle: title.map { "\($0) – \(site.tittel)" } ?? site.tittel,
            siteTitle: site.tittel,
            utgiver: site.utgiver,
            homeHref: paths.href(""),
            cssHref: paths.href(assets.path("style.css")),
            feedHref: paths.href(AtomFeed.path),
            calendarHref: paths.href(ICalendar.path),
            tilgjengelighetHref: site.tilgjengelighetserklaering,
            utgiverHref: site.utgiverURL,
            breadcrumbs: [PageChrome.Crumb(title: Strings.forside, href: paths.href(""))] + crumbs,
            searchHref: paths.href(SitePaths.searchFolder),
            hasHeaderSearch: true,
            hasBreadcrumbs: !crumbs.isEmpty)
    }

    func utvalgNavn(_ slug: String) -> String { archive.utvalg(slug)?.navn ?? slug }

    func utvalg(_ slug: String) -> Utvalg? { archive.utvalg(slug) }

    func moteTitle(_ mote: Mote) -> String {
        mote.nummer.map { "Møte \($0)" } ?? "Møte \(NorwegianFormat.date(mote.dato))"
    }

    func sakTitle(_ sak: Sak) -> String {
        sak.nummer.map { "Sak \($0)" } ?? sak.tittel
    }

    /// What a sak without a vedtak says in place of one: not treated yet while its møte is an innkalling,
    /// no vedtak once the referat is out without one; `nil` when it has a vedtak.
    func vedtakStatus(_ sak: Sak) -> String? {
        if let hjemmel = sak.unntattOffentlighet { return "\(Strings.unntattOffentlighet) (\(hjemmel))" }
        // An agenda item with neither number nor sakstype (a presentation, signing the protocol) is not
        // there to be decided: it lacks no vedtak.
        guard sak.vedtak == nil, sak.nummer != nil || sak.sakstype != nil else { return nil }
        let held = history.moter[sak.mote]?.harReferat ?? false
        return held ? Strings.ingenVedtak : Strings.ikkeBehandlet
    }

    /// A møte page's word for a sak the referat gives no vedtak; nothing while the møte is an innkalling.
    func referatStatus(_ sak: Sak) -> String? {
        history.moter[sak.mote]?.harReferat == true ? vedtakStatus(sak) : nil
    }

    func status(_ mote: Mote) -> String {
        if history.isApproved(mote.id) { return Strings.referatGodkjent }
        return mote.harReferat ? Strings.referat : Strings.innkalling
    }

    /// "11. juni 2026", or "10.–11. mars 2016" for a møte over two days.
    func moteDato(_ mote: Mote) -> String {
        mote.tilDato.map { NorwegianFormat.dateSpan(mote.dato, $0) } ?? NorwegianFormat.date(mote.dato)
    }

    func summary(_ mote: Mote) -> MoteSummary {
        MoteSummary(title: moteTitle(mote), utvalgNavn: utvalgNavn(mote.utvalg), dato: moteDato(mote),
                    datoISO: mote.dato.iso, href: paths.href(mote: mote.id), status: status(mote), sted: mote.sted)
    }

    func people(_ list: [Person]) -> [PersonView] {
        list.map {
            PersonView(navn: $0.navn, rolle: $0.rolle, virksomhet: $0.virksomhet, merknad: $0.merknad,
                       stedfortrederFor: $0.stedfortrederFor)
        }
    }

    func vedlegg(_ list: [Vedlegg], of mote: MoteID) -> [VedleggView] {
        list.map { item in
            var view = VedleggView(label: item.nummer.map { "Vedlegg \($0)" } ?? "Vedlegg", tittel: item.tittel,
                                   href: nil, fileType: nil, fileSize: nil, isExternal: false)
            switch item.target {
            case .fil(let path, let bytes):
                view.href = paths.href(vedlegg: path, of: mote)
                view.fileType = NorwegianFormat.fileType(path)
                view.fileSize = NorwegianFormat.fileSize(bytes)
            case .url(let url):
                view.href = url
                view.isExternal = true
            case .none:
                break
            }
            return view
        }
    }

    func mote(_ id: MoteID) -> Mote? { history.moter[id] }

    /// "Strategirådet 11. juni 2026", as the decision-history tables write it.
    func utvalgOgDato(_ sak: Sak) -> String {
        "\(utvalgNavn(sak.mote.utvalg)) \(NorwegianFormat.date(sak.mote.dato))"
    }
}

/// The site's own words that views put together; the rest are in the templates.
enum Strings {
    static let forside = "Forside"
    static let innkalling = "Innkalling"
    static let referat = "Referat"
    static let referatGodkjent = "Referat godkjent"
    static let vedtak = "Vedtak"
    static let vedtakOppdatert = "Vedtak – oppdatert"
    static let sok = "Søk"
    static let ikkeBehandlet = "Ikke behandlet ennå"
    static let ingenVedtak = "Ingen vedtak i referatet"
    static let unntattOffentlighet = "Unntatt offentlighet"
    static let vedtakIkkeGjengitt = "Vedtaket er ikke gjengitt"
}
