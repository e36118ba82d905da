import Foundation
import RaadMessages

extension ContentLoader {
    static let moteKeys = ["mote", "dato", "til_dato", "tid", "sted", "medlemmer", "ikke_til_stede", "stedfortredere",
                           "observatorer", "sekretariat", "dagsorden", "vedlegg", "utkast", "tidligere_adresser"]

    func loadMote(id: MoteID, folder: String, _ diagnostics: DiagnosticCollector) -> Mote? {
        let path = folder + "/_index.md"
        guard var mote = cached(path, diagnostics, { moteHeader(id: id, folder: folder, path: path, $0) }) else { return nil }
        for entry in listFolder(folder, diagnostics) where entry != "_index.md" {
            let entryPath = folder + "/" + entry
            if entry == "vedlegg" && isFolder(entryPath) { continue }
            guard entry.hasSuffix(".md"), !isFolder(entryPath) else {
                diagnostics.error(SourceLocation(path: entryPath), .unexpectedInMote(entry), hint: .moteFolderHolds)
                continue
            }
            let sak = cached(entryPath, diagnostics) { loadSak(path: entryPath, mote: id, moteFolder: folder, $0) }
            if let sak { mote.saker.append(sak) }
        }
        mote.saker = Self.inAgendaOrder(mote.saker)
        return mote
    }

    /// The møte as its `_index.md` describes it, without saker.
    private func moteHeader(id: MoteID, folder: String, path: String, _ diagnostics: DiagnosticCollector) -> Mote? {
        guard let (map, front) = readMapping(path, what: .aMote, allowed: Self.moteKeys,
                                             missingHint: .moteNeedsIndex(id.dato.iso),
                                             diagnostics)
        else { return nil }
        if let dato = map.dato("dato", required: true), dato != id.dato {
            diagnostics.error(map.location(of: "dato"), .datoDoesNotMatchFolder(dato.iso, id.dato.iso),
                              hint: .renameFolderOrDate(dato.iso))
        }
        var tilDato = map.dato("til_dato")
        if let last = tilDato, last <= id.dato {
            diagnostics.error(map.location(of: "til_dato"), .tilDatoNotAfter(last.iso, id.dato.iso), hint: .tilDatoHint)
            tilDato = nil
        }
        let nummer = map.string("mote")
        if let nummer, !Self.isMoteNummer(nummer, year: id.dato.year) {
            diagnostics.error(map.location(of: "mote"), .moteNummerForm(nummer, year: id.dato.year))
        }
        return Mote(
            id: id, nummer: nummer, tilDato: tilDato, tid: map.string("tid"), sted: map.string("sted"),
            medlemmer: people(map, "medlemmer"), ikkeTilStede: people(map, "ikke_til_stede"),
            stedfortredere: people(map, "stedfortredere"),
            observatorer: people(map, "observatorer"), sekretariat: people(map, "sekretariat"),
            dagsorden: dagsorden(map), vedlegg: vedlegg(map, moteFolder: folder), utkast: map.bool("utkast"),
            beskrivelse: bodyText(front, path: path), source: SourceLocation(path: path, line: 1), folder: folder,
            tidligereAdresser: tidligereAdresser(map))
    }

    /// The agenda: saker by time and number, then each item with `rekkefolge: n` put in the n-th place.
    static func inAgendaOrder(_ saker: [Sak]) -> [Sak] {
        let sorted = saker.sorted(by: agendaOrder)
        var agenda = sorted.filter { $0.rekkefolge == nil }
        for sak in sorted.filter({ $0.rekkefolge != nil }).sorted(by: { ($0.rekkefolge!, $0.slug) < ($1.rekkefolge!, $1.slug) }) {
            agenda.insert(sak, at: min(sak.rekkefolge! - 1, agenda.count))
        }
        return agenda
    }

    /// Saker with a tidspunkt in time order; the rest after them by number, items without number last.
    static func agendaOrder(_ a: Sak, _ b: Sak) -> Bool {
        switch (a.tidspunkt, b.tidspunkt) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.nummer, b.nummer) {
        case let (x?, y?): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.slug < b.slug
        }
    }

    static func isMoteNummer(_ text: String, year: Int) -> Bool {
        let parts = text.split(separator: "/")
        return parts.count == 2 && Int(parts[0]) != nil && Int(parts[1]) == year
    }

    private func dagsorden(_ map: YAMLMapping) -> [DagsordenPunkt] {
        map.list("dagsorden").compactMap { item in
            let location = map.locate(item) ?? map.location(of: "dagsorden")
            guard let row = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset, what: .aDagsordenRow,
                                        allowed: ["tid", "punkt"], at: location, diagnostics: map.diagnostics),
                  let punkt = row.string("punkt", required: true)
            else { return nil }
            guard let tid = row.string("tid") else { return DagsordenPunkt(tid: nil, punkt: punkt) }
            guard let klokkeslett = Klokkeslett(tid) else {
                map.diagnostics.error(row.location(of: "tid"), .mustBeTime("tid", tid), hint: .timeExample("tid", "11:35"))
                return nil
            }
            return DagsordenPunkt(tid: klokkeslett, punkt: punkt)
        }
    }
}
