import Testing
import RaadText

@Suite("whitespaceWords: a text's words between runs of whitespace")
struct WhitespaceWordsTests {
    /// Every White_Space scalar there is, and characters that look like spaces but are not.
    static let separators: [Unicode.Scalar] = (0...0x3000).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
    static let texts = [
        "", " ", "vedtak", "  Strategirådet   tar saken\til\norientering. ", "a\r\nb", "æ ø å Æ Ø Å",
        "Rådet\u{00A0}anbefaler\u{202F}at\u{3000}ØKS\u{2028}…", "zero\u{200B}width joiner\u{200D}x", "emoji 👩‍⚕️ her",
        "e\u{301}n to", "«sitat» – tankestrek",
    ] + separators.map { "før\(Character($0))etter\(Character($0))" }

    @Test("gives what split(whereSeparator: isWhitespace) gives", arguments: texts)
    func sameAsSplit(text: String) {
        #expect(text.whitespaceWords() == text.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    @Test("knows every whitespace scalar, beyond ASCII too")
    func everySeparator() {
        #expect(Self.separators.count == 25)
        for separator in Self.separators {
            #expect("a\(Character(separator))b".whitespaceWords() == ["a", "b"], "U+\(String(separator.value, radix: 16))")
        }
    }
}
