import RaadMessages

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
                diagnostics.append(.error(utvalg.source, .forgjengerUnknown(forgjenger),
                                          hint: Suggestions.closest(to: forgjenger, in: Array(slugs)).map { Message.didYouMean($0) }))
            }
            for mote in utvalg.moter {
                moter.insert(mote.id)
                for sak in mote.saker {
                    guard let id = sak.id else { continue }
                    if let first = seen[id] {
                        diagnostics.append(.error(sak.source, .duplicateSaksnummer(id.nummer.description, utvalg: utvalg.slug,
                                                                                   first: first.source.path),
                                                  hint: .renumberOne))
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
                diagnostics.append(.error(location, .unknownUtvalgInReference(id.utvalg, sak: id.nummer.description),
                                          hint: Suggestions.closest(to: id.utvalg, in: Array(slugs)).map { Message.didYouMean($0) }
                                            ?? .utvalgOnSite(slugs.sorted())))
            } else if saker[id] == nil {
                let nearest = Self.closest(to: id, slugOmitted: ref.utvalg == nil, in: saker)
                let hint = nearest.map { Message.didYouMeanSak($0.id.description, tittel: $0.sak.tittel) }
                diagnostics.append(.error(location, .sakNotOnSite(id.description),
                                          hint: .joined([hint, .writeOutMissingSak].compactMap { $0 }, separator: "")))
            }
        }
        if let godkjent = sak.godkjennerReferat, !moter(godkjent) {
            diagnostics.append(.error(sak.godkjennerReferatLocation ?? sak.source, .noSuchMote(godkjent.description),
                                      hint: .moteFolderMustBe("content/\(godkjent.utvalg)/\(godkjent.dato)/")))
        }
        return diagnostics
    }

    /// The sak most likely meant. A typo in the number is likeliest: the nearest number of the same utvalg and year
    /// (at most 3 away). When the utvalg was left out, the same number in another utvalg comes first, as the editor
    /// may have meant a sak of another council. Never merely the newest sak: that would point anywhere.
    static func closest(to id: SakID, slugOmitted: Bool, in saker: [SakID: Sak]) -> (id: SakID, sak: Sak)? {
        let sameNumber = saker.keys.filter { $0.nummer.nummer == id.nummer.nummer && $0.nummer.year == id.nummer.year }.min()
        let distance = { (other: SakID) in abs(other.nummer.nummer - id.nummer.nummer) }
        let near = saker.keys.filter { $0.utvalg == id.utvalg && $0.nummer.year == id.nummer.year && distance($0) <= 3 }
            .min { (distance($0), $0) < (distance($1), $1) }
        let best = slugOmitted ? (sameNumber ?? near) : (near ?? sameNumber)
        return best.flatMap { found in saker[found].map { (found, $0) } }
    }
}
