import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

@Suite("editor backup and lock files are not content")
struct EditorFilesTests {
    @Test("the names editors' programs leave are ignored; content files are not", arguments: [
        ("22-26.md~", true), (".#22-26.md", true), ("22-26.md.swp", true), (".22-26.md.swp", true),
        ("~$referat.docx", true), (".DS_Store", true), ("22-26.md", false), ("referat~1.pdf", false), ("_index.md", false),
    ])
    func names(name: String, ignored: Bool) {
        #expect(EditorFiles.isIgnored(name) == ignored)
        #expect(EditorFiles.isIgnored(path: "content/strategiradet/" + name) == ignored)
    }

    @Test("a leftover 16-26.md~ beside the real file, and lock files in every folder, give no error and no sak")
    func loaderIgnoresThem() throws {
        let content = try TemporaryContent(MiniContent.files)
        let real = try content.read("content/strategiradet/2026-06-11/16-26.md")
        try content.write("content/strategiradet/2026-06-11/16-26.md~", real)
        try content.write("content/strategiradet/2026-06-11/.#16-26.md", "editor@maskin.1234")
        try content.write("content/strategiradet/~$medlemmer.docx", "lås")
        try content.write("content/.DS_Store", "\u{0}\u{0}")
        try content.write("content/strategiradet/2026-06-11/16-26.md.swp", "\u{0}")
        let (archive, diagnostics) = ContentLoader(root: content.path("content")).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let saker = archive?.allSaker.filter { $0.nummer == Saksnummer("16/26") } ?? []
        #expect(saker.map(\.source.path) == [content.path("content/strategiradet/2026-06-11/16-26.md")])
    }
}
