/// Checks that need the whole archive: unique numbers and references that resolve.
public struct Validator {
    let archive: Archive

    func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [SakID: Sak] = [:]
        var moter: Set<MoteID> = []
        let slugs = Set(archive.utvalg.map(\.slug))
        for utvalg in archive.utvalg {
            if let forgjenger = utvalg.forgjenger, !slugs.contains(forgjenger) {
                diagnostics.append(.error(utvalg.source, "`forgjenger: \(forgjenger)` is not an utvalg on this site",
                                          hint: Suggestions.closest(to: forgjenger, in: Array(slugs)).map { "did you mean `\($0)`?" }))
            }
            for mote in utvalg.moter {
                moter.insert(mote.id)
                for sak in mote.saker {
                    guard let id = sak.id else { continue }
                    if let first = seen[id] {
                        diagnostics.append(.error(sak.source, "sak \(id.nummer) of \(utvalg.slug) is also \(first.source.path)",
                                                  hint: "each saksnummer is used once per utvalg; renumber one of them"))
                    } else {
                        seen[id] = sak
                    }
                }
            }
        }
        for sak in archive.allSaker {
            diagnostics += Self.referenceProblems(of: sak, saker: seen, moter: moter.contains, utvalg: slugs)
        }
        return diagnostics
    }

    /// What is wrong with the references of `sak` (its earlier treatments and the referat it approves), given
    /// the saker, møter and utvalg of the site. `raad serve` asks it too, before it shows an edited sak's page
    /// ahead of checking the whole archive again.
    public static func referenceProblems(of sak: Sak, saker: [SakID: Sak], moter: (MoteID) -> Bool,
                                         utvalg slugs: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in sak.tidligereBehandlinger {
            guard case .reference(let ref, let location) = entry else { continue }
            let id = ref.resolved(in: sak.mote.utvalg)
            if !slugs.contains(id.utvalg) {
                diagnostics.append(.error(location, "unknown utvalg `\(id.utvalg)` in the reference to sak \(id.nummer)",
                                          hint: Suggestions.closest(to: id.utvalg, in: Array(slugs)).map { "did you mean `\($0)`?" }
                                            ?? "utvalg on this site: \(slugs.sorted().joined(separator: ", "))"))
            } else if saker[id] == nil {
                let hint = Self.closest(to: id, in: saker.keys).map { "did you mean `\($0)`? " } ?? ""
                diagnostics.append(.error(location, "sak \(id) is not on this site",
                                          hint: hint + "a sak that is not on the site is written out with utvalg, dato, sak, tittel and vedtak"))
            }
        }
        if let godkjent = sak.godkjennerReferat, !moter(godkjent) {
            diagnostics.append(.error(sak.godkjennerReferatLocation ?? sak.source,
                                      "`godkjenner_referat`: there is no møte \(godkjent) on this site",
                                      hint: "the møte folder must be content/\(godkjent.utvalg)/\(godkjent.dato)/"))
        }
        return diagnostics
    }

    /// The sak most likely meant: the same number in another utvalg, else the nearest number of that utvalg and year.
    static func closest(to id: SakID, in ids: Dictionary<SakID, Sak>.Keys) -> SakID? {
        if let sameNumber = ids.filter({ $0.nummer == id.nummer }).min() { return sameNumber }
        return ids.filter { $0.utvalg == id.utvalg && $0.nummer.year == id.nummer.year }
            .min { (abs($0.nummer.nummer - id.nummer.nummer), $0) < (abs($1.nummer.nummer - id.nummer.nummer), $1) }
    }
}
