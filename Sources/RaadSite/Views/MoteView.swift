import RaadTemplate
import RaadContent
import RaadMarkdown

/// A møte: header, attendance, the agenda, and per sak the proposal or, once held, behandling and vedtak.
struct MoteView: Equatable {
    struct Group: Equatable {
        var title: String
        /// Present: a group is only made for a list with people in it.
        var people: ListView<PersonView>?
    }

    struct AgendaRow: Equatable {
        var tidspunkt: String?
        var saksnummer: String?
        var tittel: String
        var href: String?
        /// Where the sak starts on the møte's Saksdokumenter page.
        var anchor: String?
        var sakstype: String?
        var isSak: Bool
    }

    struct SakSection: Equatable {
        var anchor: String
        var label: String?
        var tittel: String
        var href: String
        var sakstype: String?
        var forslagHTML: String?
        var behandlingHTML: String?
        var vedtakHTML: String?
        var vedtakLabel: String
        /// "Ingen vedtak i referatet" for a sak the referat gives no vedtak; `nil` in an innkalling.
        var status: String?
    }

    struct Approval: Equatable {
        var sak: String
        var href: String
        var moteDato: String
        /// False while the approving sak has no vedtak yet: the referat is only up for approval.
        var isApproved: Bool
    }

    var page: PageChrome
    var title: String
    var utvalgNavn: String
    var utvalgHref: String
    var status: String
    var isReferat: Bool
    var dato: String
    var datoISO: String
    var tid: String?
    var sted: String?
    var beskrivelseHTML: String?
    var attendance: [Group]
    var agenda: [AgendaRow]
    /// A referat without times shows no empty Tidspunkt column.
    var hasTidspunkt: Bool
    var saker: [SakSection]
    var vedlegg: ListView<VedleggView>?
    var godkjent: Approval?
}

extension ViewFactory {
    func motePage(_ mote: Mote) -> MoteView {
        let utvalg = utvalgNavn(mote.utvalg)
        let title = moteTitle(mote)
        let groups: [MoteView.Group] = [
            (mote.harReferat ? "Til stede" : "Medlemmer", mote.medlemmer),
            ("Ikke til stede", mote.ikkeTilStede),
            ("Stedfortredere", mote.stedfortredere),
            ("Sekretariat", mote.sekretariat),
        ].compactMap { title, list in ListView.of(people(list)).map { MoteView.Group(title: title, people: $0) } }
        return MoteView(
            page: chrome(title: "\(title) – \(utvalg)",
                         crumbs: [.init(title: utvalg, href: paths.href(utvalg: mote.utvalg)), .init(title: title)]),
            title: title, utvalgNavn: utvalg, utvalgHref: paths.href(utvalg: mote.utvalg),
            status: status(mote), isReferat: mote.harReferat,
            dato: NorwegianFormat.date(mote.dato), datoISO: mote.dato.iso,
            tid: mote.tid.map(NorwegianFormat.timeSpan), sted: mote.sted,
            beskrivelseHTML: RenderedTexts.render(mote.beskrivelse, reserved: pageIDs.mote, links: texts.links)?.html,
            attendance: groups,
            agenda: agenda(mote),
            hasTidspunkt: mote.saker.contains { $0.tidspunkt != nil } || !mote.dagsorden.isEmpty,
            saker: mote.saker.map { sakSection($0) },
            vedlegg: .of(vedlegg(mote.vedlegg, of: mote.id)),
            godkjent: history.approvals[mote.id].flatMap { sak in
                self.mote(sak.mote).map {
                    .init(sak: sakTitle(sak).lowercasedFirst(), href: paths.href(sak: sak), moteDato: NorwegianFormat.date($0.dato),
                          isApproved: sak.vedtak != nil)
                }
            })
    }

