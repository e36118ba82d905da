/// Writes the Norwegian text of one sak from the sentence patterns: toppnotat, forslag, behandling, vedtak.
struct TextWriter {
    /// What a sak's text is about.
    struct Subject {
        var utvalgNavn: String
        var year: Int
        /// The sak's main tiltak, used in its title and decisions.
        var tiltak: String
        /// "sak 14/25" of earlier saker of the same utvalg, mentioned in the text.
        var mentions: [String]
    }

    var rng: SplitMix64
    let subject: Subject

    static let middleSections = [
        "Bakgrunn", "Status", "Vurdering", "Risiko og usikkerhet", "Økonomiske og administrative konsekvenser",
        "Innspill fra aktørene", "Anbefaling", "Hva skal rådet ta stilling til?",
    ]

    /// A toppnotat of about `words` words in `##` sections, with a list, usually a table, and the mentions.
    mutating func toppnotat(words target: Int) -> String {
        let middle = rng.sample(Self.middleSections, count: rng.int(2...5))
        let headings = ["Hensikt med saken"] + middle + ["Videre saksprosess"]
        var total = 0
        var listAt = rng.int(1...(headings.count - 2))
        let tableAt = rng.chance(0.75) ? rng.int(1...(headings.count - 2)) : -1
        let subsectionAt = rng.chance(0.4) ? rng.int(1...(headings.count - 2)) : -1
        var out = ""
        out.reserveCapacity(target * 8)
        var pendingMentions = subject.mentions
        for (index, heading) in headings.enumerated() {
            out += "## \(heading)\n\n"
            // Sections share what is left, so the whole text lands close to `target`.
            let perSection = max(40, (target - total) / (headings.count - index))
            var written = 0
            if index == subsectionAt {
                written += paragraph(into: &out, sentences: 3, mentions: &pendingMentions)
                out += "### \(capitalized(rng.pick(Vocabulary.tiltak)))\n\n"
            }
            while written < perSection {
                let room = (perSection - written) / 18
                written += paragraph(into: &out, sentences: max(2, min(rng.int(3...6), room + 1)), mentions: &pendingMentions)
                if index == listAt && written >= perSection / 3 {
                    written += list(into: &out)
                    listAt = -1
                }
            }
            if index == tableAt { written += table(into: &out) }
            total += written
        }
        return out
    }

    /// A one- or two-sentence decision about the sak's tiltak.
    mutating func vedtak() -> String {
        fill(rng.pick(Sentences.vedtak)) + "\n"
    }

    /// The referat's account: who presented the sak, and the innspill given.
    mutating func behandling(presenters: [String]) -> String {
        var out = presenters.joined(separator: " og ") + " la frem saken.\n\nInnspill:\n\n"
        for item in rng.sample(Sentences.innspill, count: rng.int(2...4)) { out += "- \(item)\n" }
        return out
    }

    private mutating func paragraph(into out: inout String, sentences: Int, mentions: inout [String]) -> Int {
        var words = 0
        for i in 0..<sentences {
            let sentence: String
            if i == 1, let mention = mentions.popLast() {
                sentence = fill(rng.pick(Sentences.mentions), mention: mention)
            } else {
                sentence = fill(rng.pick(Sentences.prose))
            }
            if i > 0 { out += " " }
            out += sentence
            words += Self.wordCount(sentence)
        }
        out += "\n\n"
        return words
    }

    private mutating func list(into out: inout String) -> Int {
        out += "Arbeidet omfatter blant annet:\n\n"
        var words = 4
        for item in rng.sample(Sentences.listItems, count: rng.int(3...6)) {
            let line = fill(item)
            out += "- \(line)\n"
            words += Self.wordCount(line)
        }
        out += "\n"
        return words
    }

    private mutating func table(into out: inout String) -> Int {
        let start = out.utf8.count
        if rng.chance(0.5) {
            out += "| Tiltak | Ansvarlig | Status | Frist |\n|---|---|---|---|\n"
            for tiltak in rng.sample(Vocabulary.tiltak, count: rng.int(3...6)) {
                out += "| \(capitalized(tiltak)) | \(rng.pick(Vocabulary.aktorer)) | \(rng.pick(Vocabulary.statuser)) | Q\(rng.int(1...4)) \(subject.year + rng.int(0...2)) |\n"
            }
        } else {
            out += "| Løsning | \(subject.year) (mill. kr) | \(subject.year + 1) (mill. kr) | Endring |\n|---|---:|---:|---:|\n"
            for losning in rng.sample(Vocabulary.losninger, count: rng.int(3...6)) {
                let before = rng.int(200...4_000)
                let after = before + rng.int(-300...600)
                let change = Double(after - before) * 100 / Double(before)
                out += "| \(losning) | \(Self.decimal(before)) | \(Self.decimal(after)) | \(change >= 0 ? "+" : "")\(Self.decimal(Int((change * 10).rounded()))) % |\n"
            }
        }
        out += "\n"
        return (out.utf8.count - start) / 12
    }

    /// Fills the `{X}` slots of a pattern.
    mutating func fill(_ pattern: String, mention: String? = nil) -> String {
        var out = ""
        var slot: String?
        for ch in pattern {
            if ch == "{" { slot = ""; continue }
            if ch == "}", let name = slot {
                out += value(of: name, mention: mention)
                slot = nil
                continue
            }
            if slot != nil { slot!.append(ch) } else { out.append(ch) }
        }
        return out
    }

    private mutating func value(of slot: String, mention: String?) -> String {
        switch slot {
        case "L": return rng.pick(Vocabulary.losninger)
        case "T": return rng.pick(Vocabulary.tiltak)
        case "t": return subject.tiltak
        case "A", "B": return rng.pick(Vocabulary.aktorer)
        case "Y": return String(subject.year)
        case "Z": return String(subject.year + 1)
        case "P": return String(rng.int(12...94))
        case "N": return String(rng.int(3...350))
        case "R": return subject.utvalgNavn
        case "M": return mention ?? "sak"
        default: return slot
        }
    }

    /// Tenths written the Norwegian way: 1234 -> "123,4".
    static func decimal(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10),\(abs(tenths) % 10)"
    }

    static func wordCount(_ text: String) -> Int {
        text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }
    }

    func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
