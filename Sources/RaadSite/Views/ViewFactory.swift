import RaadContent
import RaadMarkdown

/// Builds the view of each page from the archive; all wording of the site's own text lives in the templates
/// and in `Strings`, so a view holds data, not phrasing.
struct ViewFactory {
    let archive: Archive
    let paths: SitePaths
    let texts: RenderedTexts
    let today: Dato
    /// Who approves each møte's referat, derived from `godkjenner_referat`.
    let approvals: [MoteID: Sak]
    let sakerByID: [SakID: Sak]

    init(archive: Archive, paths: SitePaths, texts: RenderedTexts, today: Dato) {
        self.archive = archive
        self.paths = paths
        self.texts = texts
        self.today = today
        var approvals: [MoteID: Sak] = [:]
        var sakerByID: [SakID: Sak] = [:]
        for sak in archive.allSaker {
            if let mote = sak.godkjennerReferat { approvals[mote] = sak }
            if let id = sak.id { sakerByID[id] = sak }
        }
        self.approvals = approvals
        self.sakerByID = sakerByID
    }

    func chrome(title: String?, crumbs: [PageChrome.Crumb]) -> PageChrome {
        let site = archive.site
        return PageChrome(
            lang: site.spraak,
            documentTitle: title.map { "\($0) – \(site.tittel)" } ?? site.tittel,
            siteTitle: site.tittel,
            utgiver: site.utgiver,
            homeHref: paths.href(""),
            cssHref: paths.href("assets/style.css"),
            breadcrumbs: [PageChrome.Crumb(title: Strings.forside, href: paths.href(""))] + crumbs,
            searchHref: paths.href(SitePaths.searchFolder),
            hasHeaderSearch: true,
            hasBreadcrumbs: !crumbs.isEmpty)
    }

    func utvalgNavn(_ slug: String) -> String { archive.utvalg(slug)?.navn ?? slug }

    func moteTitle(_ mote: Mote) -> String {
        mote.nummer.map { "Møte \($0)" } ?? "Møte \(NorwegianFormat.date(mote.dato))"
    }

    func sakTitle(_ sak: Sak) -> String {
        sak.nummer.map { "Sak \($0)" } ?? sak.tittel
    }

    func status(_ mote: Mote) -> String {
        if approvals[mote.id]?.vedtak != nil { return Strings.referatGodkjent }
        return mote.harReferat ? Strings.referat : Strings.innkalling
    }

    func summary(_ mote: Mote) -> MoteSummary {
        MoteSummary(title: moteTitle(mote), utvalgNavn: utvalgNavn(mote.utvalg), dato: NorwegianFormat.date(mote.dato),
                    datoISO: mote.dato.iso, href: paths.href(mote: mote.id), status: status(mote), sted: mote.sted)
    }

    func people(_ list: [Person]) -> [PersonView] {
        list.map { PersonView(navn: $0.navn, virksomhet: $0.virksomhet, merknad: $0.merknad, stedfortrederFor: $0.stedfortrederFor) }
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

    func mote(_ id: MoteID) -> Mote? {
        archive.utvalg(id.utvalg)?.moter.first { $0.id == id }
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
}
