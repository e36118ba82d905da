import Foundation
import RaadMessages
import Yams

extension ContentLoader {
    static let sakKeys = ["sak", "tittel", "sakstype", "tidspunkt", "rekkefolge", "sakseier", "saksbehandler", "emner",
                          "forslag_til_vedtak", "behandling", "vedtak", "vedtak_oppdatert", "vedlegg",
                          "tidligere_behandlinger", "godkjenner_referat", "unntatt_offentlighet", "offentlig_tittel",
                          "utkast", "tidligere_adresser"]

    /// One sak file read on its own, as `load()` reads it inside its møte, with its own diagnostics only: for
    /// `raad serve`, which shows an edited sak's page before the whole archive is loaded and checked again.
    /// `sakstyper` are the utvalg's, as `load()` gave them.
    public func loadSak(at path: String, mote: MoteID, sakstyper: [Sakstype] = Sakstype.defaults)
        -> (sak: Sak?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        guard var sak = loadSak(path: path, mote: mote, moteFolder: (path as NSString).deletingLastPathComponent, diagnostics)
        else { return (nil, diagnostics.all) }
        diagnostics.add(contentsOf: Self.resolveSakstype(&sak, allowed: sakstyper))
        return (sak, diagnostics.all)
    }

    func loadSak(path: String, mote: MoteID, moteFolder: String, _ diagnostics: DiagnosticCollector) -> Sak? {
        let slug = String((path as NSString).lastPathComponent.dropLast(3))
        guard let (map, front) = readMapping(path, what: .aSak, allowed: Self.sakKeys, diagnostics) else { return nil }
        let nummer = saksnummer(map, slug: slug, mote: mote)
        guard Self.isSlug(slug) else {
            diagnostics.error(SourceLocation(path: path), .invalidSakFileName(slug + ".md"),
                              hint: nummer.map { Message.nameItSlug($0.slug + ".md") } ?? .apenSakFileExample)
            return nil
        }
        var tidspunkt: Klokkeslett?
        if let text = map.string("tidspunkt") {
            tidspunkt = Klokkeslett(text)
            if tidspunkt == nil {
                diagnostics.error(map.location(of: "tidspunkt"), .mustBeTime("tidspunkt", text),
                                  hint: .timeExample("tidspunkt", "12:20"))
            }
        }
        var rekkefolge = map.int("rekkefolge")
        if let value = rekkefolge, value < 1 {
            diagnostics.error(map.location(of: "rekkefolge"), .rekkefolgeForm(value))
            rekkefolge = nil
        }
        let (godkjenner, eksternt) = godkjennerReferat(map, in: mote.utvalg)
        let toppnotat = bodyText(front, path: path)
        diagnostics.add(contentsOf: ScaffoldHeadings.warnings(in: toppnotat))
        let tittel = map.string("tittel", required: true) ?? slug
        var sak = Sak(
            slug: slug, mote: mote, nummer: nummer, tittel: tittel,
            sakstype: map.string("sakstype").map(Sakstype.init(rawValue:)), tidspunkt: tidspunkt, rekkefolge: rekkefolge,
            sakseier: map.string("sakseier"),
            saksbehandler: map.string("saksbehandler"), emner: map.stringList("emner"),
            forslagTilVedtak: map.markdown("forslag_til_vedtak"), behandling: map.markdown("behandling"),
            vedtak: map.markdown("vedtak"), vedtakOppdatert: map.bool("vedtak_oppdatert"),
            vedlegg: vedlegg(map, moteFolder: moteFolder), tidligereBehandlinger: tidligere(map),
            godkjennerReferat: godkjenner, godkjennerReferatLocation: godkjenner == nil ? nil : map.location(of: "godkjenner_referat"),
            godkjennerEksterntReferat: eksternt,
            utkast: map.bool("utkast"), toppnotat: toppnotat,
            source: SourceLocation(path: path, line: 1), tidligereAdresser: tidligereAdresser(map))
        sak.sakstypeLocation = map.has("sakstype") ? map.location(of: "sakstype") : nil
        return closed(sak, map) ?? sak
    }

    /// A sak treated in closed session, with nothing but what may be published: everything else written in
    /// it was read above only so that its mistakes are still reported, and is dropped here.
    private func closed(_ sak: Sak, _ map: YAMLMapping) -> Sak? {
        let offentligTittel = map.string("offentlig_tittel")
        guard map.has("unntatt_offentlighet") else {
            if offentligTittel != nil {
                map.diagnostics.error(map.location(of: "offentlig_tittel"), .offentligTittelAlone, hint: .addUnntattOffentlighet)
            }
            return nil
        }
        guard let hjemmel = map.string("unntatt_offentlighet", required: true) else { return nil }
        if offentligTittel == nil {
            map.diagnostics.error(map.location(of: "unntatt_offentlighet"), .needsOffentligTittel, hint: .offentligTittelExample)
        }
        let listed = sak.vedlegg.compactMap(\.filePath)
        let texts = [sak.toppnotat, sak.forslagTilVedtak, sak.behandling, sak.vedtak].compactMap { $0?.source }
        let files = listed + texts.flatMap(Self.vedleggPaths(in:))
        return Sak(slug: sak.slug, mote: sak.mote, nummer: sak.nummer, tittel: offentligTittel ?? "",
                   tidspunkt: sak.tidspunkt, rekkefolge: sak.rekkefolge, unntattOffentlighet: hjemmel,
                   withheldFiles: files, utkast: sak.utkast, source: sak.source)
    }

    /// The `vedlegg/…` paths a text names, images among them: a closed sak's files are not unused.
    static func vedleggPaths(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let start = rest.range(of: "vedlegg/") {
            let tail = rest[start.lowerBound...]
            let path = tail.prefix { !$0.isWhitespace && !")]\"'<>".contains($0) }
            found.append(String(path))
            rest = tail.dropFirst(path.count)
        }
        return found
    }

