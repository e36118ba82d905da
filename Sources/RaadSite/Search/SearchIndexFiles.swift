/// The JSON files of the search index, under `sok/indeks/` in the site. Each is a typed value encoded with
/// `JSONEncoder` and sorted keys; `sok.js` reads them.
///
/// The browser loads the manifest on the first query, then only the term shards whose key range holds the
/// query's words, the saksnummer shard of a number's year, the filter table when a filter is set, and the
/// document files that hold the results it shows: each holds a few consecutive documents, up to about
/// `SearchIndex.documentFileBytes`, so a page of results stays small and the site has few files. No file
/// holds the whole archive's text.
enum SearchIndexFiles {
    static let folder = "sok/indeks/"
    static let manifest = folder + "manifest.json"
    static let filters = folder + "filtre.json"
    static func termShard(_ index: Int) -> String { folder + "ord/\(index).json" }
    static func nummerShard(_ year: String) -> String { folder + "saksnummer/\(year).json" }
    /// The file of documents whose first is `documentFiles[index]` in the manifest: a JSON array.
    static func documents(_ index: Int) -> String { folder + "dokument/\(index).json" }

    /// What the browser needs before it can look anything up.
    struct Manifest: Codable, Equatable, Sendable {
        /// Changes whenever any index file changes; the browser asks for `file?v=version`, so a cached shard
        /// of an older build is never read against a newer manifest.
        var version: String
        var documents: Int
        /// The first document id of each document file, ascending: file `i` holds the documents from
        /// `documentFiles[i]` up to the next file's first.
        var documentFiles: [Int]
        /// The first key of each term shard, in UTF-16 order: shard `i` holds the keys from `termShards[i]`
        /// up to the next shard's first key.
        var termShards: [String]
        var stopWords: [String]
        var utvalg: [Option]
        var years: [Option]
        var types: [Option]
    }

    /// A filter value as the URL writes it (`strategiradet`, `2026`, `drofting`) and as the page shows it.
    struct Option: Codable, Equatable, Sendable {
        var value: String
        var label: String
    }

    /// Part of the dictionary: folded key -> exact stem -> postings.
    ///
    /// Postings are sorted by document id and delta-encoded with the weight in the low two bits:
    /// `(id - previousID) * 4 + weight`, the first against 0. Weight is 3 for the title, 2 for the vedtak
    /// and emner, 1 for the rest; a document is listed once per exact stem, with its best weight.
    struct TermShard: Codable, Equatable, Sendable {
        var terms: [String: [String: [Int]]]
    }

    /// The saksnummer and møte numbers of one year ("26"): who has the number, and who refers to it.
    struct NummerShard: Codable, Equatable, Sendable {
        /// `14/26` -> the saker with that number (one per utvalg); `2/2026` -> the møter.
        var exact: [String: [Int]]
        var mentioned: [String: [Int]]
    }

    /// What a result shows; one file per document, fetched only when it is shown.
    struct Document: Codable, Equatable, Sendable {
        var kind: String
        var tittel: String
        var nummer: String?
        var utvalg: String
        var dato: String
        /// "11. juni 2026".
        var datoTekst: String
        var sakstype: String?
        /// A møte's status ("Referat godkjent"); a sak's state while it has no vedtak ("Ikke behandlet ennå").
        var status: String?
        var url: String
        /// The start of the document's text, for the snippet around the matched words.
        var tekst: String
    }

    /// The filter values of every document, by id: indexes into the manifest's `utvalg`, `years`, `types`.
    struct FilterTable: Codable, Equatable, Sendable {
        var utvalg: [Int]
        var years: [Int]
        var types: [Int]
    }
}
