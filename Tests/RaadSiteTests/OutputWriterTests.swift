import Foundation
import Testing
import RaadContent
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

    @Test("pages written to the staging folder while rendering are published with the rest")
    func staged() throws {
        let folder = try TemporaryContent()
        let writer = OutputWriter(destination: folder.path("site"), protected: [])
        let staging = try writer.stage()
        let written = try #require(staging.write("<p>sak</p>", at: "utvalg/2026-06-11/14-26/index.html"))
        var site = output(["index.html": "forside"])
        site.add("utvalg/2026-06-11/14-26/index.html", .written(written))
        try writer.publish(site, staging: staging)
        #expect(try folder.read("site/utvalg/2026-06-11/14-26/index.html") == "<p>sak</p>")
        #expect(try folder.read("site/index.html") == "forside")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root) == ["site"])
    }

    @Test("raad build publishes a vedlegg everyone may read as a hard link to the content's file; another is copied, readable")
    func vedleggLinked() throws {
        let folder = try TemporaryContent()
        try folder.write("content/vedlegg/notat.pdf", "%PDF offentlig")
        try folder.write("content/vedlegg/privat.pdf", "%PDF lukket")
        #expect(chmod(folder.path("content/vedlegg/privat.pdf"), 0o600) == 0)
        var site = output(["index.html": "forside"])
        site.add("m/vedlegg/notat.pdf", .copy(from: folder.path("content/vedlegg/notat.pdf")))
        site.add("m/vedlegg/privat.pdf", .copy(from: folder.path("content/vedlegg/privat.pdf")))
        try OutputWriter(destination: folder.path("site"), protected: [], linksCopies: true).publish(site)
        try OutputWriter(destination: folder.path("kopi"), protected: []).publish(site)
        func status(_ path: String) -> stat {
            var status = stat()
            #expect(stat(folder.path(path), &status) == 0, "\(path)")
            return status
        }
        #expect(status("site/m/vedlegg/notat.pdf").st_ino == status("content/vedlegg/notat.pdf").st_ino)
        #expect(status("site/m/vedlegg/privat.pdf").st_ino != status("content/vedlegg/privat.pdf").st_ino)
        #expect(status("site/m/vedlegg/privat.pdf").st_mode & 0o777 == 0o644)
        #expect(try folder.read("site/m/vedlegg/privat.pdf") == "%PDF lukket")
        #expect(try folder.read("site/m/vedlegg/notat.pdf") == "%PDF offentlig")
        // Without linksCopies (serve's writer), a copy: the content file's ctime stays as the editor left it.
        #expect(status("kopi/m/vedlegg/notat.pdf").st_ino != status("content/vedlegg/notat.pdf").st_ino)
    }

    @Test("raad build's generator links the vedlegg of the content it builds")
    func generatorLinks() throws {
        let project = try TemporaryContent(MiniContent.files)
        let request = SiteGenerator.Request(content: project.path("content"), themes: Repository.themes,
                                            output: project.path("site"), baseURL: "/", today: Dato(year: 2026, month: 6, day: 1))
        #expect(SiteGenerator(request).run().succeeded)
        let vedlegg = "strategiradet/2026-06-11/vedlegg/saksdokument.pdf"
        var site = stat(), content = stat()
        #expect(stat(project.path("site/" + vedlegg), &site) == 0 && stat(project.path("content/" + vedlegg), &content) == 0)
        #expect(site.st_ino == content.st_ino)
    }

    @Test("a page that could not be staged fails the publish and the old site stays")
    func stagingFailure() throws {
        let folder = try TemporaryContent()
        let writer = OutputWriter(destination: folder.path("site"), protected: [])
        try writer.publish(output(["index.html": "gammel"]))
        let staging = try writer.stage()
        // A file where a folder must go: the page under it cannot be written.
        #expect(staging.write("fil", at: "sak") != nil)
        #expect(staging.write("<p>sak</p>", at: "sak/index.html") == nil)
        #expect(throws: OutputWriter.Failure.self) { try writer.publish(output(["index.html": "ny"]), staging: staging) }
        #expect(try folder.read("site/index.html") == "gammel")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root) == ["site"])
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
