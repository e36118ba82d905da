import RaadContent
import RaadMarkdown

extension SearchRecord {
    /// Every møte and sak of the site, newest first, so a document's place in the list (its id in the
    /// index) also breaks ties between equally good matches. Within a day: utvalg in front-page order,
    /// the møte before its saker, saker in agenda order.
    static func all(from views: ViewFactory) -> [SearchRecord] {
        // Each møte's records on whichever core is free (finding "sak NN/YY" in every text is most of it),
        // put together in archive order.
        let records = parallelMap(views.archive.allMoter, chunk: 8) { mote in
            [SearchRecord(mote: mote, views: views)] + mote.saker.map { SearchRecord(sak: $0, in: mote, views: views) }
        }.flatMap { $0 }
        // A stable sort keeps the order above within each date.
        return records.enumerated().sorted { a, b in
            a.element.dato != b.element.dato ? a.element.dato > b.element.dato : a.offset < b.offset
        }.map(\.element)
    }

    init(sak: Sak, in mote: Mote, views: ViewFactory) {
        let texts = views.texts[sak]
        var annet = [sak.sakseier, sak.saksbehandler].compactMap { $0 } + sak.vedlegg.map(\.tittel)
        var nevnt: [String] = []
        for tidligere in sak.tidligereBehandlinger {
            switch tidligere {
            case .reference(let ref, _):
                nevnt.append(ref.nummer.description)
            case .record(let record):
                nevnt.append(record.sak.description)
                annet += [record.utvalg, record.tittel, record.vedtak.map { Markdown.plainText($0.source) } ?? ""]
            }
        }
        if let approved = sak.godkjennerReferat, let nummer = views.mote(approved)?.nummer {
            nevnt.append(nummer)
        }
        let plain = [texts.vedtak, texts.forslag, texts.behandling, texts.toppnotat].map { $0?.plainText ?? "" }
        nevnt += plain.flatMap(SaksnummerMentions.find(in:))
        let own = sak.nummer?.description
        self.init(
            kind: .sak, tittel: sak.tittel, nummer: own,
            nevnt: Array(Set(nevnt.filter { $0 != own })).sorted(),
            utvalg: mote.utvalg, utvalgNavn: views.utvalgNavn(mote.utvalg), dato: mote.dato,
            sakstype: sak.sakstype, status: views.vedtakStatus(sak), emner: sak.emner, url: views.paths.href(sak: sak),
            vedtak: plain[0], forslag: plain[1], behandling: plain[2], tekst: plain[3],
            annet: annet.joined(separator: "\n"),
            sider: Self.pageWords(mote, views, sections: [
                (texts.vedtak, "Vedtak"), (texts.forslag, "Forslag til vedtak"), (texts.behandling, "Behandling"),
                (texts.toppnotat, "Toppnotat"),
            ].compactMap { $0.0 == nil ? nil : $0.1 }))
    }

    /// The words around a page's text that a reader may search for: see `sider`.
    private static func pageWords(_ mote: Mote, _ views: ViewFactory, sections: [String]) -> String {
        // The month and year, not the day: a bare "11" would otherwise find every møte on the 11th.
        let monthYear = NorwegianFormat.date(mote.dato).split(separator: " ").dropFirst().joined(separator: " ")
        return (sections + [views.status(mote), views.utvalgNavn(mote.utvalg), monthYear]).joined(separator: "\n")
    }

    init(mote: Mote, views: ViewFactory) {
        let people = (mote.medlemmer + mote.stedfortredere + mote.ikkeTilStede + mote.sekretariat)
            .map { [$0.navn, $0.virksomhet ?? ""].joined(separator: ", ") }
        let tekst = [mote.beskrivelse.map { Markdown.plainText($0.source) } ?? "", mote.sted ?? ""]
            + mote.saker.map { [$0.nummer.map { "Sak \($0)" } ?? "", $0.tittel].joined(separator: " ") }
        self.init(
            kind: .mote, tittel: views.moteTitle(mote), nummer: mote.nummer,
            nevnt: mote.saker.compactMap { $0.nummer?.description },
            utvalg: mote.utvalg, utvalgNavn: views.utvalgNavn(mote.utvalg), dato: mote.dato,
            sakstype: nil, status: views.status(mote), emner: [], url: views.paths.href(mote: mote.id),
            vedtak: "", forslag: "", behandling: "", tekst: tekst.joined(separator: "\n"),
            annet: (people + mote.vedlegg.map(\.tittel)).joined(separator: "\n"),
            sider: Self.pageWords(mote, views, sections: ["Møte", "Dagsorden", "Saker"]))
    }
}
