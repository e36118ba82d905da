import Foundation
import Testing
import RaadTestSupport
@testable import RaadServe

@Suite("Watching content/ and themes/ through inotify")
struct FileWatcherTests {
    /// The next batch, or `nil` after `seconds`.
    func nextBatch(_ watcher: FileWatcher, within seconds: Double = 3) async -> FileWatcher.Batch? {
        await withTaskGroup(of: FileWatcher.Batch?.self) { group in
            group.addTask {
                var iterator = watcher.batches.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(seconds))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    @Test("a burst of writes to one file is one batch, after the tree is quiet")
    func debounces() async throws {
        let folder = try TemporaryContent("-- content/a/_index.md --\nx")
        // Generous against a loaded machine: the writes come 20 ms apart, the quiet period is 300 ms.
        let watcher = try FileWatcher(roots: [folder.path("content")], debounce: .milliseconds(300))
        watcher.start()
        defer { watcher.stop() }
        let start = ContinuousClock.now
        for round in 0..<5 {
            try folder.write("content/a/_index.md", "versjon \(round)")
            // Not Task.sleep: on a busy test pool a suspended task may resume much later than asked.
            usleep(20_000)
        }
        let batch = await nextBatch(watcher)
        #expect(batch?.paths == [folder.path("content/a/_index.md")])
        #expect(ContinuousClock.now - start >= .milliseconds(380))
        let extra = await nextBatch(watcher, within: 0.6)
        #expect(extra == nil, "\(String(describing: extra)) after \(String(describing: batch))")
    }

    @Test("a folder made after the start is watched, and files already in it are reported")
    func newFolders() async throws {
        let folder = try TemporaryContent("-- content/_index.md --\nx")
        let watcher = try FileWatcher(roots: [folder.path("content")], debounce: .milliseconds(50))
        watcher.start()
        defer { watcher.stop() }
        try folder.write("content/ny/2026-10-15/_index.md", "---\ndato: 2026-10-15\n---\n")
        let first = await nextBatch(watcher)
        #expect(first?.paths.contains(folder.path("content/ny/2026-10-15/_index.md")) == true)
        // Counted as sent by the time it is taken: `serve` compares the count with what it took.
        #expect(watcher.batchesSent == 1)
        try folder.write("content/ny/2026-10-15/01-26.md", "sak")
        let second = await nextBatch(watcher)
        #expect(second?.paths == [folder.path("content/ny/2026-10-15/01-26.md")])
        #expect(watcher.batchesSent == 2)
        #expect(watcher.watchedFolders.contains(folder.path("content/ny/2026-10-15")))
    }

    @Test("a rename over a file and a deletion are both reported")
    func renameAndDelete() async throws {
        let folder = try TemporaryContent("-- themes/t/templates/sak.mustache --\n{{tittel}}\n-- themes/t/old.txt --\nx")
        let watcher = try FileWatcher(roots: [folder.path("themes")], debounce: .milliseconds(50))
        watcher.start()
        defer { watcher.stop() }
        try folder.write("themes/t/templates/.sak.swp", "{{tittel}}!")
        _ = rename(folder.path("themes/t/templates/.sak.swp"), folder.path("themes/t/templates/sak.mustache"))
        try FileManager.default.removeItem(atPath: folder.path("themes/t/old.txt"))
        let batch = await nextBatch(watcher)
        #expect(batch?.paths.contains(folder.path("themes/t/templates/sak.mustache")) == true)
        #expect(batch?.paths.contains(folder.path("themes/t/old.txt")) == true)
    }

    @Test("stopping ends the stream of batches")
    func stops() async throws {
        let folder = try TemporaryContent("-- content/_index.md --\nx")
        let watcher = try FileWatcher(roots: [folder.path("content")])
        watcher.start()
        watcher.stop()
        var iterator = watcher.batches.makeAsyncIterator()
        #expect(await iterator.next() == nil)
    }

    @Test("a root that is not a folder is refused")
    func missingRoot() throws {
        #expect(throws: FileWatcher.Failure.self) { try FileWatcher(roots: ["/finnes/ikke"]) }
    }
}
