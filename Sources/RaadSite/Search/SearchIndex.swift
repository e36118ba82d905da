import Foundation

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

    init(records: [SearchRecord]) {
        self.records = records
        let perRecord = Self.terms(of: records)
        var dictionary: [String: [String: Postings]] = [:]
        for (id, terms) in perRecord.enumerated() {
            for (term, weight) in terms {
                dictionary[term.folded, default: [:]][term.exact, default: []].append(id * 4 + weight.rawValue)
            }
        }
        self.dictionary = dictionary
    }

    /// Each record's terms with the best weight each has in it, records split over the cores in chunks;
    /// each chunk has its own stemmer, which is not thread-safe.
    private static func terms(of records: [SearchRecord]) -> [[SearchTerm: SearchRecord.Weight]] {
        let chunkSize = 64
        let chunkCount = (records.count + chunkSize - 1) / chunkSize
        let results = ChunkResults<[SearchTerm: SearchRecord.Weight]>(count: records.count)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let normalizer = SearchNormalizer()
            let range = chunk * chunkSize..<min(records.count, (chunk + 1) * chunkSize)
            for index in range {
                results.set(index, terms(of: records[index], normalizer: normalizer))
            }
        }
        return results.values
    }

    static func terms(of record: SearchRecord, normalizer: SearchNormalizer) -> [SearchTerm: SearchRecord.Weight] {
        var best: [SearchTerm: SearchRecord.Weight] = [:]
        for (weight, text) in record.weightedTexts {
            SearchTokenizer.forEachWord(in: text) { word in
                let term = normalizer.term(word)
                if let known = best[term], known >= weight { return }
                best[term] = weight
            }
        }
        return best
    }
}

/// Results written by concurrent workers, each to its own slot.
private final class ChunkResults<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] { storage.map { $0! } }
}
