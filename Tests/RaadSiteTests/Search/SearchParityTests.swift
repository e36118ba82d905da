import Foundation
import Testing
import RaadTestSupport
@testable import RaadSite

/// The words, stems and keys of two fixture lists, as golden files: the contract with `sok-norsk.js`.
/// The browser test (Tests/Browser) runs the same lists through the JavaScript and expects these files.
@Suite("Search text golden files shared with the browser")
struct SearchParityTests {
    static func lines(_ fixture: String) throws -> [String] {
        try String(contentsOfFile: Repository.fixture("search/" + fixture), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    @Test("each word's exact stem and folded key")
    func terms() throws {
        let words = try Self.lines("words.txt")
        #expect(words.count > 10_000)
        let normalizer = SearchNormalizer()
        let table = words.map { word in
            let term = normalizer.term(word)
            return "\(word)\t\(term.exact)\t\(term.folded)\n"
        }
        assertGolden(table.joined(), "search/terms.tsv")
    }

    @Test("the words the tokenizer finds in each line of text")
    func words() throws {
        let table = try Self.lines("texts.txt").map { line in
            "\(line)\t\(SearchTokenizer.words(in: line).joined(separator: " "))\n"
        }
        assertGolden(table.joined(), "search/words.tsv")
    }
}
