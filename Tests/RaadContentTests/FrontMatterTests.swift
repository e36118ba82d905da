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
