import Testing
@testable import RaadContent

@Suite("Front matter")
struct FrontMatterTests {
    @Test("splits YAML from the body and knows the body's first line")
    func split() throws {
        let front = try FrontMatter.split("---\ntittel: A\nsak: 1/26\n---\n## Hensikt\n")
        #expect(front.yaml == "tittel: A\nsak: 1/26")
        #expect(front.yamlLine == 2)
        #expect(front.bodyLine == 5)
        #expect(front.body == "## Hensikt\n")
    }

    @Test("a byte order mark and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let front = try FrontMatter.split("\u{FEFF}---\r\ntittel: A\r\n---\r\nTekst\r\n")
        #expect(front.yaml == "tittel: A")
        #expect(front.body == "Tekst\n")
    }

    @Test("edge cases: empty front matter, fences with trailing blanks, no body, no final newline", arguments: [
        ("---\n---\nTekst", "", "Tekst", 3),
        ("---  \na: 1\n--- \t\n", "a: 1", "", 4),
        ("---\na: 1\n---", "a: 1", "", 4),
        ("---\na: 1\n\n---\n\nÆ ø å\n---\n", "a: 1\n", "\nÆ ø å\n---\n", 5),
    ])
    func edges(text: String, yaml: String, body: String, bodyLine: Int) throws {
        let front = try FrontMatter.split(text)
        #expect(front.yaml == yaml)
        #expect(front.body == body)
        #expect(front.bodyLine == bodyLine)
    }

    @Test("missing fences are told apart", arguments: [
        ("", FrontMatter.SplitError.empty),
        ("  \n\n", .empty),
        ("tittel: A\n", .noOpening),
        ("---\ntittel: A\n", .notClosed),
    ])
    func errors(text: String, expected: FrontMatter.SplitError) {
        #expect(throws: expected) { try FrontMatter.split(text) }
    }
}
