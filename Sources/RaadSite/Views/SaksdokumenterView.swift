import RaadTemplate
import RaadContent
import RaadMarkdown

/// All of a møte's papers on one printable page, as the collected saksdokument: the innkalling with its
/// agenda, then each sak's toppnotat in agenda order, each starting on a new printed page.
struct SaksdokumenterView: Equatable {
    struct SakDocument: Equatable {
        var anchor: String
        var label: String?
        var tittel: String
        var href: String
        var facts: [SakView.Fact]
        var forslagHTML: String?
        var forslagLabel: String
        var toppnotatHTML: String?
        var behandlingHTML: String?
        var behandlingLabel: String
        var vedtakHTML: String?
        var vedtakLabel: String
        /// "Ingen vedtak i referatet" for a sak the referat gives no vedtak; `nil` in an innkalling.
        var status: String?
        var vedlegg: ListView<VedleggView>?
    }

    var page: PageChrome
    var mote: MoteView
    var saker: [SakDocument]
}

extension ViewFactory {
    static let saksdokumenterFolder = "saksdokumenter/"

    func saksdokumenterPage(_ mote: Mote) -> SaksdokumenterView {
        let moteView = motePage(mote)
        let title = "Saksdokumenter – \(moteView.title)"
        return SaksdokumenterView(
            page: chrome(title: "\(title) – \(moteView.utvalgNavn)",
                         crumbs: [.init(title: moteView.utvalgNavn, href: paths.href(utvalg: mote.utvalg)),
                                  .init(title: moteView.title, href: paths.href(mote: mote.id)),
                                  .init(title: "Saksdokumenter")]),
            mote: moteView,
            saker: mote.saker.filter(\.isPublic).map { sak in
                let rendered = texts[sak]
                let anchor = "sak-\(sak.slug)"
                return .init(anchor: anchor, label: sak.nummer.map { "Sak \($0)" }, tittel: sak.tittel,
                             href: paths.href(sak: sak), facts: sakFacts(sak, mote: mote),
                             forslagHTML: rendered.forslag?.html, forslagLabel: overskrift("forslag_til_vedtak", of: sak),
                             toppnotatHTML: texts.toppnotat(of: sak, idPrefix: anchor + "-")?.html,
                             behandlingHTML: rendered.behandling?.html, behandlingLabel: overskrift("behandling", of: sak),
                             vedtakHTML: rendered.vedtak?.html,
                             vedtakLabel: vedtakLabel(sak), status: referatStatus(sak),
                             vedlegg: .of(vedlegg(sak.vedlegg, of: mote.id)))
            })
    }
}

extension SaksdokumenterView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "mote": .view(\.mote),
        "saker": .list(\.saker),
    ]
}

extension SaksdokumenterView.SakDocument: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "anchor": .text(\.anchor),
        "label": .text(\.label),
        "tittel": .text(\.tittel),
        "href": .text(\.href),
        "facts": .list(\.facts),
        "forslagHTML": .text(\.forslagHTML),
        "forslagLabel": .text(\.forslagLabel),
        "toppnotatHTML": .text(\.toppnotatHTML),
        "behandlingHTML": .text(\.behandlingHTML),
        "behandlingLabel": .text(\.behandlingLabel),
        "vedtakHTML": .text(\.vedtakHTML),
        "vedtakLabel": .text(\.vedtakLabel),
        "status": .text(\.status),
        "vedlegg": .view(\.vedlegg),
    ]
}
