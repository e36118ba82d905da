import Foundation

extension ContentLoader {
    static let utvalgKeys = ["navn", "fullt_navn", "rekkefolge", "forgjenger", "medlemmer"]

    func loadUtvalg(slug: String, folder: String, _ diagnostics: DiagnosticCollector) -> Utvalg? {
        let path = folder + "/_index.md"
        let folderLocation = SourceLocation(path: folder)
        guard Self.isSlug(slug) else {
            diagnostics.error(folderLocation, "the folder name `\(slug)` is not a valid utvalg slug",
                              hint: "use lowercase ASCII letters, digits and dashes, e.g. `strategiradet`")
            return nil
        }
        guard !Self.reservedSlugs.contains(slug) else {
            diagnostics.error(folderLocation, "an utvalg folder may not be called `\(slug)`: the site uses /\(slug)/ for its own pages",
                              hint: "rename the folder, for example to `\(slug)-utvalg`; the folder name is the utvalg's address")
            return nil
        }
        guard var utvalg = cached(path, diagnostics, { utvalgHeader(slug: slug, path: path, $0) }) else { return nil }
        var moter: [(id: MoteID, folder: String)] = []
        for entry in listFolder(folder, diagnostics) where entry != "_index.md" {
            let moteFolder = folder + "/" + entry
            guard isFolder(moteFolder), let dato = Dato(iso: entry) else {
                diagnostics.error(SourceLocation(path: moteFolder), "unexpected `\(entry)` in the utvalg folder",
                                  hint: "an utvalg folder holds _index.md and one folder per møte named by its date, e.g. 2026-06-11")
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
            if let mote { utvalg.moter.append(mote) }
        }
        return utvalg
    }

    /// The utvalg as its `_index.md` describes it, without møter.
    private func utvalgHeader(slug: String, path: String, _ diagnostics: DiagnosticCollector) -> Utvalg? {
        guard let (map, front) = readMapping(path, what: "utvalg", allowed: Self.utvalgKeys,
                                             missingHint: "each utvalg folder needs an _index.md with at least `navn:`",
                                             diagnostics)
        else { return nil }
        return Utvalg(
            slug: slug,
            navn: map.string("navn", required: true) ?? slug,
            fulltNavn: map.string("fullt_navn"),
            rekkefolge: map.int("rekkefolge"),
            forgjenger: map.string("forgjenger"),
            medlemmer: people(map, "medlemmer"),
            mandat: bodyText(front, path: path),
            source: SourceLocation(path: path, line: 1)
        )
    }

    /// The site's own folders beside the utvalg: the search page, the emne pages and the theme's assets
    /// (`SiteBuilder` writes them; a test in `RaadSiteTests` holds the two lists together).
    public static let reservedSlugs: Set<String> = ["sok", "emner", "assets"]

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A list of people: `- navn: …` with `virksomhet`, `merknad` and, for stedfortredere, `for`.
    func people(_ map: YAMLMapping, _ key: String) -> [Person] {
        let allowed = key == "stedfortredere" ? ["navn", "virksomhet", "merknad", "for"] : ["navn", "virksomhet", "merknad"]
        return map.list(key).compactMap { item in
            let location = map.locate(item) ?? map.location(of: key)
            guard let person = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset,
                                           what: "a person in `\(key)`", allowed: allowed, at: location,
                                           diagnostics: map.diagnostics),
                  let navn = person.string("navn", required: true)
            else { return nil }
            return Person(navn: navn, virksomhet: person.string("virksomhet"), merknad: person.string("merknad"),
                          stedfortrederFor: person.string("for"))
        }
    }
}
