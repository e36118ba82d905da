import Testing
@testable import RaadSite

@Suite("The word table the search normalizer keys words by")
struct WordTableTests {
    private func lookup(_ table: WordTable, _ word: String) -> Int?? {
        var word = word
        return word.withUTF8 { table.value(of: $0, hash: WordTable.hash($0)) }
    }

    private func insert(_ table: inout WordTable, _ word: String, _ value: Int?) {
        var word = word
        word.withUTF8 { table.insert($0, hash: WordTable.hash($0), value: value) }
    }

    @Test("gives back what each word was inserted with, across growing, and nothing for a new word")
    func roundTrip() {
        var table = WordTable(capacity: 4)
        let words = (0..<5_000).map { "ord\($0)" } + ["møte", "rådsmodell", "og", "e", ""]
        for (number, word) in words.enumerated() {
            #expect(lookup(table, word) == nil, "\(word) before it was inserted")
            insert(&table, word, word == "og" ? nil : number)
        }
        for (number, word) in words.enumerated() {
            #expect(lookup(table, word) == .some(word == "og" ? nil : number), "\(word)")
        }
        #expect(lookup(table, "mote") == nil)
        #expect(lookup(table, "ord50000") == nil)
        #expect(lookup(table, "ord") == nil)
    }

    @Test("a stop word is known, with no term number")
    func stopWord() {
        var table = WordTable()
        insert(&table, "og", nil)
        let known = lookup(table, "og")
        #expect(known != nil)
        #expect(known! == nil)
    }
}
