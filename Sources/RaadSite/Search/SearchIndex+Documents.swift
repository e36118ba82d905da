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
        let usedUtvalg = Set(records.map(\.utvalg))
        let usedTypes = Set(records.map(Self.typeValue))
        let sakstyper = Sakstype.allCases.map { SearchIndexFiles.Option(value: Slug.make($0.rawValue), label: $0.rawValue) }
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
        }
    }

    func filterTable(_ options: FilterOptions) -> SearchIndexFiles.FilterTable {
        func positions(_ list: [SearchIndexFiles.Option]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: list.enumerated().map { ($0.element.value, $0.offset) })
        }
        let utvalg = positions(options.utvalg), years = positions(options.years), types = positions(options.types)
        return SearchIndexFiles.FilterTable(
            utvalg: records.map { utvalg[$0.utvalg] ?? -1 },
            years: records.map { years["\($0.dato.year)"] ?? -1 },
            types: records.map { types[Self.typeValue($0)] ?? -1 })
    }

    func document(_ record: SearchRecord) -> SearchIndexFiles.Document {
        let text = [record.vedtak, record.forslag, record.behandling, record.tekst]
            .map(Self.collapsingWhitespace).filter { !$0.isEmpty }.joined(separator: " … ")
        return SearchIndexFiles.Document(
            kind: record.kind.rawValue, tittel: record.tittel, nummer: record.nummer, utvalg: record.utvalgNavn,
            dato: record.dato.iso, datoTekst: NorwegianFormat.date(record.dato), sakstype: record.sakstype?.rawValue,
            url: record.url, tekst: Self.prefix(text, characters: Self.documentTextLimit))
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// At most `characters` characters, cut at a space so no word is split.
    static func prefix(_ text: String, characters: Int) -> String {
        guard text.count > characters else { return text }
        let cut = text.prefix(characters)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }
}
