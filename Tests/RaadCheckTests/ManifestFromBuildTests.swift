import Foundation
import RaadBench
import RaadContent
import RaadSite
import RaadTestSupport
import Testing
@testable import RaadCheck

/// `raad build` writes its manifest from the anchors it read off each page as it rendered it; that must be
/// what libxml2 reads from the same pages, on every kind of content.
@Suite("The manifest from the build")
struct ManifestFromBuildTests {
    @Test("equals a libxml2 scan of every page", arguments: ["real", "mini", "synthetic"])
    func equalsScan(content: String) throws {
        let mini = content == "mini" ? try TemporaryContent(MiniContent.files) : nil
        var root = mini?.path("content") ?? Repository.content
        if content == "synthetic" {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("raad-manifest-\(UUID().uuidString)").path
            try ArchiveGenerator(saker: 300, seed: 5).write(to: root)
        }
        defer { if content == "synthetic" { try? FileManager.default.removeItem(atPath: root) } }
        let archive = try #require(ContentLoader(root: root).load().archive)
        let theme = try Theme(themesRoot: Repository.themes, name: "helsedir")
        let output = SiteBuilder(archive: archive, theme: theme, options: .init(today: Dato(year: 2026, month: 5, day: 1))).build()
        let fromBuild = Manifest.of(files: output.files.map { ($0.path, $0.anchors) }, baseURL: "/")
        let site = BuiltSite(files: output.files.map { file in
            switch file.contents {
            case .text(let text): BuiltSite.File(path: file.path, contents: .text(text))
            case .written(let path): BuiltSite.File(path: file.path, contents: .file(path))
            case .copy: BuiltSite.File(path: file.path, contents: .other)
            }
        })
        let scanned = Manifest.of(site, baseURL: "/")
        #expect(fromBuild.files.count == scanned.files.count)
        for (path, anchors) in scanned.files.sorted(by: { $0.key < $1.key }) where fromBuild.files[path] != anchors {
            Issue.record("\(path): the build read \(fromBuild.files[path] ?? []), libxml2 \(anchors)")
        }
        #expect(fromBuild.files.values.reduce(0) { $0 + $1.count } > (content == "synthetic" ? 3_000 : 100))
    }
}
