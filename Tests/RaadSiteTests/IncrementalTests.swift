import Foundation
import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// The invariant that makes `serve` safe: after any series of edits, the rebuilt folder is byte for byte what
/// a fresh `raad build` writes, and a rebuild fails exactly when a fresh build fails, with the same diagnostics.
@Suite("Incremental rebuilds equal full builds")
struct IncrementalTests {
    static let today = Dato(year: 2026, month: 5, day: 1)

    func request(_ project: TemporaryContent, output: String) -> SiteGenerator.Request {
        SiteGenerator.Request(content: project.path("content"), themes: project.path("themes"), output: project.path(output),
                              baseURL: "http://127.0.0.1:1313/", includeDrafts: true, today: Self.today)
    }

    /// Rebuilds, builds afresh, and compares; returns the rebuild's result.
    @discardableResult
    func check(_ rebuilder: Rebuilder, _ project: TemporaryContent, changed: [String]?, step: String,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Rebuilder.Result {
        let result = rebuilder.rebuild(changed: changed)
        let freshFolder = "fresh"
        try? FileManager.default.removeItem(atPath: project.path(freshFolder))
        let fresh = SiteGenerator(request(project, output: freshFolder)).run()
        #expect(result.succeeded == fresh.succeeded, "\(step): rebuild and fresh build disagree", sourceLocation: sourceLocation)
        #expect(result.report.diagnostics == fresh.diagnostics, "\(step): diagnostics differ", sourceLocation: sourceLocation)
        #expect(result.report.failure == fresh.failure, "\(step)", sourceLocation: sourceLocation)
        if fresh.succeeded {
            let served = try folderSnapshot(project.path("served"))
            let built = try folderSnapshot(project.path(freshFolder))
            #expect(served.keys.sorted() == built.keys.sorted(), "\(step): different files", sourceLocation: sourceLocation)
            let differing = built.keys.filter { served[$0] != built[$0] }.sorted()
            #expect(differing.isEmpty, "\(step): different bytes in \(differing)\n\(Self.firstDifference(differing.first.flatMap { served[$0] }, differing.first.flatMap { built[$0] }))", sourceLocation: sourceLocation)
            #expect(folderTree(project.path("served")) == folderTree(project.path(freshFolder)),
                    "\(step): different folders", sourceLocation: sourceLocation)
        }
        return result
    }

    /// The first line where two versions of a file differ, to read in a failure message.
    static func firstDifference(_ served: Data?, _ built: Data?) -> String {
        guard let served, let built else { return "" }
        let a = String(decoding: served, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: built, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return "lengths \(a.count) and \(b.count) lines"
        }
        return "line \(line + 1):\n  rebuilt: \(a[line])\n  fresh:   \(b[line])"
    }

    func project() throws -> TemporaryContent {
        let project = try TemporaryContent(MiniContent.files)
        try FileManager.default.copyItem(atPath: Repository.themes, toPath: project.path("themes"))
        return project
    }

    /// A copy of the mini archive and a rebuilder that has built it once, checked against a fresh build.
    func servedSite() throws -> (TemporaryContent, Rebuilder) {
        let project = try project()
        let rebuilder = Rebuilder(request(project, output: "served"))
        try check(rebuilder, project, changed: nil, step: "first build")
        return (project, rebuilder)
    }