    /// Saker and the other agenda rows (lunch, breaks) in time order; rows without a time follow.
    private func agenda(_ mote: Mote) -> [MoteView.AgendaRow] {
        let saker = mote.saker.map { sak in
            (time: sak.tidspunkt, row: MoteView.AgendaRow(
                tidspunkt: sak.tidspunkt?.norwegian, saksnummer: sak.nummer?.description, tittel: sak.tittel,
                href: paths.href(sak: sak), anchor: "sak-\(sak.slug)", sakstype: sak.sakstype?.rawValue, isSak: true))
        }
        let others = mote.dagsorden.map { punkt in
            (time: Optional(punkt.tid), row: MoteView.AgendaRow(
                tidspunkt: punkt.tid.norwegian, saksnummer: nil, tittel: punkt.punkt, href: nil, anchor: nil, sakstype: nil, isSak: false))
        }
        // A stable merge: saker keep their agenda order, other rows slot in by time.
        var merged: [MoteView.AgendaRow] = []
        var pending = others.sorted { $0.time! < $1.time! }[...]
        for sak in saker {
            while let next = pending.first, let time = sak.time, next.time! <= time {
                merged.append(next.row)
                pending.removeFirst()
            }
            if sak.time == nil {
                while let next = pending.first {
                    merged.append(next.row)
                    pending.removeFirst()
                }
            }
            merged.append(sak.row)
        }
        merged += pending.map(\.row)
        return merged
    }

    private func sakSection(_ sak: Sak) -> MoteView.SakSection {
        let rendered = texts[sak]
        return MoteView.SakSection(
            anchor: "sak-\(sak.slug)", label: sak.nummer.map { "Sak \($0)" }, tittel: sak.tittel,
            href: paths.href(sak: sak), sakstype: sak.sakstype?.rawValue,
            forslagHTML: sak.vedtak == nil ? rendered.forslag?.html : nil,
            behandlingHTML: rendered.behandling?.html, vedtakHTML: rendered.vedtak?.html,
            vedtakLabel: vedtakLabel(sak), status: referatStatus(sak))
    }

    /// "Vedtak – oppdatert" when the referat says so, or when the decision differs from the proposal.
    func vedtakLabel(_ sak: Sak) -> String { texts[sak].vedtakLabel }
}

extension String {
    /// "Sak 13/26" inside a sentence reads "sak 13/26".
    func lowercasedFirst() -> String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

extension MoteView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "title": .text(\.title),
        "utvalgNavn": .text(\.utvalgNavn),
        "utvalgHref": .text(\.utvalgHref),
        "status": .text(\.status),
        "isReferat": .bool(\.isReferat),
        "dato": .text(\.dato),
        "datoISO": .text(\.datoISO),
        "tid": .text(\.tid),
        "sted": .text(\.sted),
        "beskrivelseHTML": .text(\.beskrivelseHTML),
        "attendance": .list(\.attendance),
        "agenda": .list(\.agenda),
        "hasTidspunkt": .bool(\.hasTidspunkt),
        "saker": .list(\.saker),
        "vedlegg": .view(\.vedlegg),
        "godkjent": .view(\.godkjent),
    ]
}

extension MoteView.Group: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "title": .text(\.title),
        "people": .view(\.people),
    ]
}

extension MoteView.AgendaRow: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "tidspunkt": .text(\.tidspunkt),
        "saksnummer": .text(\.saksnummer),
        "tittel": .text(\.tittel),
        "href": .text(\.href),
        "anchor": .text(\.anchor),
        "sakstype": .text(\.sakstype),
        "isSak": .bool(\.isSak),
    ]
}

extension MoteView.SakSection: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "anchor": .text(\.anchor),
        "label": .text(\.label),
        "tittel": .text(\.tittel),
        "href": .text(\.href),
        "sakstype": .text(\.sakstype),
        "forslagHTML": .text(\.forslagHTML),
        "behandlingHTML": .text(\.behandlingHTML),
        "vedtakHTML": .text(\.vedtakHTML),
        "vedtakLabel": .text(\.vedtakLabel),
        "status": .text(\.status),
    ]
}

extension MoteView.Approval: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "sak": .text(\.sak),
        "href": .text(\.href),
        "moteDato": .text(\.moteDato),
        "isApproved": .bool(\.isApproved),
    ]
}
