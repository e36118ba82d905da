import Foundation
import RaadContent

extension ArchiveGenerator {
    struct SakFile {
        var slug: String
        var tittel: String
        var text: String
        var files: [(String, Data)] = []
    }

    static let titlePatterns = [
        "Status for {t}", "Anbefaling om videre arbeid med {t}", "Prioritering av {t} i {Z}", "Orientering om {t}",
        "Finansiering av {t}", "Veikart for {t} {Y}–{Z}", "Oppfølging av nasjonal e-helsestrategi: {t}",
        "Nasjonal e-helseportefølje – status for {t}", "Risikovurdering av {t}", "Justert prismodell {Z} for {L}",
        "Samordnet innføring: {t}",
    ]

    static let topicTypes: [Sakstype] = [.drofting, .drofting, .orientering, .anbefaling, .beslutning]

    func sakFile(_ item: AgendaItem, utvalg: UtvalgSpec, mote: ArchivePlan.PlannedMote, state: State,
                 rng start: SplitMix64) -> SakFile {
        var rng = start
        let year = mote.dato.year
        let tiltak = rng.pick(Vocabulary.tiltak)
        var text = TextWriter(rng: SplitMix64.derived(rng.next()),
                              subject: .init(utvalgNavn: utvalg.navn, year: year, tiltak: tiltak,
                                             mentions: mentions(utvalg.slug, state: state, rng: &rng)))
        let slug = item.nummer?.slug ?? "dagsaktuelt"
        var front = "---\n"
        if let nummer = item.nummer { front += "sak: \(Self.written(nummer))\n" }
        let tittel: String
        var forslag: String?
        var vedlegg: [String] = []
        var files: [(String, Data)] = []
        switch item.kind {
        case .godkjennInnkalling:
            tittel = "Godkjenning av innkalling og dagsorden"
            front += "tittel: \(tittel)\nsakstype: Godkjenning\n"
            forslag = "\(utvalg.navn) godkjenner innkalling og dagsorden.\n"
        case .godkjennReferat(let previous):
            tittel = "Godkjenning av referatet fra \(utvalg.navn) \(Self.longDate(previous))"
            front += "tittel: \(YAMLText.scalar(tittel))\nsakstype: Godkjenning\n"
            forslag = "\(utvalg.navn) godkjenner referatet fra møtet i \(utvalg.navn) \(Self.longDate(previous)).\n"
            vedlegg.append("  - nummer: \"\(item.position)\"\n    tittel: Referat fra møtet i \(utvalg.navn) \(Self.longDate(previous))\n")
        case .apenSak:
            tittel = "Dagsaktuelt"
            front += "tittel: Dagsaktuelt\nsakstype: Åpen sak\n"
        case .eventuelt:
            tittel = "Eventuelt"
            front += "tittel: Eventuelt\n"
        case .topic:
            tittel = text.capitalized(text.fill(rng.pick(Self.titlePatterns)))
            front += "tittel: \(YAMLText.scalar(tittel))\nsakstype: \(rng.pick(Self.topicTypes).rawValue)\n"
            forslag = text.vedtak()
        }
        front += "tidspunkt: \"\(item.tidspunkt)\"\n"
        if case .topic = item.kind {
            front += "sakseier: \(UtvalgSpec.personName(&rng)), \(rng.pick(Vocabulary.aktorer))\n"
            front += "saksbehandler: \(UtvalgSpec.personName(&rng))" + (rng.chance(0.5) ? ", \(UtvalgSpec.personName(&rng))" : "") + "\n"
            front += "emner: [\(rng.sample(Vocabulary.emner, count: rng.int(1...3)).joined(separator: ", "))]\n"
            vedlegg.append("  - nummer: \"\(item.position)\"\n    tittel: \(YAMLText.scalar("Toppnotat " + tittel))\n")
            for letter in ["A", "B", "C"].prefix(rng.int(0...3)) {
                let title = "\(text.capitalized(rng.pick(Vocabulary.tiltak))) – \(rng.pick(["notat", "rapport", "presentasjon", "innspillslogg", "analyse"]))"
                var entry = "  - nummer: \(item.position)\(letter)\n    tittel: \(YAMLText.scalar(title))\n"
                let roll = rng.int(0...3)
                if roll < 2 {
                    let name = "vedlegg/\(slug)-\(letter.lowercased()).\(rng.pick(["pdf", "pdf", "docx", "xlsx"]))"
                    entry += "    fil: \(name)\n"
                    files.append((name, Self.vedleggBytes(title, &rng)))
                } else if roll == 2 {
                    entry += "    url: https://www.helsedirektoratet.no/rapporter/\(slug)-\(letter.lowercased())\n"
                }
                vedlegg.append(entry)
            }
        }
        if let forslag { front += YAMLText.block("forslag_til_vedtak", forslag) }
        if !mote.isInnkalling {
            if case .topic = item.kind, rng.chance(0.8) {
                front += YAMLText.block("behandling", text.behandling(presenters: [UtvalgSpec.personName(&rng), UtvalgSpec.personName(&rng)]))
            }
            switch item.kind {
            case .apenSak: break
            case .eventuelt: front += YAMLText.block("vedtak", "Ingen saker ble meldt under eventuelt.\n")
            default:
                front += YAMLText.block("vedtak", rng.chance(0.7) ? (forslag ?? text.vedtak()) : text.vedtak())
                if case .topic = item.kind, rng.chance(0.03) { front += "vedtak_oppdatert: true\n" }
            }
        }
        if !vedlegg.isEmpty { front += "vedlegg:\n" + vedlegg.joined() }
        if case .topic = item.kind { front += tidligere(utvalg.slug, year: year, state: state, text: &text, rng: &rng) }
        if case .godkjennReferat(let previous) = item.kind { front += "godkjenner_referat: \(utvalg.slug) \(previous.iso)\n" }
        if rng.chance(0.05) { front += "utkast: false\n" }
        front += "---\n" + text.toppnotat(words: rng.int(600...1_420))
        return SakFile(slug: slug, tittel: tittel, text: front, files: files)
    }