    /// The sak's sakstype as the utvalg spells it, or an error naming the allowed ones. Done after loading,
    /// outside the file cache, because the allowed list is written in another file.
    static func resolveSakstype(_ sak: inout Sak, allowed: [Sakstype]) -> [Diagnostic] {
        guard let written = sak.sakstype else { return [] }
        if let type = allowed.first(where: { $0.rawValue.lowercased() == written.rawValue.lowercased() }) {
            sak.sakstype = type
            return []
        }
        sak.sakstype = nil
        let names = allowed.map(\.rawValue)
        let location = sak.sakstypeLocation ?? sak.source
        return [.error(location, .unknownSakstype(written.rawValue),
                       hint: .validSakstyper(names, suggestion: Suggestions.closest(to: written.rawValue, in: names)))]
    }

    /// The `sak:` number, matching the file name; required unless the file name is a word, not a number.
    private func saksnummer(_ map: YAMLMapping, slug: String, mote: MoteID) -> Saksnummer? {
        guard let text = map.string("sak") else {
            if !map.has("sak") && Self.looksNumbered(slug) {
                map.diagnostics.error(map.location, .missingKey("sak"), hint: .addSakNummer)
            }
            return nil
        }
        guard let nummer = Saksnummer(text) else {
            map.diagnostics.error(map.location(of: "sak"), .saksnummerForm(text), hint: .saksnummerExample)
            return nil
        }
        if !nummer.fileNames.contains(slug) {
            map.diagnostics.error(map.location(of: "sak"), .sakDoesNotMatchFileName(text, slug + ".md"),
                                  hint: .renameSakFile(nummer.slug + ".md"))
        }
        if nummer.year != mote.dato.year {
            map.diagnostics.warning(map.location(of: "sak"),
                                    .sakNumberedForYear(nummer.description, year: nummer.year, moteYear: mote.dato.year))
        }
        return nummer
    }

    /// `14-26`, `02-2015`, `108-03-b`: a file name that is a saksnummer, so its `sak:` line is missing.
    static func looksNumbered(_ slug: String) -> Bool {
        let parts = slug.split(separator: "-")
        return parts.count >= 2 && parts[0].allSatisfy(\.isNumber) && parts[1].allSatisfy(\.isNumber)
    }

    /// `godkjenner_referat: strategiradet 2026-03-26` for a møte on the site, or `{ utvalg, dato, url }` for one
    /// that is not.
    private func godkjennerReferat(_ map: YAMLMapping, in utvalg: String) -> (MoteID?, EksterntReferat?) {
        guard let node = map.node("godkjenner_referat") else { return (nil, nil) }
        if case .mapping = node {
            let location = map.location(of: "godkjenner_referat")
            guard let record = YAMLMapping(node, path: map.path, lineOffset: map.lineOffset, what: .anExternalReferat,
                                           allowed: ["utvalg", "dato", "url"], at: location, diagnostics: map.diagnostics),
                  let navn = record.string("utvalg", required: true), let dato = record.dato("dato", required: true)
            else { return (nil, nil) }
            let url = record.string("url")
            if let url, !Self.isSafeExternalURL(url) {
                map.diagnostics.error(record.location(of: "url"), .mustBeWebAddress("url"))
                return (nil, nil)
            }
            return (nil, EksterntReferat(utvalg: navn, dato: dato, url: url))
        }
        guard let text = map.string("godkjenner_referat") else { return (nil, nil) }
        guard let id = MoteID(text, in: utvalg) else {
            map.diagnostics.error(map.location(of: "godkjenner_referat"), .godkjennerReferatForm(text),
                                  hint: .godkjennerReferatExample(utvalg))
            return (nil, nil)
        }
        return (id, nil)
    }

    private func tidligere(_ map: YAMLMapping) -> [TidligereBehandling] {
        map.list("tidligere_behandlinger").compactMap { item in
            let location = map.locate(item) ?? map.location(of: "tidligere_behandlinger")
            guard let entry = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset,
                                          what: .aTidligereBehandling,
                                          allowed: ["sak", "utvalg", "dato", "tittel", "vedtak", "url"], at: location,
                                          diagnostics: map.diagnostics),
                  let sakText = entry.string("sak", required: true)
            else { return nil }
            let isRecord = ["utvalg", "dato", "tittel", "vedtak", "url"].contains(where: entry.has)
            if !isRecord {
                guard let ref = SakRef(sakText) else {
                    map.diagnostics.error(entry.location(of: "sak"), .referenceForm(sakText), hint: .referenceExample)
                    return nil
                }
                return .reference(ref, location: entry.location(of: "sak"))
            }
            guard let nummer = Saksnummer(sakText) else {
                map.diagnostics.error(entry.location(of: "sak"), .saksnummerForm(sakText))
                return nil
            }
            var url = entry.string("url")
            if let text = url, !Self.isSafeExternalURL(text) {
                map.diagnostics.error(entry.location(of: "url"), .mustBeWebAddress("url"))
                url = nil
            }
            let dato = entry.dato("dato", required: false)
            if dato == nil && !entry.has("dato") && !entry.has("url") {
                map.diagnostics.error(location, .recordNeedsDatoOrURL, hint: .addDatoOrURL)
                return nil
            }
            guard let utvalg = entry.string("utvalg", required: true), let tittel = entry.string("tittel", required: true),
                  dato != nil || url != nil
            else { return nil }
            return .record(.init(utvalg: utvalg, dato: dato, sak: nummer, tittel: tittel,
                                 vedtak: entry.markdown("vedtak"), url: url, location: location))
        }
    }
}
