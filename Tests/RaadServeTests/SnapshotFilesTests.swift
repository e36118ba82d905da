import Foundation
import RaadTestSupport
import Testing
@testable import RaadServe

@Suite("The preview's files: the size announced and the bytes sent are one version of the file")
struct SnapshotFilesTests {
    @Test("a rebuild that renames a shorter file in between does not change what the answer sends")
    func renamedBetween() async throws {
        let site = try TemporaryContent("""
            -- site/sok/indeks/manifest.json --
            {"version":"long and longer, the first build"}
            """)
        let files = SnapshotFiles(root: site.path("site"))
        let id = try #require(files.getFileIdentifier("/sok/indeks/manifest.json"))
        let attributes = try #require(try await files.getAttributes(id: id))
        // What a rebuild does: a new version written beside it and renamed over it.
        try site.write("site/sok/indeks/new.json", "{\"version\":\"2\"}\n")
        #expect(rename(site.path("site/sok/indeks/new.json"), site.path("site/sok/indeks/manifest.json")) == 0)
        let sent = try files.snapshot(id)
        #expect(sent.readableBytes == attributes.size)
        #expect(String(buffer: sent) == "{\"version\":\"long and longer, the first build\"}\n")
    }

    @Test("a folder is a folder, a missing file is nothing")
    func foldersAndMissing() async throws {
        let site = try TemporaryContent("-- site/a/index.html --\nx")
        let files = SnapshotFiles(root: site.path("site"))
        #expect(try await files.getAttributes(id: files.getFileIdentifier("a")!)?.isFolder == true)
        #expect(try await files.getAttributes(id: files.getFileIdentifier("b.html")!) == nil)
    }
}
