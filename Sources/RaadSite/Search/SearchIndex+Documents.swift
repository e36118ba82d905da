import RaadContent
import RaadMarkdown

extension SearchIndex {
    /// The values each filter offers: utvalg in front-page order, years newest first, møter before the
    /// sakstyper; only values some document has.
    struct FilterOptions {
        var utvalg: [SearchIndexFiles.Option]
        var years: [SearchIndexFiles.Option]
        var types: [SearchIndexFiles.Option]
    }

    static let moteType = SearchIndexFiles.Option(value: "mote", label: "Møte")

    func filterOptions(utvalg: [Utvalg]) -> FilterOptions {
        let usedUtvalg = Set(records.map(\.utvalg))  // an emne's "" matches no utvalg
        let usedTypes = Set(records.map(Self.typeValue))
        var seen: Set<Sakstype> = []
        let sakstyper = utvalg.flatMap(\.sakstyper).filter { seen.insert($0).inserted }
            .map { SearchIndexFiles.Option(value: Slug.make($0.rawValue), label: $0.rawValue) }
        return FilterOptions(
            utvalg: utvalg.filter { usedUtvalg.contains($0.slug) }.map { .init(value: $0.slug, label: $0.navn) },
            years: Set(records.map(\.dato.year)).sorted(by: >).map { .init(value: "\($0)", label: "\($0)") },
            types: ([Self.moteType] + sakstyper).filter { usedTypes.contains($0.value) })
    }

    /// The filter value of a document's type: `mote`, a sakstype's slug, or "" for a sak without one.
    static func typeValue(_ record: SearchRecord) -> String {
        switch record.kind {
        case .mote: return moteType.value
        case .sak: return record.sakstype.map { Slug.make($0.rawValue) } ?? ""
        case .utvalg, .emne: return ""
        }
    }

    func filterTable(_ options: FilterOptions) -> SearchIndexFiles.FilterTable {
        func positions(_ list: [SearchIndexFiles.Option]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: list.enumerated().map { ($0.element.value, $0.offset) })
        }
        let utvalg = positions(options.utvalg), years = positions(options.years), types = positions(options.types)
        return SearchIndexFiles.FilterTable(
            utvalg: records.map { utvalg[$0.utvalg] ?? -1 },
            // An utvalg's or emne's page spans years: its date only places it among the results.
            years: records.map { $0.kind == .sak || $0.kind == .mote ? years["\($0.dato.year)"] ?? -1 : -1 },
            types: records.map { types[Self.typeValue($0)] ?? -1 })
    }

    func document(_ record: SearchRecord) -> SearchIndexFiles.Document {
        SearchIndexFiles.Document(
            kind: record.kind.rawValue, tittel: record.tittel, nummer: record.nummer, utvalg: record.utvalgNavn,
            dato: record.dato.iso, datoTekst: NorwegianFormat.date(record.dato), sakstype: record.sakstype?.rawValue,
            status: record.status, url: record.url,
            tekst: Self.snippetText([record.vedtak, record.forslag, record.behandling, record.tekst],
                                    limit: Self.documentTextLimit))
    }

    /// The non-empty parts joined by " … ", each run of whitespace as one space, cut after about `limit`
    /// characters (Unicode scalars) at a space. Works on UTF-8 and reads only as far as it keeps, since
    /// it runs over every document on each build.
    static func snippetText(_ parts: [String], limit: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(limit + limit / 4)
        var count = 0
        for part in parts {
            var pendingSpace = false
            var started = false
            for byte in part.utf8 {
                // ASCII whitespace; other Unicode spaces are rare in content and kept as they are.
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = started
                    continue
                }
                if !started {
                    if !out.isEmpty { out.append(contentsOf: " … ".utf8) }
                    started = true
                } else if pendingSpace {
                    if count >= limit { return cut(out) }
                    out.append(0x20)
                    count += 1
                }
                pendingSpace = false
                out.append(byte)
                if byte & 0xC0 != 0x80 { count += 1 }  // a byte that starts a scalar
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func cut(_ text: [UInt8]) -> String {
        String(decoding: text, as: UTF8.self) + " …"
    }
}
