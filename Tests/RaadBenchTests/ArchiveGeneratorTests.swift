import Foundation
import RaadBench
import RaadContent
import RaadTestSupport
import Testing

@Suite("Synthetic archive generator")
struct ArchiveGeneratorTests {
    /// A fresh folder name under the temporary directory; the generator creates it.
    private func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("raad-gen-\(UUID().uuidString)").path
    }

    private func files(in root: String) throws -> [String: Data] { try FolderSnapshot.files(in: root) }

    @Test("the archive loads with no diagnostics and holds exactly the saker asked for")
    func loadsClean() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try ArchiveGenerator(saker: 250, seed: 7).write(to: root)
        let (archive, diagnostics) = ContentLoader(root: root).load()
        #expect(diagnostics.map(\.description) == [])
        let loaded = try #require(archive)
        #expect(loaded.allSaker.count == 250)
        #expect(summary.saker == 250)
        #expect(loaded.utvalg.map(\.slug) == ["strategiradet", "portefoljeradet", "fagradet", "nasjonalt-e-helserad"])
        let saker = loaded.allSaker
        #expect(saker.contains { $0.tidligereBehandlinger.contains { if case .reference = $0 { true } else { false } } })
        #expect(saker.contains { $0.tidligereBehandlinger.contains { if case .record = $0 { true } else { false } } })
        #expect(saker.contains { $0.vedlegg.contains { if case .fil = $0.target { true } else { false } } })
        #expect(saker.contains { $0.godkjennerReferat != nil })
        #expect(saker.contains { $0.toppnotat?.source.contains("|---|") == true })
        // The newest møte of each utvalg is an innkalling, the ones before it are held.
        for utvalg in loaded.utvalg {
            let moter = utvalg.moter.sorted { $0.id.dato < $1.id.dato }
            #expect(moter.last?.saker.allSatisfy { $0.vedtak == nil } == true)
            #expect(moter.dropLast().last?.saker.contains { $0.vedtak != nil } == true)
        }
    }

    @Test("saker before 2000 are numbered with four-digit years and still load cleanly")
    func centuryBoundary() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try ArchiveGenerator(saker: 450, seed: 3, lastYear: 2000).write(to: root)
        let (archive, diagnostics) = ContentLoader(root: root).load()
        #expect(diagnostics.map(\.description) == [])
        let years = Set(try #require(archive).allSaker.compactMap { $0.nummer?.year })
        #expect(years.contains(1999) && years.contains(2000))
    }

    @Test("the same count and seed give byte-identical files; another seed does not")
    func deterministic() throws {
        let (a, b, c) = (folder(), folder(), folder())
        defer { for root in [a, b, c] { try? FileManager.default.removeItem(atPath: root) } }
        _ = try ArchiveGenerator(saker: 60, seed: 11).write(to: a)
        _ = try ArchiveGenerator(saker: 60, seed: 11).write(to: b)
        _ = try ArchiveGenerator(saker: 60, seed: 12).write(to: c)
        let first = try files(in: a)
        #expect(first.count > 60)
        #expect(first == (try files(in: b)))
        #expect(first != (try files(in: c)))
    }

    @Test("a folder that is not empty is refused")
    func refusesNonEmptyFolder() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/keep.txt"))
        #expect(throws: ArchiveGenerator.Failure.self) { try ArchiveGenerator(saker: 10).write(to: root) }
    }
}
