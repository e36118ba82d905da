/// One of the four synthetic utvalg, named like the real ones, with its members.
struct UtvalgSpec {
    struct Member {
        var navn: String
        var virksomhet: String
    }

    var slug: String
    var navn: String
    var fulltNavn: String?
    var rekkefolge: Int
    var forgjenger: String?
    var members: [Member]

    static func all(seed: UInt64) -> [UtvalgSpec] {
        let base: [(String, String, String?, String?)] = [
            ("strategiradet", "Strategirådet", "Nasjonalt strategiråd for digitalisering i helse- og omsorgssektoren", "nasjonalt-e-helserad"),
            ("portefoljeradet", "Porteføljerådet", "Nasjonalt porteføljeråd for digitalisering i helse- og omsorgssektoren", nil),
            ("fagradet", "Fagrådet", "Nasjonalt fagråd for digitalisering i helse- og omsorgssektoren", nil),
            ("nasjonalt-e-helserad", "Nasjonalt e-helseråd", nil, nil),
        ]
        return base.enumerated().map { index, entry in
            var rng = SplitMix64.derived(seed, 1, index)
            let members = (0..<rng.int(12...18)).map { _ in
                Member(navn: personName(&rng), virksomhet: rng.pick(Vocabulary.aktorer))
            }
            return UtvalgSpec(slug: entry.0, navn: entry.1, fulltNavn: entry.2, rekkefolge: index + 1,
                              forgjenger: entry.3, members: members)
        }
    }

    static func personName(_ rng: inout SplitMix64) -> String {
        "\(rng.pick(Vocabulary.fornavn)) \(rng.pick(Vocabulary.etternavn))"
    }
}
