import Foundation
import RaadMessages
import Yams

extension ContentLoader {
    static let sakKeys = ["sak", "tittel", "sakstype", "tidspunkt", "sakseier", "saksbehandler", "emner",
                          "forslag_til_vedtak", "behandling", "vedtak", "vedtak_oppdatert", "vedlegg",
                          "tidligere_behandlinger", "godkjenner_referat", "utkast", "tidligere_adresser"]

    /// One sak file read on its own, as `load()` reads it inside its møte, with its own diagnostics only: for
    /// `raad serve`, which shows an edited sak's page before the whole archive is loaded and checked again.
    public func loadSak(at path: String, mote: MoteID) -> (sak: Sak?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let sak = loadSak(path: path, mote: mote, moteFolder: (path as NSString).deletingLastPathComponent, diagnostics)
        return (sak, diagnostics.all)
    }

    func loadSak(path: String, mote: MoteID, moteFolder: String, _ diagnostics: DiagnosticCollector) -> Sak? {
        let slug = String((path as NSString).lastPathComponent.dropLast(3))
        guard let (map, front) = readMapping(path, what: .aSak, allowed: Self.sakKeys, diagnostics) else { return nil }
        let sakstype = sakstype(map)
        let nummer = saksnummer(map, slug: slug, mote: mote, isApenSak: sakstype == .apenSak)
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
        var godkjenner: MoteID?
        if let text = map.string("godkjenner_referat") {
            godkjenner = MoteID(text, in: mote.utvalg)
            if godkjenner == nil {
                diagnostics.error(map.location(of: "godkjenner_referat"), .godkjennerReferatForm(text),
                                  hint: .godkjennerReferatExample(mote.utvalg))
            }
        }
        let toppnotat = bodyText(front, path: path)
        diagnostics.add(contentsOf: ScaffoldHeadings.warnings(in: toppnotat))
        return Sak(
            slug: slug, mote: mote, nummer: nummer, tittel: map.string("tittel", required: true) ?? slug,
            sakstype: sakstype, tidspunkt: tidspunkt, sakseier: map.string("sakseier"),
            saksbehandler: map.string("saksbehandler"), emner: map.stringList("emner"),
            forslagTilVedtak: map.markdown("forslag_til_vedtak"), behandling: map.markdown("behandling"),
            vedtak: map.markdown("vedtak"), vedtakOppdatert: map.bool("vedtak_oppdatert"),
            vedlegg: vedlegg(map, moteFolder: moteFolder), tidligereBehandlinger: tidligere(map),
            godkjennerReferat: godkjenner, godkjennerReferatLocation: godkjenner == nil ? nil : map.location(of: "godkjenner_referat"),
            utkast: map.bool("utkast"), toppnotat: toppnotat,
            source: SourceLocation(path: path, line: 1), tidligereAdresser: tidligereAdresser(map))
    }

    private func sakstype(_ map: YAMLMapping) -> Sakstype? {
        guard let text = map.string("sakstype") else { return nil }
        if let type = Sakstype(rawValue: text) ?? Sakstype.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) {
            return type
        }
        let names = Sakstype.allCases.map(\.rawValue)
        map.diagnostics.error(map.location(of: "sakstype"), .unknownSakstype(text),
                              hint: .validSakstyper(names, suggestion: Suggestions.closest(to: text, in: names)))
        return nil
    }

    /// The `sak:` number, required unless the item is an Åpen sak, and matching the file name.
    private func saksnummer(_ map: YAMLMapping, slug: String, mote: MoteID, isApenSak: Bool) -> Saksnummer? {
        guard let text = map.string("sak") else {
            if !isApenSak && !map.has("sak") {
                map.diagnostics.error(map.location, .missingKey("sak"), hint: .addSakNummer)
            }
            return nil
        }
        guard let nummer = Saksnummer(text) else {
            map.diagnostics.error(map.location(of: "sak"), .saksnummerForm(text), hint: .saksnummerExample)
            return nil
        }
        if slug != nummer.slug {
            map.diagnostics.error(map.location(of: "sak"), .sakDoesNotMatchFileName(text, slug + ".md"),
                                  hint: .renameSakFile(nummer.slug + ".md"))
        }
        if nummer.year != mote.dato.year {
            map.diagnostics.warning(map.location(of: "sak"),
                                    .sakNumberedForYear(nummer.description, year: nummer.year, moteYear: mote.dato.year))
        }
        return nummer
    }

    private func tidligere(_ map: YAMLMapping) -> [TidligereBehandling] {
        map.list("tidligere_behandlinger").compactMap { item in
            let location = map.locate(item) ?? map.location(of: "tidligere_behandlinger")
            guard let entry = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset,
                                          what: .aTidligereBehandling,
                                          allowed: ["sak", "utvalg", "dato", "tittel", "vedtak"], at: location,
                                          diagnostics: map.diagnostics),
                  let sakText = entry.string("sak", required: true)
            else { return nil }
            let isRecord = entry.has("utvalg") || entry.has("dato") || entry.has("tittel") || entry.has("vedtak")
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
            guard let utvalg = entry.string("utvalg", required: true), let dato = entry.dato("dato", required: true),
                  let tittel = entry.string("tittel", required: true)
            else { return nil }
            return .record(.init(utvalg: utvalg, dato: dato, sak: nummer, tittel: tittel,
                                 vedtak: entry.markdown("vedtak"), location: location))
        }
    }
}
