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
        /// The legal basis of a closed sak, listed by number and public title only.
        var unntatt: String?
        var isSak: Bool
    }

    struct SakSection: Equatable {
        var anchor: String
        var label: String?
        var tittel: String
        /// Absent for a closed sak: it has no page.
        var href: String?
        var sakstype: String?
        var unntatt: String?
        var forslagHTML: String?
        var forslagLabel: String
        var behandlingHTML: String?
        var behandlingLabel: String
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
    /// "Saker og forslag til vedtak", in the utvalg's word for the proposal.
    var sakerHeading: String
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
        let label = { (key: String) in self.overskrift(key, in: mote.utvalg) }
        let groups: [MoteView.Group] = [
            (label(mote.harReferat ? "til_stede" : "medlemmer"), mote.medlemmer),
            (label("ikke_til_stede"), mote.ikkeTilStede),
            (label("stedfortredere"), mote.stedfortredere),
            // Under "Observatører" the role says it again: left out.
            (label("observatorer"), mote.observatorer.map { $0.rolle == "Observatør" ? $0.withoutRolle : $0 }),
            (label("sekretariat"), mote.sekretariat),
        ].compactMap { title, list in ListView.of(people(list)).map { MoteView.Group(title: title, people: $0) } }
        return MoteView(
            page: chrome(title: "\(title) – \(utvalg)",
                         crumbs: [.init(title: utvalg, href: paths.href(utvalg: mote.utvalg)), .init(title: title)]),
            title: title, utvalgNavn: utvalg, utvalgHref: paths.href(utvalg: mote.utvalg),
            status: status(mote), isReferat: mote.harReferat,
            dato: moteDato(mote), datoISO: mote.dato.iso,
            tid: mote.tid.map(NorwegianFormat.timeSpan), sted: mote.sted,
            beskrivelseHTML: RenderedTexts.render(mote.beskrivelse, reserved: pageIDs.mote, links: texts.links)?.html,
            attendance: groups,
            agenda: agenda(mote),
            sakerHeading: "Saker og " + label("forslag_til_vedtak").lowercasedFirst(),
            hasTidspunkt: mote.saker.contains { $0.tidspunkt != nil } || mote.dagsorden.contains { $0.tid != nil },
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
                href: sak.isPublic ? paths.href(sak: sak) : nil, anchor: "sak-\(sak.slug)", sakstype: sak.sakstype?.rawValue,
                unntatt: sak.unntattOffentlighet, isSak: true))
        }
        let rows = { (punkt: DagsordenPunkt) in
            MoteView.AgendaRow(tidspunkt: punkt.tid?.norwegian, saksnummer: nil, tittel: punkt.punkt, href: nil, anchor: nil,
                               sakstype: nil, unntatt: nil, isSak: false)
        }
        let others = mote.dagsorden.compactMap { punkt in punkt.tid.map { (time: Optional($0), row: rows(punkt)) } }
        // A stable merge: saker keep their agenda order, other rows slot in by time; rows without one end it.
        var merged: [MoteView.AgendaRow] = []
        var pending = others.sorted { $0.time! < $1.time! }[...]
        var timedBefore = false
        for sak in saker {
            while let next = pending.first, let time = sak.time, next.time! <= time {
                merged.append(next.row)
                pending.removeFirst()
            }
            // Items without a time before the first timed one (a board's opening item) keep the rows for later.
            timedBefore = timedBefore || sak.time != nil
            if sak.time == nil && timedBefore {
                while let next = pending.first {
                    merged.append(next.row)
                    pending.removeFirst()
                }
            }
            merged.append(sak.row)
        }
        merged += pending.map(\.row)
        return merged + mote.dagsorden.filter { $0.tid == nil }.map(rows)
    }

    private func sakSection(_ sak: Sak) -> MoteView.SakSection {
        let rendered = texts[sak]
        return MoteView.SakSection(
            anchor: "sak-\(sak.slug)", label: sak.nummer.map { "Sak \($0)" }, tittel: sak.tittel,
            href: sak.isPublic ? paths.href(sak: sak) : nil, sakstype: sak.sakstype?.rawValue,
            unntatt: sak.unntattOffentlighet,
            forslagHTML: sak.vedtak == nil ? rendered.forslag?.html : nil, forslagLabel: overskrift("forslag_til_vedtak", of: sak),
            behandlingHTML: rendered.behandling?.html, behandlingLabel: overskrift("behandling", of: sak),
            vedtakHTML: rendered.vedtak?.html,
            vedtakLabel: vedtakLabel(sak), status: sak.isPublic ? referatStatus(sak) : nil)
    }

    /// "Vedtak – oppdatert" when the referat says so, or when the decision differs from the proposal; in the
    /// utvalg's own word for vedtak where it has one.
    func vedtakLabel(_ sak: Sak) -> String {
        let label = texts[sak].vedtakLabel
        guard let own = utvalg(sak.mote.utvalg)?.overskrifter["vedtak"], label.hasPrefix(Strings.vedtak) else { return label }
        return own + label.dropFirst(Strings.vedtak.count)
    }

    /// A label of the sak's page in its utvalg's words (`overskrifter`).
    func overskrift(_ key: String, of sak: Sak) -> String { overskrift(key, in: sak.mote.utvalg) }

    func overskrift(_ key: String, in utvalg: String) -> String {
        self.utvalg(utvalg)?.overskrift(key) ?? Utvalg.defaultOverskrift(key)
    }
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
        "sakerHeading": .text(\.sakerHeading),
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
        "unntatt": .text(\.unntatt),
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
        "unntatt": .text(\.unntatt),
        "forslagHTML": .text(\.forslagHTML),
        "forslagLabel": .text(\.forslagLabel),
        "behandlingHTML": .text(\.behandlingHTML),
        "behandlingLabel": .text(\.behandlingLabel),
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
