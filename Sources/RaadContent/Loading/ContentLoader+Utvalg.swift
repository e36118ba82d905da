import Foundation
import RaadMessages

extension ContentLoader {
    static let utvalgKeys = ["navn", "fullt_navn", "rekkefolge", "forgjenger", "medlemmer", "sakstyper", "omtale_ord",
                             "overskrifter"]

    /// - Parameter siteSakstyper: the site's `sakstyper:`, for an utvalg without its own.
    func loadUtvalg(slug: String, folder: String, siteSakstyper: [Sakstype]?, _ diagnostics: DiagnosticCollector) -> Utvalg? {
        let path = folder + "/_index.md"
        let folderLocation = SourceLocation(path: folder)
        guard Self.isSlug(slug) else {
            diagnostics.error(folderLocation, .invalidUtvalgSlug(slug), hint: .utvalgSlugRule)
            return nil
        }
        guard !Self.reservedSlugs.contains(slug) else {
            diagnostics.error(folderLocation, .reservedUtvalgSlug(slug), hint: .renameUtvalgFolder(slug))
            return nil
        }
        guard let (header, ownSakstyper) = cached(path, diagnostics, { utvalgHeader(slug: slug, path: path, $0) })
        else { return nil }
        var utvalg = header
        utvalg.sakstyper = ownSakstyper ?? siteSakstyper ?? Sakstype.defaults
        var moter: [(id: MoteID, folder: String)] = []
        for entry in listFolder(folder, diagnostics) where entry != "_index.md" {
            let moteFolder = folder + "/" + entry
            guard isFolder(moteFolder), let dato = Dato(iso: entry) else {
                diagnostics.add(unexpectedInUtvalg(entry, at: SourceLocation(path: moteFolder)))
                continue
            }
            moter.append((MoteID(utvalg: slug, dato: dato), moteFolder))
        }
        // Møter are read on every core; each keeps its own diagnostics, merged in folder order.
        let loaded = parallelMap(moter, chunk: 4) { mote in
            let local = DiagnosticCollector()
            let loaded = loadMote(id: mote.id, folder: mote.folder, local)
            return (loaded, local.all, local.inputs)
        }
        for (mote, found, inputs) in loaded {
            diagnostics.add(contentsOf: found)
            inputs.forEach(diagnostics.dependsOn)
            guard var mote else { continue }
            for index in mote.saker.indices {
                diagnostics.add(contentsOf: Self.resolveSakstype(&mote.saker[index], allowed: utvalg.sakstyper))
            }
            utvalg.moter.append(mote)
        }
        return utvalg
    }

    /// The utvalg as its `_index.md` describes it, without møter.
    private func utvalgHeader(slug: String, path: String, _ diagnostics: DiagnosticCollector) -> (Utvalg, [Sakstype]?)? {
        guard let (map, front) = readMapping(path, what: .anUtvalg, allowed: Self.utvalgKeys,
                                             missingHint: .utvalgNeedsIndex,
                                             diagnostics)
        else { return nil }
        let utvalg = Utvalg(
            slug: slug,
            navn: map.string("navn", required: true) ?? slug,
            fulltNavn: map.string("fullt_navn"),
            rekkefolge: map.int("rekkefolge"),
            forgjenger: map.string("forgjenger"),
            medlemmer: people(map, "medlemmer"),
            omtaleOrd: omtaleOrd(map) ?? Utvalg.defaultOmtaleOrd,
            overskrifter: overskrifter(map),
            mandat: bodyText(front, path: path),
            source: SourceLocation(path: path, line: 1)
        )
        return (utvalg, sakstyper(map))
    }

    /// The site's own folders beside the utvalg: the search page, the emne pages and the theme's assets
    /// (`SiteBuilder` writes them; a test in `RaadSiteTests` holds the two lists together).
    public static let reservedSlugs: Set<String> = ["sok", "emner", "assets"]

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A folder in an utvalg that is not a møte: a date that does not exist says why.
    private func unexpectedInUtvalg(_ entry: String, at location: SourceLocation) -> Diagnostic {
        switch Dato.reading(entry) {
        case .noSuchDay(let month, let year, let days):
            return .error(location, .dayDoesNotExist(entry, month: month, year: year, days: days), hint: .checkTheDate)
        case .noSuchMonth(let month):
            return .error(location, .monthDoesNotExist(entry, month: month), hint: .checkTheDate)
        case .valid, .otherForm:
            return .error(location, .unexpectedInUtvalg(entry), hint: .utvalgFolderHolds)
        }
    }

    /// A list of people: `- navn: …` with `virksomhet`, `merknad`, `rolle` and, for stedfortredere, `for`.
    func people(_ map: YAMLMapping, _ key: String) -> [Person] {
        let allowed = ["navn", "virksomhet", "merknad", "rolle"] + (key == "stedfortredere" ? ["for"] : [])
        return map.list(key).compactMap { item in
            let location = map.locate(item) ?? map.location(of: key)
            guard let person = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset,
                                           what: .aPerson(in: key), allowed: allowed, at: location,
                                           diagnostics: map.diagnostics),
                  let navn = person.string("navn", required: true)
            else { return nil }
            return Person(navn: navn, virksomhet: person.string("virksomhet"), merknad: person.string("merknad"),
                          stedfortrederFor: person.string("for"), rolle: rolle(person))
        }
    }
}
