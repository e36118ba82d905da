import RaadContent

/// Which møter the archive has and how many saker each: about 8 møter a year per utvalg, about 12 saker each,
/// counted back from the last year until there are exactly as many saker as asked for.
struct ArchivePlan {
    struct PlannedMote {
        var utvalg: Int
        var dato: Dato
        var sakCount: Int
        /// The last møte of each utvalg is an innkalling: its saker carry no vedtak yet.
        var isInnkalling = false
    }

    static let months = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]

    let moter: [PlannedMote]

    init(saker: Int, utvalgCount: Int, lastYear: Int, seed: UInt64) {
        var planned: [PlannedMote] = []
        var total = 0
        var year = lastYear
        while total < saker {
            for utvalg in 0..<utvalgCount {
                var rng = SplitMix64.derived(seed, 2, year, utvalg)
                for month in rng.sample(Self.months, count: rng.int(7...9)) {
                    let count = rng.int(10...14)
                    planned.append(PlannedMote(utvalg: utvalg, dato: Dato(year: year, month: month, day: rng.int(1...28)),
                                               sakCount: count))
                    total += count
                }
            }
            year -= 1
        }
        planned.sort { ($0.dato, $0.utvalg) < ($1.dato, $1.utvalg) }
        // Drop saker from the oldest møter so the archive holds exactly `saker`.
        var excess = total - saker
        while excess > 0 {
            if planned[0].sakCount <= excess {
                excess -= planned.removeFirst().sakCount
            } else {
                planned[0].sakCount -= excess
                excess = 0
            }
        }
        for utvalg in 0..<utvalgCount {
            if let last = planned.lastIndex(where: { $0.utvalg == utvalg }) { planned[last].isInnkalling = true }
        }
        moter = planned
    }
}
