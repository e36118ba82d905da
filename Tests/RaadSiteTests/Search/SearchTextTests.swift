import Foundation
import Testing
import RaadTestSupport
@testable import RaadSite

@Suite("Norwegian search text: tokenizer, stemmer and folding")
struct SearchTextTests {
    func terms(_ text: String) -> [SearchTerm] {
        let normalizer = SearchNormalizer()
        return SearchTokenizer.words(in: text).map(normalizer.term)
    }

    @Test("words are lowercased, and stop words and single letters are dropped")
    func stopWords() {
        #expect(SearchTokenizer.words(in: "Strategirådet og KS i møte på Helsedirektoratet") ==
                ["strategirådet", "ks", "møte", "helsedirektoratet"])
        #expect(SearchTokenizer.words(in: "a b c 1 2 og i på").isEmpty)
    }

    @Test("hyphenated words give the joined word and each part")
    func hyphens() {
        #expect(SearchTokenizer.words(in: "e-helseløsninger") == ["ehelseløsninger", "helseløsninger"])
        #expect(SearchTokenizer.words(in: "drift- og forvaltning") == ["drift", "forvaltning"])
        #expect(SearchTokenizer.words(in: "e\u{2010}helse e\u{2011}resept") == ["ehelse", "helse", "eresept", "resept"])
        #expect(SearchTokenizer.words(in: "ab--cd") == ["ab", "cd"])
    }

    @Test("decomposed letters count as the same word as composed ones")
    func unicodeNormalisation() {
        #expect(SearchTokenizer.words(in: "re\u{301}sume\u{301}") == SearchTokenizer.words(in: "résumé"))
        #expect(SearchTokenizer.words(in: "a\u{30A}rsmøte") == ["årsmøte"])
    }

    @Test("inflected forms share a stem", arguments: [
        ("prismodellene", "prismodell"), ("prismodellen", "prismodell"), ("vedtakene", "vedtak"),
        ("språkmodeller", "språkmodell"), ("rådet", "råd"), ("løsningene", "løsning"),
    ])
    func stems(word: String, stem: String) {
        #expect(NorwegianStemmer().stem(word) == stem)
    }

    @Test("folding takes æ, ø, å and their old spellings to plain letters", arguments: [
        ("rådsmodell", "radsmodell"), ("raadsmodell", "radsmodell"), ("grønn", "gronn"), ("groenn", "gronn"),
        ("særlig", "saerlig"), ("kafé", "kafe"), ("prismodell", "prismodell"),
    ])
    func folding(word: String, folded: String) {
        #expect(SearchTerm.fold(word) == folded)
    }

    @Test("a query without Norwegian letters reaches the key of the word with them")
    func asciiQueriesMeetNorwegianWords() {
        #expect(terms("radsmodell").map(\.folded) == terms("rådsmodellen").map(\.folded))
        #expect(terms("e-helseradet").first?.folded == terms("e-helserådet").first?.folded)
        #expect(terms("raadet").map(\.folded) == terms("rådet").map(\.folded))
        #expect(terms("råd").map(\.exact) != terms("rad").map(\.exact))
    }

    @Test("saksnummer mentioned in text are found in the forms editors write")
    func mentions() {
        #expect(SaksnummerMentions.find(in: "Se sak 11/26 og Sak\u{A0}3/25, saker 07/24 og sakene 12/26.") ==
                ["11/26", "3/25", "7/24", "12/26"])
        #expect(SaksnummerMentions.find(in: "Saksnummer 14/26, forsak 5/26, sak 5/266, sak x/26, sak 5/20266").isEmpty)
        // A board writes the year in full: filed under the two-digit key the browser looks up.
        #expect(SaksnummerMentions.find(in: "jf. sak 1/2026 og sak 026/14") == ["1/26", "26/14"])
    }

    @Test("the tokenizer's shortcuts for Latin-1 and General Punctuation agree with Unicode's properties")
    func shortcutsAgreeWithUnicode() {
        let word: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                                                  .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark,
                                                  .decimalNumber, .letterNumber, .otherNumber]
        for value in Array(0x80...0xFF) + Array(0x2000...0x206F) {
            let scalar = Unicode.Scalar(value)!
            #expect(SearchTokenizer.isWordScalar(scalar) == word.contains(scalar.properties.generalCategory), "U+\(value)")
            let isLatin1Capital = (0xC0...0xDE).contains(value) && value != 0xD7
            #expect(scalar.properties.changesWhenLowercased == isLatin1Capital, "U+\(value)")
        }
        #expect(SearchTokenizer.words(in: "Rådet «anbefaler» – «µ-ÆØÅ» … ÿß") == ["rådet", "anbefaler", "µæøå", "æøå", "ÿß"])
    }
}
