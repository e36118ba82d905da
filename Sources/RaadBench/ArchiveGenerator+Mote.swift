import Foundation
import RaadContent

extension ArchiveGenerator {
    /// One agenda item of a møte, before it is written.
    struct AgendaItem {
        enum Kind {
            case godkjennInnkalling
            case godkjennReferat(Dato)
            case apenSak
            case eventuelt
            case topic
        }

        var kind: Kind
        var nummer: Saksnummer?
        var tidspunkt: String
        /// Position on the agenda, 1-based: the vedlegg numbers of the sak.
        var position: Int
    }

    func writeMote(_ planned: ArchivePlan.PlannedMote, index: Int, utvalg: UtvalgSpec, state: inout State,
                   to sink: inout FileSink) throws(Failure) {
        var rng = SplitMix64.derived(seed, 3, index)
        let year = planned.dato.year
        let folder = "\(utvalg.slug)/\(planned.dato.iso)"
        let moteNumber = (state.moteNumber["\(utvalg.slug)/\(year)"] ?? 0) + 1
        state.moteNumber["\(utvalg.slug)/\(year)"] = moteNumber
        var kinds: [AgendaItem.Kind] = [.godkjennInnkalling]
        if let previous = state.lastMote[utvalg.slug] { kinds.append(.godkjennReferat(previous)) }
        let hasEventuelt = planned.sakCount >= 5 && rng.chance(0.3)
        let hasApenSak = planned.sakCount >= 4 && rng.chance(0.3)
        while kinds.count < planned.sakCount - (hasEventuelt ? 1 : 0) { kinds.append(.topic) }
        if hasApenSak { kinds.insert(.apenSak, at: rng.int(1...(kinds.count - 1))) }
        if hasEventuelt { kinds.append(.eventuelt) }
        kinds = Array(kinds.prefix(planned.sakCount))

        var minutes = 10 * 60
        var dagsorden: [(String, String)] = []
        var items: [AgendaItem] = []
        for (position, kind) in kinds.enumerated() {
            if position == kinds.count / 2 {
                dagsorden.append((Self.clock(minutes), "Lunsj"))
                minutes += 45
            } else if position == kinds.count * 3 / 4 {
                dagsorden.append((Self.clock(minutes), "Pause"))
                minutes += 15
            }
            var nummer: Saksnummer?
            if case .apenSak = kind {} else {
                let key = "\(utvalg.slug)/\(year)"
                let next = (state.sakNumber[key] ?? 0) + 1
                state.sakNumber[key] = next
                nummer = Saksnummer(nummer: next, year: year)
            }
            items.append(AgendaItem(kind: kind, nummer: nummer, tidspunkt: Self.clock(minutes), position: position + 1))
            minutes += rng.int(3...6) * 5
        }
        dagsorden.append((Self.clock(minutes), "Slutt"))

        var written: [State.Earlier] = []
        for item in items {
            let sak = sakFile(item, utvalg: utvalg, mote: planned, state: state, rng: SplitMix64.derived(seed, 4, index, item.position))
            for (name, data) in sak.files { try sink.write("\(folder)/\(name)", data) }
            try sink.write("\(folder)/\(sak.slug).md", sak.text)
            if let nummer = item.nummer { written.append(.init(utvalg: utvalg.slug, nummer: nummer, tittel: sak.tittel)) }
        }
        let moteFile = moteFile(planned, nummer: "\(moteNumber)/\(year)", utvalg: utvalg, dagsorden: dagsorden, rng: &rng)
        for (name, data) in moteFile.files { try sink.write("\(folder)/\(name)", data) }
        try sink.write("\(folder)/_index.md", moteFile.text)
        state.earlier += written
        state.lastMote[utvalg.slug] = planned.dato
    }

    private func moteFile(_ planned: ArchivePlan.PlannedMote, nummer: String, utvalg: UtvalgSpec,
                          dagsorden: [(String, String)], rng: inout SplitMix64) -> (text: String, files: [(String, Data)]) {
        var out = "---\nmote: \(nummer)\ndato: \(planned.dato.iso)\n"
        out += "tid: \"10:00–\(dagsorden.last?.0 ?? "16:00")\"\nsted: \(YAMLText.scalar(rng.pick(Vocabulary.steder)))\n"
        var present = utvalg.members
        var absent: [UtvalgSpec.Member] = []
        if !planned.isInnkalling {
            for _ in 0..<rng.int(0...3) where present.count > 3 { absent.append(present.remove(at: rng.int(0...(present.count - 1)))) }
        }
        out += "medlemmer:\n"
        for (i, member) in present.enumerated() {
            out += person(member)
            if i == 2 && rng.chance(0.2) { out += "    merknad: fra kl. 12\n" }
        }
        if !absent.isEmpty {
            out += "ikke_til_stede:\n" + absent.map(person).joined()
            if rng.chance(0.5) {
                let stand = UtvalgSpec.personName(&rng)
                out += "stedfortredere:\n  - navn: \(YAMLText.scalar(stand))\n    virksomhet: \(YAMLText.scalar(absent[0].virksomhet))\n    for: \(YAMLText.scalar(absent[0].navn))\n"
            }
        }
        out += "sekretariat:\n"
        for _ in 0..<2 { out += person(.init(navn: UtvalgSpec.personName(&rng), virksomhet: "Helsedirektoratet")) }
        out += "dagsorden:\n" + dagsorden.map { "  - { tid: \"\($0.0)\", punkt: \($0.1) }\n" }.joined()
        var files: [(String, Data)] = []
        out += "vedlegg:\n  - tittel: Samlet saksdokument\n    fil: vedlegg/saksdokument-\(planned.dato.iso).pdf\n"
        files.append(("vedlegg/saksdokument-\(planned.dato.iso).pdf", Self.vedleggBytes("Samlet saksdokument", &rng)))
        if !planned.isInnkalling {
            out += "  - tittel: Referat\n    fil: vedlegg/referat-\(planned.dato.iso).pdf\n"
            files.append(("vedlegg/referat-\(planned.dato.iso).pdf", Self.vedleggBytes("Referat", &rng)))
            if rng.chance(0.3) {
                out += "  - tittel: Presentasjoner fra møtet\n    url: https://www.helsedirektoratet.no/radsmodellen/\(utvalg.slug)/\(planned.dato.iso)\n"
            }
        }
        if rng.chance(0.1) { out += "utkast: false\n" }
        out += "---\n"
        if rng.chance(0.3) { out += "Møtet ble holdt som et heldagsmøte. Presentasjonene legges ut etter møtet.\n" }
        return (out, files)
    }

    func person(_ member: UtvalgSpec.Member) -> String {
        "  - navn: \(YAMLText.scalar(member.navn))\n    virksomhet: \(YAMLText.scalar(member.virksomhet))\n"
    }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// A small stand-in for a PDF or Office document; its size varies between a few hundred bytes and 3 KB.
    static func vedleggBytes(_ title: String, _ rng: inout SplitMix64) -> Data {
        var text = "%PDF-1.4\n% raad synthetic vedlegg: \(title)\n"
        for line in 0..<rng.int(4...60) { text += "% \(line) Lorem ipsum for ytelsesmåling\n" }
        return Data((text + "%%EOF\n").utf8)
    }

    static let monthNames = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                             "oktober", "november", "desember"]

    static func longDate(_ dato: Dato) -> String { "\(dato.day). \(monthNames[dato.month - 1]) \(dato.year)" }
}
