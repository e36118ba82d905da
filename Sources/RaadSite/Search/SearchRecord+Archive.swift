import RaadContent
import RaadMarkdown

extension SearchRecord {
    /// Every møte and sak of the site, and the utvalg and emne pages, newest first, so a document's place in
    /// the list (its id in the index) also breaks ties between equally good matches. Within a day: utvalg
    /// and emne pages, then møter with utvalg in front-page order, the møte before its saker, saker in
    /// agenda order.
    static func all(from views: ViewFactory) -> [SearchRecord] {
        // Each møte's records on whichever core is free (finding "sak NN/YY" in every text is most of it),
        // put together in archive order.
        // Utvalg and emne pages first: on the date of their newest møte they come before it, so a search
        // for an utvalg's name that its møter also match lists the utvalg's own page first.
        let records = views.archive.utvalg.compactMap { SearchRecord(utvalg: $0, views: views) }
            + views.history.emner.compactMap { SearchRecord(emne: $0, views: views) }
            + parallelMap(views.archive.allMoter, chunk: 8) { mote in
                [SearchRecord(mote: mote, views: views)] + mote.saker.filter(\.isPublic).map { SearchRecord(sak: $0, in: mote, views: views) }
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
                nevnt.append(ref.nummer.searchKey)
            case .record(let record):
                nevnt.append(record.sak.searchKey)
                annet += [record.utvalg, record.tittel, record.vedtak.map { Markdown.plainText($0.source) } ?? ""]
            }
        }
        if let approved = sak.godkjennerReferat, let nummer = views.mote(approved)?.nummer {
            nevnt.append(nummer)
        }
        let plain = [texts.vedtak, texts.forslag, texts.behandling, texts.toppnotat].map { $0?.plainText ?? "" }
        // A board's own words ("styresak 21/2016") read as "sak" for the scanner, which knows only that word.
        let ownWords = views.archive.omtaleOrd(mote.utvalg).subtracting(Utvalg.defaultOmtaleOrd)
        nevnt += plain.flatMap { text in
            SaksnummerMentions.find(in: ownWords.reduce(text) { $0.replacingOccurrences(of: $1, with: "sak", options: .caseInsensitive) })
        }
        let own = sak.nummer?.searchKey
        self.init(
            kind: .sak, tittel: sak.tittel, nummer: sak.nummer?.description,
            nevnt: Array(Set(nevnt.filter { $0 != own })).sorted(),
            utvalg: mote.utvalg, utvalgNavn: views.utvalgNavn(mote.utvalg), dato: mote.dato,
            sakstype: sak.sakstype, status: views.vedtakStatus(sak), emner: sak.emner, url: views.paths.href(sak: sak),
            vedtak: plain[0], forslag: plain[1], behandling: plain[2], tekst: plain[3],
            annet: annet.joined(separator: "\n"),
            sider: Self.pageWords(mote, views, sections: [
                (texts.vedtak, "Vedtak"), (texts.forslag, "Forslag til vedtak"), (texts.behandling, "Behandling"),
                (texts.toppnotat, "Toppnotat"),
            ].compactMap { $0.0 == nil ? nil : $0.1 }))
        indexKey = own
    }

    /// An utvalg's page, dated by its newest møte; none for an utvalg without møter.
    init?(utvalg: Utvalg, views: ViewFactory) {
        guard let newest = utvalg.moter.map(\.dato).max() else { return nil }
        self.init(
            kind: .utvalg, tittel: utvalg.navn, nummer: nil, nevnt: [],
            utvalg: utvalg.slug, utvalgNavn: utvalg.navn, dato: newest, sakstype: nil, status: nil, emner: [],
            url: views.paths.href(utvalg: utvalg.slug),
            vedtak: "", forslag: "", behandling: "", tekst: [utvalg.fulltNavn ?? "", utvalg.mandat.map { Markdown.plainText($0.source) } ?? ""].joined(separator: "\n"),
            annet: utvalg.medlemmer.map { [$0.navn, $0.virksomhet ?? ""].joined(separator: ", ") }.joined(separator: "\n"),
            sider: ["Utvalg", "Mandat", "Medlemmer", "Møter"].joined(separator: "\n"))
    }

    /// An emne's page, dated by its newest sak, with the saker it gathers as its text.
    init?(emne: Emne, views: ViewFactory) {
        guard let newest = emne.saker.map(\.mote.dato).max() else { return nil }
        self.init(
            kind: .emne, tittel: emne.navn, nummer: nil, nevnt: [], utvalg: "", utvalgNavn: "", dato: newest,
            sakstype: nil, status: emne.saker.count == 1 ? "1 sak" : "\(emne.saker.count) saker", emner: [],
            url: views.paths.href(ViewFactory.emneFolder + emne.slug + "/"),
            vedtak: "", forslag: "", behandling: "",
            tekst: emne.saker.map { [$0.nummer.map { "Sak \($0)" } ?? "", $0.tittel].joined(separator: " ") }.joined(separator: "\n"),
            annet: "", sider: "Emne")
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
            nevnt: mote.saker.compactMap { $0.nummer?.searchKey },
            utvalg: mote.utvalg, utvalgNavn: views.utvalgNavn(mote.utvalg), dato: mote.dato,
            sakstype: nil, status: views.status(mote), emner: [], url: views.paths.href(mote: mote.id),
            vedtak: "", forslag: "", behandling: "", tekst: tekst.joined(separator: "\n"),
            annet: (people + mote.vedlegg.map(\.tittel)).joined(separator: "\n"),
            sider: Self.pageWords(mote, views, sections: ["Møte", "Dagsorden", "Saker"]))
    }
}