    @Test("a random series of edits, seeded", arguments: [1, 2, 3, 42] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        let (project, rebuilder) = try servedSite()
        var editor = try RandomEditor(project: project, generator: SeededGenerator(seed: seed))
        var outcomes: [Bool] = []
        var previews = 0
        for step in 1...40 {
            let edit = try editor.apply()
            let name = "seed \(seed) step \(step): \(edit.name)"
            // As serve does: the quick page first, then the rebuild; the quick page must be the full build's.
            let preview = edit.hintless ? nil : rebuilder.preview(changed: edit.paths)
            let result = try check(rebuilder, project, changed: edit.hintless ? nil : edit.paths, step: name)
            outcomes.append(result.succeeded)
            guard let preview, !preview.changes.isEmpty else { continue }
            previews += 1
            #expect(result.succeeded, "\(name): a page was previewed for content the build rejects")
            for file in preview.changes.write {
                guard case .text(let html) = file.contents else { continue }
                #expect(FileManager.default.contents(atPath: project.path("fresh/" + file.path)) == Data(html.utf8),
                        "\(name): the preview of \(file.path) is not the full build's page")
            }
        }
        #expect(previews > 0, "seed \(seed): no edit was previewed")
        // A walk that never builds (or never fails) would prove little.
        #expect(outcomes.filter { $0 }.count >= 20)
        #expect(outcomes.contains(false))
    }

    @Test("an unchanged tree writes nothing and renders nothing")
    func nothingChanged() throws {
        let (project, rebuilder) = try servedSite()
        let again = try check(rebuilder, project, changed: [], step: "again")
        #expect(again.changes.isEmpty)
        #expect(again.rendered.isEmpty)
        #expect(again.reloaded.isEmpty)
    }

    @Test("a vedtak edit reads one file and renders only the pages that show it")
    func vedtakEdit() throws {
        let (project, rebuilder) = try servedSite()
        let file = "content/e-helserad/2025-06-12/15-25.md"
        try project.write(file, try project.read(file).replacingOccurrences(of: "drøftet foreslåtte", with: "vedtok nye"))
        let result = try check(rebuilder, project, changed: [project.path(file)], step: "vedtak")
        #expect(result.reloaded == [project.path(file)])
        // The sak itself, its møte and the møte's saksdokumenter, and the later sak whose table of earlier
        // decisions quotes the vedtak; the feed, which is not a template page, carries the new vedtak too.
        #expect(result.rendered == ["e-helserad/2025-06-12/15-25/index.html", "e-helserad/2025-06-12/index.html",
                                    "e-helserad/2025-06-12/saksdokumenter/index.html",
                                    "strategiradet/2026-06-11/16-26/index.html"])
        // The search index holds the vedtak's words too: its changed shards and the page that names them.
        #expect(result.changes.paths.filter { !$0.hasPrefix("sok/") } == (result.rendered + ["feed.xml"]).sorted())
        #expect(result.changes.paths.contains("sok/indeks/manifest.json"))
    }

    @Test("an edited sak's own page is written first, as the full build writes it, and not again by the rebuild")
    func previewOfAnEdit() throws {
        let (project, rebuilder) = try servedSite()
        let file = "content/e-helserad/2025-06-12/15-25.md"
        try project.write(file, try project.read(file).replacingOccurrences(of: "drøftet foreslåtte", with: "vedtok nye"))
        let page = "e-helserad/2025-06-12/15-25/index.html"
        let preview = try #require(rebuilder.preview(changed: [project.path(file), project.path("content/e-helserad/2025-06-12/.15-25.md.swp")]))
        #expect(preview.succeeded)
        #expect(preview.changes.paths == [page])
        #expect(preview.reloaded == [project.path(file)])
        let shown = try project.read("served/" + page)
        #expect(shown.contains("vedtok nye"))
        let result = try check(rebuilder, project, changed: [project.path(file)], step: "rebuild after the preview")
        #expect(try project.read("served/" + page) == shown)
        #expect(!result.changes.paths.contains(page))
        #expect(result.changes.paths.contains("e-helserad/2025-06-12/index.html"))
        // Saved again unchanged: nothing to write.
        #expect(rebuilder.preview(changed: [project.path(file)])?.changes.isEmpty == true)
    }

    @Test("no preview where the page could differ from a full build's: the rebuild alone answers", arguments: [
        ("broken YAML", "content/strategiradet/2026-06-11/16-26.md", "---\nsak: 16/26\ntittel: [\n---\n"),
        ("cites a sak that does not exist", "content/strategiradet/2026-06-11/16-26.md",
         "---\nsak: 16/26\ntittel: T\ntidligere_behandlinger:\n  - sak: 99/25\n---\n"),
        ("approves a møte that does not exist", "content/strategiradet/2026-06-11/16-26.md",
         "---\nsak: 16/26\ntittel: T\ngodkjenner_referat: strategiradet 2020-01-01\n---\n"),
        ("a new sak", "content/strategiradet/2026-06-11/30-26.md", "---\nsak: 30/26\ntittel: Ny\n---\n"),
        ("a møte file", "content/strategiradet/2026-06-11/_index.md", nil),
        ("a template", "themes/helsedir/templates/sak.mustache", nil),
    ] as [(String, String, String?)])
    func noPreview(edit: String, file: String, text: String?) throws {
        let project = try project()
        let rebuilder = Rebuilder(request(project, output: "served"))
        #expect(rebuilder.preview(changed: [project.path(file)]) == nil, "before the first build")
        try check(rebuilder, project, changed: nil, step: "first")
        try project.write(file, try text ?? (project.read(file) + "\n"))
        #expect(rebuilder.preview(changed: [project.path(file)]) == nil, "\(edit)")
        try check(rebuilder, project, changed: [project.path(file)], step: edit)
    }

    @Test("a rebuild stopped for newer saves writes nothing; the next one, given both saves, catches up",
          arguments: [1, 2, 3, 5, 8, 13])
    func stoppedRebuild(askedBeforeStopping: Int) throws {
        let (project, rebuilder) = try servedSite()
        let before = try folderSnapshot(project.path("served"))
        let first = "content/e-helserad/2025-06-12/15-25.md"
        try project.write(first, try project.read(first).replacingOccurrences(of: "drøftet foreslåtte", with: "vedtok nye"))
        // Stops at the n-th question: between stages, or among the pages.
        let asked = Counter()
        let stopped = rebuilder.rebuild(changed: [project.path(first)], shouldStop: { asked.next() >= askedBeforeStopping })
        #expect(stopped.stopped)
        #expect(!stopped.succeeded)
        #expect(stopped.changes.isEmpty)
        #expect(try folderSnapshot(project.path("served")) == before)
        let second = "content/strategiradet/2026-06-11/16-26.md"
        try project.write(second, try project.read(second) + "\nTillegg.\n")
        let caughtUp = try check(rebuilder, project, changed: [project.path(first), project.path(second)], step: "after the stop")
        #expect(caughtUp.changes.paths.contains("e-helserad/2025-06-12/15-25/index.html"))
        #expect(caughtUp.changes.paths.contains("strategiradet/2026-06-11/16-26/index.html"))
    }

    @Test("after a failed build, the next edit is not previewed: the error page stays until a whole build succeeds")
    func noPreviewAfterFailure() throws {
        let (project, rebuilder) = try servedSite()
        let broken = "content/strategiradet/_index.md"
        try project.write(broken, "---\nnavn: [\n---\n")
        try check(rebuilder, project, changed: [project.path(broken)], step: "broken")
        let file = "content/e-helserad/2025-06-12/15-25.md"
        try project.write(file, try project.read(file) + "\nTillegg.\n")
        #expect(rebuilder.preview(changed: [project.path(file)]) == nil)
    }

    @Test("a failed build keeps the last good site and the next good one catches up")
    func failureThenFix() throws {
        let (project, rebuilder) = try servedSite()
        let before = try folderSnapshot(project.path("served"))
        let file = "content/strategiradet/2026-06-11/16-26.md"
        let good = try project.read(file)
        try project.write(file, "---\nsak: 16/26\ntittel: [uavsluttet\n---\n")
        let broken = try check(rebuilder, project, changed: [project.path(file)], step: "broken")
        #expect(!broken.succeeded)
        #expect(broken.report.diagnostics.contains { $0.location.path == project.path(file) && $0.isError })
        #expect(try folderSnapshot(project.path("served")) == before)
        try project.write(file, good.replacingOccurrences(of: "Tekst.", with: "Ny tekst."))
        let fixed = try check(rebuilder, project, changed: [project.path(file)], step: "fixed")
        #expect(fixed.changes.paths.filter { !$0.hasPrefix("sok/") } == ["strategiradet/2026-06-11/16-26/index.html",
                                                                          "strategiradet/2026-06-11/saksdokumenter/index.html"])
    }

    @Test("content broken from the start: nothing is written until the first good build, which writes it all")
    func brokenFromTheStart() throws {
        let project = try project()
        let file = "content/strategiradet/_index.md"
        let good = try project.read(file)
        try project.write(file, "---\nnavn: [\n---\n")
        let rebuilder = Rebuilder(request(project, output: "served"))
        let broken = try check(rebuilder, project, changed: nil, step: "broken first build")
        #expect(!broken.succeeded)
        #expect(!FileManager.default.fileExists(atPath: project.path("served")))
        try project.write(file, good)
        let fixed = try check(rebuilder, project, changed: [project.path(file)], step: "fixed")
        #expect(fixed.wroteEverything)
    }
}

/// Counts calls from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int { lock.withLock { count += 1; return count } }
}
