import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

@Suite("Reusing loaded files between builds")
struct LoadCacheTests {
    func load(_ content: TemporaryContent, _ cache: LoadCache) -> Archive? {
        ContentLoader(root: content.path("content"), options: .init(cache: cache)).load().archive
    }

    func vedtak(_ archive: Archive?) -> String? {
        archive?.utvalg("e-helserad")?.moter.first?.saker.first?.vedtak?.source
    }

    @Test("an unchanged tree is not read again")
    func reuse() throws {
        let content = try TemporaryContent(MiniContent.files)
        let cache = LoadCache()
        _ = load(content, cache)
        #expect(cache.takeReloaded().count == 11)  // the site, 2 utvalg, 3 møter, 5 saker
        _ = load(content, cache)
        #expect(cache.takeReloaded().isEmpty)
    }

    @Test("a same-sized edit far into a file is seen when the watcher reports it, whatever the stamp says")
    func sameSizeEdit() throws {
        let content = try TemporaryContent(MiniContent.files)
        let file = "content/e-helserad/2025-06-12/15-25.md"
        let cache = LoadCache()
        #expect(vedtak(load(content, cache))?.contains("drøftet foreslåtte") == true)
        let path = content.path(file)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        // Same length, changed after the first hundred bytes, and the old modification time put back.
        try content.write(file, try content.read(file).replacingOccurrences(of: "drøftet foreslåtte", with: "vurderte foreslåtte"))
        try FileManager.default.setAttributes([.modificationDate: before as Any], ofItemAtPath: path)
        cache.invalidate([path])
        #expect(vedtak(load(content, cache))?.contains("vurderte foreslåtte") == true)
        #expect(cache.takeReloaded().contains(path))
    }

    @Test("saving a file unchanged reuses it, and its diagnostics come back each time")
    func touchAndDiagnostics() throws {
        let content = try TemporaryContent(MiniContent.files)
        let file = "content/strategiradet/2026-06-11/13-26.md"
        try content.write(file, try content.read(file).replacingOccurrences(of: "sak: 13/26", with: "sak: 13/25"))
        let cache = LoadCache()
        let first = ContentLoader(root: content.path("content"), options: .init(cache: cache)).load().diagnostics
        #expect(!first.isEmpty)
        _ = cache.takeReloaded()
        try content.write(file, try content.read(file))
        cache.invalidate([content.path(file)])
        let second = ContentLoader(root: content.path("content"), options: .init(cache: cache)).load().diagnostics
        #expect(second == first)
        #expect(cache.takeReloaded().isEmpty)
    }

    @Test("a vedlegg file that grows makes its møte be read again")
    func vedleggInput() throws {
        let content = try TemporaryContent(MiniContent.files)
        let cache = LoadCache()
        let size = { (archive: Archive?) in archive?.utvalg("strategiradet")?.moter.last?.vedlegg.first?.target }
        #expect(size(load(content, cache)) == .fil(path: "vedlegg/saksdokument.pdf", bytes: 26))
        try content.write("content/strategiradet/2026-06-11/vedlegg/saksdokument.pdf", String(repeating: "x", count: 1234))
        #expect(size(load(content, cache)) == .fil(path: "vedlegg/saksdokument.pdf", bytes: 1234))
    }
}
