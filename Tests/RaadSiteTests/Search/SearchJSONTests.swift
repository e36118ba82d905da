import Foundation
import RaadTestSupport
import Testing
@testable import RaadSite

/// The hand-written index files must be exactly what `JSONEncoder` with sorted keys writes, so the browser
/// and the golden files see no difference between the two, except that `<`, `>` and `&` are `\u` escapes.
@Suite("Search index JSON")
struct SearchJSONTests {
    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self).escapingMarkup
    }

    /// Every control character, quotes, backslashes, slashes, Norwegian and other non-ASCII letters, and keys
    /// whose order differs between byte order and a case-insensitive or numeric sort.
    static let awkward = ["a\u{1}\"\\/\n\t\r\u{8}\u{c}\u{1f}\u{7f}", "B", "b", "a10", "a9", "å", "é", "ae", "a-b",
                          "æøå\u{2028}", "", "😀 <script>&"]
        + [String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) })]

    @Test("a term shard")
    func termShard() throws {
        var terms: [String: [String: [Int]]] = [:]
        for (index, key) in Self.awkward.enumerated() {
            terms[key] = Dictionary(uniqueKeysWithValues: Self.awkward.prefix(index + 1).enumerated().map {
                ($0.element, [0, 1, -5, Int.max, Int.min, index * 1_000_003])
            })
        }
        let shard = SearchIndexFiles.TermShard(terms: terms)
        #expect(shard.json == (try Self.encoded(shard)))
        #expect(SearchIndexFiles.TermShard(terms: [:]).json == (try Self.encoded(SearchIndexFiles.TermShard(terms: [:]))))
    }

    @Test("a saksnummer shard")
    func nummerShard() throws {
        let shard = SearchIndexFiles.NummerShard(exact: ["14/26": [3, 9], "2/2026": [0], "1/26": []],
                                                 mentioned: Dictionary(uniqueKeysWithValues: Self.awkward.map { ($0, [1]) }))
        #expect(shard.json == (try Self.encoded(shard)))
    }

    @Test("a document, with and without its optional fields", arguments: [true, false])
    func document(full: Bool) throws {
        for text in Self.awkward {
            let document = SearchIndexFiles.Document(
                kind: "sak", tittel: text, nummer: full ? "14/26" : nil, utvalg: "Strategirådet", dato: "2026-06-11",
                datoTekst: "11. juni 2026", sakstype: full ? "Drøfting" : nil,
                status: full ? "Ikke behandlet ennå" : nil, url: "/strategiradet/2026-06-11/14-26/",
                tekst: text + " … " + text)
            #expect(document.json == (try Self.encoded(document)), "\(text.debugDescription)")
        }
    }
}
