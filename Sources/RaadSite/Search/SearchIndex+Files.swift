import Foundation
import RaadContent
import RaadMarkdown

extension SearchIndex {
    /// A term shard stops growing past this many bytes of JSON: small enough for a phone on a slow line,
    /// large enough that a small site has a handful of shards rather than hundreds.
    static let shardTargetBytes = 48_000
    /// The most of a document's text a result file keeps for snippets; the index itself has every word.
    static let documentTextLimit = 3_000
    /// A document file takes consecutive documents until it holds about this many bytes: a page of 20
    /// results reads at most 20 such files, and 10,000 saker make a few thousand files instead of one each.
    static let documentFileBytes = 8_000

    /// Every file of the index, path relative to the site root, and the manifest that names them.
    /// - Parameter cache: result files of an earlier build, reused for records that are the same.
    func files(utvalg: [Utvalg], shardTargetBytes: Int = Self.shardTargetBytes, cache: RenderCache? = nil) throws
        -> (manifest: SearchIndexFiles.Manifest, files: [(path: String, json: String)]) {
        var files: [(path: String, json: String)] = []
        let shards = termShards(targetBytes: shardTargetBytes)
        // Term shards and document files are most of the encoding, each file on its own: on every core.
        files += parallelMap(Array(shards.enumerated()), chunk: 4) { index, shard in
            (SearchIndexFiles.termShard(index), termShard(shard.keys).json)
        }
        for (year, shard) in nummerShards() {
            files.append((SearchIndexFiles.nummerShard(year), shard.json))
        }
        let options = filterOptions(utvalg: utvalg)
        files.append((SearchIndexFiles.filters, try Self.json(filterTable(options))))
        var documents = parallelMap(Array(records.enumerated()), chunk: 64) { id, record in
            cache?.value("search-document-\(id)", for: record) { document(record).json } ?? document(record).json
        }
        let groups = Self.groups(documents, targetBytes: Self.documentFileBytes)
        for (index, range) in groups.enumerated() {
            files.append((SearchIndexFiles.documents(index), "[" + documents[range].joined(separator: ",") + "]"))
            // Each document is let go once its file holds it: not both copies of 30 MB at 10,000 saker at once.
            documents.replaceSubrange(range, with: repeatElement("", count: range.count))
        }
        let manifest = SearchIndexFiles.Manifest(
            version: Self.version(of: files), documents: records.count, documentFiles: groups.map(\.lowerBound),
            termShards: shards.map(\.firstKey),
            stopWords: StopWords.norwegian.sorted(), utvalg: options.utvalg, years: options.years, types: options.types)
        files.append((SearchIndexFiles.manifest, try Self.json(manifest)))
        return (manifest, files)
    }

    /// One index file: sorted keys, so the same index gives the same bytes; markup escaped as `JSONWriter` does.
    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return JSONWriter.escapingMarkup(try encoder.encode(value))
    }

    /// Consecutive runs of documents, each closed once it holds `targetBytes` or more (a large document
    /// stands alone).
    static func groups(_ documents: [String], targetBytes: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, document) in documents.enumerated() {
            if index > start, bytes + document.utf8.count > targetBytes {
                groups.append(start..<index)
                start = index
                bytes = 0
            }
            bytes += document.utf8.count + 1
        }
        if start < documents.count { groups.append(start..<documents.count) }
        return groups
    }

    /// The dictionary cut into shards of consecutive keys in UTF-16 order (the order JavaScript compares in).
    /// Only the keys: each shard's postings are encoded when its file is, so the whole dictionary is never
    /// held twice.
    func termShards(targetBytes: Int) -> [(firstKey: String, keys: ArraySlice<String>)] {
        let keys = dictionary.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        var shards: [(firstKey: String, keys: ArraySlice<String>)] = []
        var start = 0
        var bytes = 0
        for (position, key) in keys.enumerated() {
            let size = key.utf8.count + 8 + (dictionary[key] ?? [:]).reduce(0) { sum, variant in
                sum + variant.key.utf8.count + 8 + Self.encodedBytes(variant.value)
            }
            if position > start, bytes + size > targetBytes {
                shards.append((start == 0 ? "" : keys[start], keys[start..<position]))
                start = position
                bytes = 0
            }
            bytes += size
        }
        if start < keys.count || shards.isEmpty { shards.append((start == 0 ? "" : keys[start], keys[start..<keys.count])) }
        return shards
    }

    /// The shard file of `keys`: each key's variants with their postings delta-encoded.
    func termShard(_ keys: ArraySlice<String>) -> SearchIndexFiles.TermShard {
        var terms: [String: [String: [Int]]] = [:]
        for key in keys { terms[key] = (dictionary[key] ?? [:]).mapValues(Self.deltaEncoded) }
        return SearchIndexFiles.TermShard(terms: terms)
    }

    /// The bytes the delta-encoded postings take in JSON, each number and its comma.
    private static func encodedBytes(_ postings: Postings) -> Int {
        var previous = 0
        return postings.reduce(0) { sum, posting in
            let id = posting >> 2
            defer { previous = id }
            return sum + digits((id - previous) * 4 + (posting & 3)) + 1
        }
    }

    /// Saksnummer and møte numbers by the year they end in: `14/26` and `2/2026` both go to "26".
    func nummerShards() -> [(String, SearchIndexFiles.NummerShard)] {
        var shards: [String: SearchIndexFiles.NummerShard] = [:]
        func year(_ nummer: String) -> String { String(nummer.suffix(2)) }
        for (id, record) in records.enumerated() {
            if let nummer = record.indexKey ?? record.nummer {
                shards[year(nummer), default: .init(exact: [:], mentioned: [:])].exact[nummer, default: []].append(id)
            }
            for nummer in record.nevnt {
                shards[year(nummer), default: .init(exact: [:], mentioned: [:])].mentioned[nummer, default: []].append(id)
            }
        }
        return shards.sorted { $0.key < $1.key }
    }

    static func deltaEncoded(_ postings: Postings) -> [Int] {
        var previous = 0
        return postings.map { posting in
            let id = posting >> 2
            defer { previous = id }
            return (id - previous) * 4 + (posting & 3)
        }
    }

    private static func digits(_ value: Int) -> Int {
        var value = value
        var count = 1
        while value >= 10 {
            value /= 10
            count += 1
        }
        return count
    }

    /// FNV-1a over every file, so the version changes with any of them and never without one.
    private static func version(of files: [(path: String, json: String)]) -> String {
        var hash = ContentHash()
        for file in files {
            hash.add(file.path.utf8)
            hash.add(0)
            hash.add(file.json.utf8)
        }
        return hash.hex
    }
}