    /// "sak 14/25" of up to two recent saker of the same utvalg; only years a two-digit number names.
    private func mentions(_ slug: String, state: State, rng: inout SplitMix64) -> [String] {
        let recent = state.earlier.suffix(400).filter { $0.utvalg == slug && (2000...2099).contains($0.nummer.year) }
        guard !recent.isEmpty else { return [] }
        return (0..<rng.int(0...2)).map { _ in "sak \(rng.pick(recent).nummer)" }
    }

    private func tidligere(_ slug: String, year: Int, state: State, text: inout TextWriter, rng: inout SplitMix64) -> String {
        var out = ""
        let recent = Array(state.earlier.suffix(400))
        if !recent.isEmpty && rng.chance(0.45) {
            var seen: Set<String> = []
            for _ in 0..<rng.int(1...2) {
                let earlier = rng.pick(recent)
                let sameUtvalg = earlier.utvalg == slug && rng.chance(0.2)
                let ref = (sameUtvalg ? "" : earlier.utvalg + " ") + Self.written(earlier.nummer)
                if seen.insert(ref).inserted { out += "  - sak: \(ref)\n" }
            }
        }
        if rng.chance(0.15) {
            let earlierYear = year - rng.int(1...3)
            out += "  - utvalg: \(YAMLText.scalar(rng.pick(Vocabulary.andreUtvalg)))\n"
            out += "    dato: \(Dato(year: earlierYear, month: rng.int(1...12), day: rng.int(1...28)).iso)\n"
            out += "    sak: \(Self.written(Saksnummer(nummer: rng.int(1...60), year: earlierYear)))\n"
            out += "    tittel: \(YAMLText.scalar(text.capitalized(text.fill(rng.pick(Self.titlePatterns)))))\n"
            out += YAMLText.block("vedtak", text.vedtak(), indent: 4)
        }
        return out.isEmpty ? "" : "tidligere_behandlinger:\n" + out
    }

    /// `14/26`, or `14/1998` where a two-digit year would be read as 20YY.
    static func written(_ nummer: Saksnummer) -> String {
        (2000...2099).contains(nummer.year) ? nummer.description : "\(nummer.nummer)/\(nummer.year)"
    }
}
