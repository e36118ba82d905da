import Foundation
import RaadContent

/// Keeps a built site on disk up to date as content and theme change: the build behind `raad serve`.
///
/// Every rebuild runs the same `SiteGenerator` as `raad build`, with caches: unchanged files are not parsed
/// again (`LoadCache`), unchanged views are not rendered again (`RenderCache`), and of the resulting
/// `Output` only the files that differ from what was last written go to disk. Nothing here knows the kinds
/// of page, so a page added to `SiteBuilder` is kept up to date without a change here. The invariant, tested
/// with random edits: after any rebuild the folder holds exactly what a fresh `raad build` would write.
///
/// Not thread-safe: use one instance from one thread or queue at a time.
public final class Rebuilder {
    public struct Result: Sendable {
        public var report: SiteGenerator.Report
        /// What was written and removed; empty when the build failed or nothing changed.
        public var changes: OutputChanges
        /// Content files read again because they changed.
        public var reloaded: [String]
        /// Pages rendered again because their view changed.
        public var rendered: [String]
        public var seconds: Double
        /// The first build, or one after a failed write: the whole folder was written.
        public var wroteEverything: Bool

        public var succeeded: Bool { report.succeeded }
        /// Abandoned for newer changes (`shouldStop`): nothing was written, and the changes still need a rebuild.
        public var stopped: Bool { report.stopped }
    }

    public let request: SiteGenerator.Request
    private let loadCache = LoadCache()
    let renderCache = RenderCache()
    /// What the folder holds now, by path; `nil` until the first build succeeded.
    var published: [String: Output.Contents]?
    /// Each copied file's source stamp, taken before it was copied.
    private var copied: [String: FileStamp?] = [:]
    /// The views of the last build that was written, for `preview`; `nil` after a failure.
    var snapshot: SiteBuilder.Snapshot?
    /// The saker of that build by their file's path, as the build names it.
    var sakerByFile: [String: Sak] = [:]

    /// - Parameter request: as for `raad build`; its output folder is the one kept up to date.
    public init(_ request: SiteGenerator.Request) {
        var request = request
        request.loadCache = loadCache
        request.renderCache = renderCache
        self.request = request
    }

    /// Builds again and writes what changed.
    /// - Parameter changed: files a watcher reported; they are read again whatever their stamps say. `nil`
    ///   when unknown: every file is then checked by its stamp, and every copied file is copied again.
    /// - Parameter shouldStop: asked between stages; `true` abandons this rebuild (see `Result.stopped`).
    public func rebuild(changed: [String]? = nil, shouldStop: (@Sendable () -> Bool)? = nil) -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        if let changed { loadCache.invalidate(changed) }
        var request = self.request
        request.shouldStop = shouldStop
        let report = SiteGenerator(request).run(write: false)
        var result = Result(report: report, changes: OutputChanges(), reloaded: loadCache.takeReloaded(),
                            rendered: renderCache.takeRendered(), seconds: 0, wroteEverything: false)
        func finished() -> Result {
            result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return result
        }
        // Stopped, the folder and the last build's views are as they were; the next rebuild takes over.
        if report.stopped { return finished() }
        snapshot = nil
        guard report.succeeded, let output = report.output else { return finished() }
        let writer = OutputWriter(destination: request.output,
                                  protected: [request.content, request.themes, FileManager.default.currentDirectoryPath])
        let stamps = sourceStamps(output)
        do throws(OutputWriter.Failure) {
            if let published {
                result.changes = changes(from: published, to: output, stamps: stamps, changed: changed)
                try writer.apply(result.changes)
            } else {
                try writer.publish(output)
                result.changes = OutputChanges(write: output.files)
                result.wroteEverything = true
            }
        } catch {
            // The folder is now in an unknown state: write all of it next time.
            published = nil
            result.report.failure = error.description
            return finished()
        }
        published = Dictionary(output.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        copied = stamps
        snapshot = report.snapshot
        sakerByFile = Dictionary(report.archive?.allSaker.map { ($0.source.path, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        return finished()
    }

    /// The stamp of every copied file's source, taken before anything is copied.
    private func sourceStamps(_ output: Output) -> [String: FileStamp?] {
        var stamps: [String: FileStamp?] = [:]
        for file in output.files {
            if case .copy(let source) = file.contents { stamps[source] = FileStamp(path: source) }
        }
        return stamps
    }

    private func changes(from old: [String: Output.Contents], to output: Output, stamps: [String: FileStamp?],
                         changed: [String]?) -> OutputChanges {
        let reported = Set((changed ?? []).map(LoadCache.absolute))
        var write: [Output.File] = []
        for file in output.files {
            guard let before = old[file.path], before == file.contents else {
                write.append(file)
                continue
            }
            if case .copy(let source) = file.contents {
                let same = changed != nil && copied[source] == stamps[source]
                    && (reported.isEmpty || !reported.contains(LoadCache.absolute(source)))
                if !same { write.append(file) }
            }
        }
        let paths = Set(output.files.map(\.path))
        return OutputChanges(write: write, remove: old.keys.filter { !paths.contains($0) }.sorted())
    }
}
