import RaadTemplate
import RaadContent
import RaadMarkdown

/// A sak page, laid out as a toppnotat: facts, proposal, the note itself, behandling, vedtak, vedlegg, history.
struct SakView: Equatable {
    struct Fact: Equatable {
        var term: String
        var value: String
        var href: String?
    }

    struct TocEntry: Equatable {
        var text: String
        var id: String
    }

    struct TidligereRow: Equatable {
        var saksnummer: String
        var href: String?
        var utvalgOgDato: String
        var tittel: String
        var vedtakHTML: String?
        /// In place of a vedtak the cited sak does not have: "Ikke behandlet ennå", "Ingen vedtak i referatet".
        var status: String?
    }

    /// "Vedtak fra tidligere behandlinger i rådsmodellen", or the utvalg's own heading, over its rows.
    struct TidligereTable: Equatable {
        var label: String
        var items: [TidligereRow]
    }

    struct Link: Equatable {
        var title: String
        var href: String
    }

    /// The referat a Godkjenning sak approves: a møte page, a document elsewhere, or only its name.
    struct ReferatLink: Equatable {
        var title: String
        var href: String?
    }

    struct SenereRow: Equatable {
        var label: String
        var tittel: String
        var utvalgOgDato: String
        var href: String
        /// The later sak's state while it has no vedtak.
        var status: String?
    }

    var page: PageChrome
    var label: String?
    var tittel: String
    var facts: [Fact]
    var forslagHTML: String?
    var forslagLabel: String
    var toppnotatHTML: String?
    var toc: ListView<TocEntry>?
    var behandlingHTML: String?
    var behandlingLabel: String
    var vedtakHTML: String?
    var vedtakLabel: String
    /// The proposal against the decision, word by word, when they differ.
    var endringerHTML: String?
    var emner: ListView<Link>?
    var senere: ListView<SenereRow>?
    var vedlegg: ListView<VedleggView>?
    var tidligere: TidligereTable?
    var godkjennerReferat: ReferatLink?
}

extension ViewFactory {
    /// A table of contents helps only in a long toppnotat.
    static let minimumTocEntries = 3

    func sakPage(_ sak: Sak, in mote: Mote) -> SakView {
        let utvalg = utvalgNavn(mote.utvalg)
        let rendered = texts[sak]
        let title = sakTitle(sak)
        let tocEntries = (rendered.toppnotat?.headings ?? []).filter { $0.level == 2 }.map { SakView.TocEntry(text: $0.text, id: $0.id) }
        return SakView(
            page: chrome(title: sak.nummer == nil ? "\(sak.tittel) – \(moteTitle(mote))" : "\(title) \(sak.tittel)",
                         crumbs: [.init(title: utvalg, href: paths.href(utvalg: mote.utvalg)),
                                  .init(title: moteTitle(mote), href: paths.href(mote: mote.id)),
                                  .init(title: title)]),
            label: sak.nummer.map { "Sak \($0)" },
            tittel: sak.tittel,
            facts: sakFacts(sak, mote: mote),
            forslagHTML: rendered.forslag?.html,
            forslagLabel: overskrift("forslag_til_vedtak", of: sak),
            toppnotatHTML: rendered.toppnotat?.html,
            toc: tocEntries.count >= Self.minimumTocEntries ? ListView(items: tocEntries) : nil,
            behandlingHTML: rendered.behandling?.html,
            behandlingLabel: overskrift("behandling", of: sak),
            vedtakHTML: rendered.vedtak?.html,
            vedtakLabel: vedtakLabel(sak),
            endringerHTML: rendered.endringerHTML,
            emner: .of(sak.emner.map { SakView.Link(title: $0, href: paths.href(Self.emneFolder + Slug.make($0) + "/")) }),
            senere: .of((sak.id.flatMap { history.senere[$0] } ?? []).map { later in
                SakView.SenereRow(label: sakTitle(later), tittel: later.tittel, utvalgOgDato: utvalgOgDato(later), href: paths.href(sak: later),
                                  status: vedtakStatus(later))
            }),
            vedlegg: .of(vedlegg(sak.vedlegg, of: mote.id)),
            tidligere: ListView.of(tidligere(sak)).map { .init(label: overskrift("tidligere_behandlinger", of: sak), items: $0.items) },
            godkjennerReferat: sak.godkjennerReferat.flatMap { id in
                self.mote(id).map { .init(title: "\(moteTitle($0).lowercasedFirst()), \(utvalgNavn(id.utvalg)), \(NorwegianFormat.date($0.dato))",
                                          href: paths.href(mote: id)) }
            } ?? sak.godkjennerEksterntReferat.map { referat in
                .init(title: "møtet \(NorwegianFormat.date(referat.dato)), \(referat.utvalg)", href: referat.url)
            })
    }

