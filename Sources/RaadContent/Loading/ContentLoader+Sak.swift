import Foundation
import Yams

extension ContentLoader {
    static let sakKeys = ["sak", "tittel", "sakstype", "tidspunkt", "sakseier", "saksbehandler", "emner",
                          "forslag_til_vedtak", "behandling", "vedtak", "vedtak_oppdatert", "vedlegg",
                          "tidligere_behandlinger", "godkjenner_referat", "utkast"]

    /// One sak file read on its own, as `load()` reads it inside its møte, with its own diagnostics only: for
    /// `raad serve`, which shows an edited sak's page before the whole archive is loaded and checked again.
    public func loadSak(at path: String, mote: MoteID) -> (sak: Sak?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let sak = loadSak(path: path, mote: mote, moteFolder: (path as NSString).deletingLastPathComponent, diagnostics)
        return (sak, diagnostics.all)
    }

    func loadSak(path: String, mote: MoteID, moteFolder: String, _ diagnostics: DiagnosticCollector) -> Sak? {
        let slug = String((path as NSString).lastPathComponent.dropLast(3))
        guard let (map, front) = readMapping(path, what: "sak", allowed: Self.sakKeys, diagnostics) else { return nil }
        let sakstype = sakstype(map)
        let nummer = saksnummer(map, slug: slug, mote: mote, isApenSak: sakstype == .apenSak)
        guard Self.isSlug(slug) else {
            diagnostics.error(SourceLocation(path: path), "the file name `\(slug).md` may hold only lowercase ASCII letters, digits and dashes",
                              hint: nummer.map { "name it \($0.slug).md" } ?? "for example `dagsaktuelt.md`")
            return nil
        }
        var tidspunkt: Klokkeslett?
        if let text = map.string("tidspunkt") {
            tidspunkt = Klokkeslett(text)
            if tidspunkt == nil {
                diagnostics.error(map.location(of: "tidspunkt"), "`tidspunkt: \(text)` must be a time written \"HH:MM\"",
                                  hint: "for example `tidspunkt: \"12:20\"`")
            }
        }
        var godkjenner: MoteID?
        if let text = map.string("godkjenner_referat") {
            godkjenner = MoteID(text, in: mote.utvalg)
            if godkjenner == nil {
                diagnostics.error(map.location(of: "godkjenner_referat"),
                                  "`godkjenner_referat: \(text)` must name a møte as `<utvalg> <YYYY-MM-DD>`",
                                  hint: "for example `godkjenner_referat: \(mote.utvalg) 2026-03-26`")
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
            source: SourceLocation(path: path, line: 1))
    }

    private func sakstype(_ map: YAMLMapping) -> Sakstype? {
        guard let text = map.string("sakstype") else { return nil }
        if let type = Sakstype(rawValue: text) ?? Sakstype.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) {
            return type
        }
        let names = Sakstype.allCases.map(\.rawValue)
        let suggestion = Suggestions.closest(to: text, in: names).map { "did you mean \($0)? " } ?? ""
        map.diagnostics.error(map.location(of: "sakstype"), "unknown sakstype `\(text)`",
                              hint: suggestion + "valid sakstyper: \(names.joined(separator: ", "))")
        return nil
    }

    /// The `sak:` number, required unless the item is an Åpen sak, and matching the file name.
    private func saksnummer(_ map: YAMLMapping, slug: String, mote: MoteID, isApenSak: Bool) -> Saksnummer? {
        guard let text = map.string("sak") else {
            if !isApenSak && !map.has("sak") {
                map.diagnostics.error(map.location, "missing required key `sak`",
                                      hint: "add `sak: NN/YY` (for an item without number, set `sakstype: Åpen sak`)")
            }
            return nil
        }
        guard let nummer = Saksnummer(text) else {
            map.diagnostics.error(map.location(of: "sak"), "`sak: \(text)` must be a saksnummer written NN/YY",
                                  hint: "for example `sak: 14/26`")
            return nil
        }
        if slug != nummer.slug {
            map.diagnostics.error(map.location(of: "sak"), "`sak: \(text)` does not match the file name \(slug).md",
                                  hint: "name the file \(nummer.slug).md, or correct the number")
        }
        if nummer.year != mote.dato.year {
            map.diagnostics.add(Diagnostic(.warning, at: map.location(of: "sak"),
                                           "sak \(nummer) is numbered for \(nummer.year), but the møte is in \(mote.dato.year)"))
        }
        return nummer
    }

    private func tidligere(_ map: YAMLMapping) -> [TidligereBehandling] {
        map.list("tidligere_behandlinger").compactMap { item in
            let location = map.locate(item) ?? map.location(of: "tidligere_behandlinger")
            guard let entry = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset,
                                          what: "a tidligere behandling",
                                          allowed: ["sak", "utvalg", "dato", "tittel", "vedtak"], at: location,
                                          diagnostics: map.diagnostics),
                  let sakText = entry.string("sak", required: true)
            else { return nil }
            let isRecord = entry.has("utvalg") || entry.has("dato") || entry.has("tittel") || entry.has("vedtak")
            if !isRecord {
                guard let ref = SakRef(sakText) else {
                    map.diagnostics.error(entry.location(of: "sak"), "`sak: \(sakText)` must be a reference `<utvalg> NN/YY`",
                                          hint: "for a sak on this site write e.g. `sak: nasjonalt-e-helserad 15/25`; for one that is not, add utvalg, dato, tittel and vedtak")
                    return nil
                }
                return .reference(ref, location: entry.location(of: "sak"))
            }
            guard let nummer = Saksnummer(sakText) else {
                map.diagnostics.error(entry.location(of: "sak"), "`sak: \(sakText)` must be a saksnummer written NN/YY")
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
