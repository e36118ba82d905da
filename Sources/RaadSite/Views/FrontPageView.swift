import RaadTemplate
import RaadContent
import RaadMarkdown

/// The front page: the councils, the møter ahead and the latest ones.
struct FrontPageView: Equatable {
    struct UtvalgEntry: Equatable {
        var navn: String
        var fulltNavn: String?
        var href: String
        var antallMoter: String
        var forgjengerNavn: String?
    }

    var page: PageChrome
    var introHTML: String?
    var utvalg: [UtvalgEntry]
    var kommende: ListView<MoteSummary>?
    var siste: ListView<MoteSummary>?
    /// The emne index, when any sak has emner.
    var emnerHref: String?
}

extension ViewFactory {
    static let latestCount = 10

    func frontPage() -> FrontPageView {
        let moter = archive.allMoter
        let upcoming = moter.filter { $0.dato >= today }.sorted { $0.id < $1.id }
        let past = moter.filter { $0.dato < today }.sorted { $1.id < $0.id }
        return FrontPageView(
            page: chrome(title: nil, crumbs: []),
            introHTML: RenderedTexts.render(archive.site.forside, reserved: pageIDs.forside, links: texts.links)?.html,
            utvalg: archive.utvalg.map { u in
                .init(navn: u.navn, fulltNavn: u.fulltNavn, href: paths.href(utvalg: u.slug), antallMoter: u.moter.count == 1 ? "1 møte" : "\(u.moter.count) møter",
                      forgjengerNavn: u.forgjenger.map(utvalgNavn))
            },
            kommende: .of(upcoming.map(summary)),
            siste: .of(past.prefix(Self.latestCount).map(summary)),
            emnerHref: history.emner.isEmpty ? nil : paths.href(Self.emneFolder))
    }
}

extension FrontPageView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "introHTML": .text(\.introHTML),
        "utvalg": .list(\.utvalg),
        "kommende": .view(\.kommende),
        "siste": .view(\.siste),
        "emnerHref": .text(\.emnerHref),
    ]
}

extension FrontPageView.UtvalgEntry: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "navn": .text(\.navn),
        "fulltNavn": .text(\.fulltNavn),
        "href": .text(\.href),
        "antallMoter": .text(\.antallMoter),
        "forgjengerNavn": .text(\.forgjengerNavn),
    ]
}