    func sakFacts(_ sak: Sak, mote: Mote) -> [SakView.Fact] {
        let utvalg = utvalgNavn(mote.utvalg)
        var facts = [SakView.Fact(term: "Møte", value: "\(moteTitle(mote)), \(utvalg)", href: paths.href(mote: mote.id)),
                     SakView.Fact(term: "Dato", value: moteDato(mote))]
        if let nummer = sak.nummer { facts.append(.init(term: "Saksnummer", value: nummer.description)) }
        if let type = sak.sakstype { facts.append(.init(term: "Sakstype", value: type.rawValue)) }
        if let time = sak.tidspunkt { facts.append(.init(term: "Tidspunkt", value: "kl. \(time.norwegian)")) }
        if let owner = sak.sakseier { facts.append(.init(term: "Sakseier", value: owner)) }
        if let writer = sak.saksbehandler { facts.append(.init(term: "Saksbehandler", value: writer)) }
        return facts
    }

    /// Earlier decisions, newest first; a reference shows the cited sak's own title and vedtak.
    private func tidligere(_ sak: Sak) -> [SakView.TidligereRow] {
        let rows: [(Dato, SakView.TidligereRow)] = sak.tidligereBehandlinger.compactMap { entry in
            switch entry {
            case .reference(let ref, _):
                let id = ref.resolved(in: sak.mote.utvalg)
                guard let target = history.sakerByID[id] else { return nil }
                return (target.mote.dato, .init(saksnummer: target.nummer?.description ?? id.nummer.description,
                                                href: paths.href(sak: target),
                                         utvalgOgDato: utvalgOgDato(target),
                                         tittel: target.tittel, vedtakHTML: texts[target].vedtak?.html,
                                         status: vedtakStatus(target)))
            case .record(let record):
                // A record without a date sorts as the oldest.
                return (record.dato ?? Dato(year: 1, month: 1, day: 1), .init(saksnummer: record.sak.description, href: record.url,
                                           utvalgOgDato: [record.utvalg, record.dato.map(NorwegianFormat.date)]
                                               .compactMap { $0 }.joined(separator: " "),
                                           tittel: record.tittel,
                                           vedtakHTML: RenderedTexts.render(record.vedtak, reserved: pageIDs.sak, links: texts.links)?.html,
                                           status: record.vedtak == nil ? Strings.vedtakIkkeGjengitt : nil))
            }
        }
        return rows.enumerated().sorted { ($1.element.0, $0.offset) < ($0.element.0, $1.offset) }.map(\.element.1)
    }
}

extension SakView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "label": .text(\.label),
        "tittel": .text(\.tittel),
        "facts": .list(\.facts),
        "forslagHTML": .text(\.forslagHTML),
        "forslagLabel": .text(\.forslagLabel),
        "toppnotatHTML": .text(\.toppnotatHTML),
        "toc": .view(\.toc),
        "behandlingHTML": .text(\.behandlingHTML),
        "behandlingLabel": .text(\.behandlingLabel),
        "vedtakHTML": .text(\.vedtakHTML),
        "vedtakLabel": .text(\.vedtakLabel),
        "endringerHTML": .text(\.endringerHTML),
        "emner": .view(\.emner),
        "senere": .view(\.senere),
        "vedlegg": .view(\.vedlegg),
        "tidligere": .view(\.tidligere),
        "godkjennerReferat": .view(\.godkjennerReferat),
    ]
}

extension SakView.Fact: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "term": .text(\.term),
        "value": .text(\.value),
        "href": .text(\.href),
    ]
}

extension SakView.TocEntry: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "text": .text(\.text),
        "id": .text(\.id),
    ]
}

extension SakView.TidligereRow: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "saksnummer": .text(\.saksnummer),
        "href": .text(\.href),
        "utvalgOgDato": .text(\.utvalgOgDato),
        "tittel": .text(\.tittel),
        "vedtakHTML": .text(\.vedtakHTML),
        "status": .text(\.status),
    ]
}

extension SakView.Link: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "title": .text(\.title),
        "href": .text(\.href),
    ]
}

extension SakView.TidligereTable: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "label": .text(\.label),
        "items": .list(\.items),
    ]
}

extension SakView.ReferatLink: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "title": .text(\.title),
        "href": .text(\.href),
    ]
}

extension SakView.SenereRow: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "label": .text(\.label),
        "tittel": .text(\.tittel),
        "utvalgOgDato": .text(\.utvalgOgDato),
        "href": .text(\.href),
        "status": .text(\.status),
    ]
}
