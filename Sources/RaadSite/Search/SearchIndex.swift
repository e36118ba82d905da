import Foundation
import RaadContent

/// The prebuilt search index: terms to postings, written as sharded JSON so the browser indexes nothing.
///
/// Built from `SearchRecord`s whose order is their id (newest first). Each record's words are tokenized,
/// stemmed and folded once; the dictionary keeps, per folded key, each exact stem with the documents that
/// have it and the best weight it has in each.
struct SearchIndex: Sendable {
    /// Postings of one exact stem: `id * 4 + weight`, ascending.
    typealias Postings = [Int]

    let records: [SearchRecord]
    /// folded key -> exact stem -> postings.
    let dictionary: [String: [String: Postings]]

    /// - Parameter cache: chunks of records indexed by an earlier build, reused while their records are equal.
    init(records: [SearchRecord], cache: RenderCache? = nil) {
        self.records = records
        var numbers: [SearchTerm: Int] = [:]
        var terms: [SearchTerm] = []
        var postings: [Postings] = []
        var id = 0
        // Chunks come back in order, so each term's postings are appended in ascending id order; a batch at a time,
        // because every chunk of 10,000 saker held at once, beside the postings made from them, was the peak
        // memory of a build.
        let starts = Array(stride(from: 0, to: records.count, by: Self.chunkSize))
        let chunks = stride(from: 0, to: starts.count, by: Self.batchSize).lazy.flatMap { batch in
            Self.terms(of: records, chunksAt: starts[batch..<min(starts.count, batch + Self.batchSize)], cache: cache)
        }
        for chunk in chunks {
            let global = chunk.terms.map { term in
                numbers[term] ?? {
                    terms.append(term)
                    postings.append([])
                    numbers[term] = terms.count - 1
                    return terms.count - 1
                }()
            }
            for recordTerms in chunk.records {
                for (local, weight) in recordTerms {
                    postings[global[local]].append(id * 4 + weight.rawValue)
                }
                id += 1
            }
        }
        var dictionary: [String: [String: Postings]] = [:]
        for (term, list) in zip(terms, postings) {
            dictionary[term.folded, default: [:]][term.exact] = list
        }
        self.dictionary = dictionary
    }

    /// One chunk of records: its own term numbering, and each record's terms with their best weight.
    struct Chunk: Sendable {
        var terms: [SearchTerm]
        var records: [[(Int, SearchRecord.Weight)]]
    }

    static let chunkSize = 64
    /// Chunks made on the cores before they are merged and let go.
    static let batchSize = 16

    /// The chunks of records beginning at `starts`, made on every core; each chunk has its own normalizer,
    /// whose stemmer is not thread-safe. With a cache, a chunk whose records are all as before is not tokenized
    /// again: an edit in `serve` changes one chunk of the thousands a large archive has.
    private static func terms(of records: [SearchRecord], chunksAt starts: ArraySlice<Int>, cache: RenderCache?) -> [Chunk] {
        parallelMap(Array(starts), chunk: 1) { start in
            let slice = records[start..<min(records.count, start + chunkSize)]
            guard let cache else { return chunk(of: slice) }
            return cache.searchChunk(slice) { chunk(of: slice) }
        }
    }

    private static func chunk(of records: ArraySlice<SearchRecord>) -> Chunk {
        let normalizer = SearchNormalizer()
        var best = TermWeights()
        let perRecord = records.map { terms(of: $0, normalizer: normalizer, into: &best) }
        return Chunk(terms: normalizer.terms, records: perRecord)
    }

    /// A record's term numbers, each with the best weight it has in the record.
    static func terms(of record: SearchRecord, normalizer: SearchNormalizer,
                      into best: inout TermWeights) -> [(Int, SearchRecord.Weight)] {
        for (weight, text) in record.weightedTexts {
            SearchTokenizer.forEachWordUTF8(in: text) { word in
                if let number = normalizer.number(of: word) { best.raise(number, to: weight) }
            }
        }
        return best.drain()
    }
}

/// The best weight of each term in one record, by term number; reused from record to record.
struct TermWeights {
    private var weights: [SearchRecord.Weight?] = []
    private var touched: [Int] = []

    mutating func raise(_ number: Int, to weight: SearchRecord.Weight) {
        if number >= weights.count { weights += Array(repeating: nil, count: number - weights.count + 1024) }
        guard let known = weights[number] else {
            weights[number] = weight
            touched.append(number)
            return
        }
        if known < weight { weights[number] = weight }
    }

    /// The terms raised since the last drain, with their weights; then forgets them.
    mutating func drain() -> [(Int, SearchRecord.Weight)] {
        defer { touched.removeAll(keepingCapacity: true) }
        return touched.map { number in
            defer { weights[number] = nil }
            return (number, weights[number]!)
        }
    }
}
