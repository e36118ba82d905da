import Foundation
import Testing
import RaadTestSupport
@testable import RaadSite

@Suite("Writing the site whole or not at all")
struct OutputWriterTests {
    func output(_ files: [String: String]) -> Output {
        var output = Output()
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { output.add(path, .text(text)) }
        return output
    }

    @Test("a publish replaces the old site completely")
    func replaces() throws {
        let folder = try TemporaryContent()
        let writer = OutputWriter(destination: folder.path("site"), protected: [folder.path("content")])
        try writer.publish(output(["index.html": "1", "gammel/index.html": "x"]))
        try writer.publish(output(["index.html": "2"]))
        #expect(try folder.read("site/index.html") == "2")
        #expect(!FileManager.default.fileExists(atPath: folder.path("site/gammel")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.root)
        #expect(leftovers == ["site"])
    }

    @Test("dangerous destinations are refused before anything is touched", arguments: ["/", "content", "."])
    func refuses(destination: String) throws {
        let folder = try TemporaryContent("-- content/_index.md --\nx")
        let target = destination == "/" ? "/" : folder.path(destination)
        let writer = OutputWriter(destination: target, protected: [folder.path("content"), folder.root])
        #expect(throws: OutputWriter.Failure.self) { try writer.publish(output(["index.html": "1"])) }
        #expect(try folder.read("content/_index.md") == "x\n")
    }

    @Test("a folder raad did not write is not replaced")
    func foreignFolder() throws {
        let folder = try TemporaryContent("-- docs/notes.txt --\nviktig")
        let writer = OutputWriter(destination: folder.path("docs"), protected: [])
        #expect(throws: OutputWriter.Failure.self) { try writer.publish(output(["index.html": "1"])) }
        #expect(try folder.read("docs/notes.txt") == "viktig\n")
    }
}
