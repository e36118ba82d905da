import RaadTemplate
import RaadContent
import RaadMarkdown

/// An utvalg: its mandate, members and møter by year.
struct UtvalgView: Equatable {
    struct Year: Equatable {
        var year: String
        var moter: ListView<MoteSummary>?
    }

    struct Link: Equatable {
        var navn: String
        var href: String
    }

    var page: PageChrome
    var navn: String
    var fulltNavn: String?
    var mandatHTML: String?
    var medlemmer: ListView<PersonView>?
    var forgjenger: Link?
    var etterfolger: [Link]
    var years: [Year]
}

extension ViewFactory {
    func utvalgPage(_ utvalg: Utvalg) -> UtvalgView {
        let byYear = Dictionary(grouping: utvalg.moter, by: \.dato.year)
        return UtvalgView(
            page: chrome(title: utvalg.navn, crumbs: [.init(title: utvalg.navn)]),
            navn: utvalg.navn,
            fulltNavn: utvalg.fulltNavn,
            mandatHTML: RenderedTexts.render(utvalg.mandat, reserved: pageIDs.utvalg, links: texts.links)?.html,
            medlemmer: .of(people(utvalg.medlemmer)),
            forgjenger: utvalg.forgjenger.map { .init(navn: utvalgNavn($0), href: paths.href(utvalg: $0)) },
            etterfolger: archive.utvalg.filter { $0.forgjenger == utvalg.slug }
                .map { .init(navn: $0.navn, href: paths.href(utvalg: $0.slug)) },
            years: byYear.keys.sorted(by: >).map { year in
                .init(year: String(year), moter: .of(byYear[year, default: []].sorted { $1.dato < $0.dato }.map(summary)))
            })
    }
}

extension UtvalgView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "navn": .text(\.navn),
        "fulltNavn": .text(\.fulltNavn),
        "mandatHTML": .text(\.mandatHTML),
        "medlemmer": .view(\.medlemmer),
        "forgjenger": .view(\.forgjenger),
        "etterfolger": .list(\.etterfolger),
        "years": .list(\.years),
    ]
}

extension UtvalgView.Year: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "year": .text(\.year),
        "moter": .view(\.moter),
    ]
}

extension UtvalgView.Link: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "navn": .text(\.navn),
        "href": .text(\.href),
    ]
}
