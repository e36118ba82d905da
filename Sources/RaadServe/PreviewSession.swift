import Foundation
import Hummingbird
import NIOConcurrencyHelpers
import NIOCore
import RaadContent
import RaadMessages
import RaadSite
import ServiceLifecycle

/// The live part of `raad serve`: builds the site into a folder of its own, then rebuilds on every batch of
/// saves, keeps what pages show (`state`), and tells open tabs to reload (`reloads`).
///
/// It runs beside the Hummingbird `Application` in one `ServiceGroup`, listed after it: on shutdown the
/// group stops this first, which ends the open event streams so the server can close its connections.
public final class PreviewSession: Service, Sendable {
    public struct Configuration: Sendable {
        public var content: String
        public var themes: String
        /// The folder the site is built into; it is replaced, and removed when the server stops.
        public var output: String
        public var host: String
        /// More names the preview answers to (`--allowed-host`), each with or without `:PORT`.
        public var allowedHosts: [String]
        /// 0 picks a free port.
        public var port: Int
        public var debounce: Duration
        public var today: Dato?
        /// The language of the terminal's lines and the preview's own pages.
        public var language: Language
        /// The site is served under this address's path (`raad serve` passes the content's `base_url`); `nil`: `/`.
        public var baseURL: String?
        /// Where the log lines go; standard output by default.
        public var log: @Sendable (String) -> Void

        public init(content: String = "content", themes: String = "themes", output: String, host: String = "127.0.0.1",
                    allowedHosts: [String] = [], port: Int = 1313, debounce: Duration = .milliseconds(30), today: Dato? = nil,
                    language: Language = .nb, baseURL: String? = nil,
                    log: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }) {
            self.content = content
            self.themes = themes
            self.output = output
            self.host = host
            self.allowedHosts = allowedHosts
            self.port = port
            self.debounce = debounce
            self.today = today
            self.language = language
            self.baseURL = baseURL
            self.log = log
        }
    }

    public let configuration: Configuration
    /// Starts and ends with `/`: where the site is served, as in production.
    let basePath: String
    public let state = PreviewState()
    public let reloads = ReloadChannel()
    /// The drafts and warnings of the last good build, for the banner on every page (`BannerInjection`).
    public let notes = NIOLockedValueBox(PreviewNotes())
    /// With the configured port until the server listens, then with the port it got.
    let allowedHosts: NIOLockedValueBox<AllowedHosts>
    private let started: AsyncStream<Int>
    private let startedContinuation: AsyncStream<Int>.Continuation

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        basePath = SitePaths(baseURL: configuration.baseURL ?? "/").basePath
        allowedHosts = NIOLockedValueBox(AllowedHosts(port: configuration.port, listening: configuration.host,
                                                      names: configuration.allowedHosts))
        (started, startedContinuation) = AsyncStream.makeStream(of: Int.self)
    }

    /// Tells the server its port once it listens (pass to `Application(onServerRunning:)`).
    public func serverRunning(_ channel: any Channel) async {
        let port = channel.localAddress?.port ?? 0
        allowedHosts.withLockedValue {
            $0 = AllowedHosts(port: port, listening: configuration.host, names: configuration.allowedHosts)
        }
        startedContinuation.yield(port)
        startedContinuation.finish()
    }

    /// The first build, then a rebuild per batch of saves, until the service group shuts down.
    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            var ports = self.started.makeAsyncIterator()
            guard let port = await ports.next() else { return }
            try await self.serve(port: port)
        }
        reloads.finishAll()
        guard FileManager.default.fileExists(atPath: configuration.output) else { return }
        do {
            try FileManager.default.removeItem(atPath: configuration.output)
        } catch {
            configuration.log(Message.cannotRemove(configuration.output, error.localizedDescription).text(configuration.language))
        }
    }

    private func serve(port: Int) async throws {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let address = "http://\(host):\(port)\(basePath)"
        let request = SiteGenerator.Request(
            content: configuration.content, themes: configuration.themes, output: configuration.output,
            baseURL: address, includeDrafts: true, today: configuration.today ?? .today())
        let worker = BuildWorker(Rebuilder(request))
        // A site without a themes folder uses the theme raad carries; a folder made while serving is seen
        // after a restart.
        let themes = FileWatcher.isFolder(configuration.themes) ? [configuration.themes] : []
        let watcher = try FileWatcher(roots: [configuration.content] + themes, debounce: configuration.debounce)
        watcher.start()
        defer { watcher.stop() }
        await rebuild(worker, changed: nil)
        configuration.log(Message.serving(address, folder: configuration.output).text(configuration.language))
        let pings = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(15))
                reloads.send(.ping)
            }
        }
        defer { pings.cancel() }
        // Paths of a rebuild abandoned for newer saves, to rebuild with them; nil: check every file.
        var carried: [String]? = []
        var taken = 0
        for await batch in watcher.batches {
            taken += 1
            let changed = batch.overflowed ? nil : carried.map { Array(Set($0 + batch.paths)).sorted() }
            if let changed { await preview(worker, changed: changed) }
            // A long rebuild gives way to newer saves, so their pages are shown at once, and is done again
            // with them included; but only once in a row, so saves faster than a rebuild never starve it, and
            // never while the browser shows errors: no page is shown sooner then, and only a whole rebuild
            // clears them.
            let seen = taken
            let mayStop = carried?.isEmpty == true && state.current == .ready
            let newerSaves: @Sendable () -> Bool = { [watcher] in watcher.batchesSent > seen }
            let stopped = await rebuild(worker, changed: changed, shouldStop: mayStop ? newerSaves : nil)
            carried = stopped ? changed : []
        }
    }

    /// The edited saker's own pages first, when the batch is only that; the rebuild that follows does the rest.
    private func preview(_ worker: BuildWorker, changed: [String]) async {
        guard let result = await worker.preview(changed: changed) else { return }
        configuration.log(RebuildLog.previewLine(for: result, root: FileManager.default.currentDirectoryPath, configuration.language))
        if result.succeeded, !result.changes.isEmpty {
            reloads.send(.reload(paths: result.changes.paths, all: false))
        }
    }

    /// Rebuilds and announces what changed; returns whether the rebuild was abandoned for newer saves.
    @discardableResult
    private func rebuild(_ worker: BuildWorker, changed: [String]?, shouldStop: (@Sendable () -> Bool)? = nil) async -> Bool {
        let result = await worker.rebuild(changed: changed, shouldStop: shouldStop)
        configuration.log(RebuildLog.line(for: result, changed: changed, root: FileManager.default.currentDirectoryPath,
                                          configuration.language))
        if result.stopped { return true }
        for diagnostic in result.report.diagnostics { configuration.log(diagnostic.text(configuration.language)) }
        if let failure = result.report.failure {
            configuration.log("\(Message.severity(true).text(configuration.language)): \(failure)")
        }
        let next: PreviewState.Status = result.succeeded
            ? .ready
            : .failed(ErrorPage(diagnostics: result.report.diagnostics, failure: result.report.failure,
                                  language: configuration.language))
        let before = state.set(next)
        // Every page's banner counts the warnings, so a change in them is a change on every page.
        var notesChanged = false
        if result.succeeded {
            let notes = PreviewNotes(diagnostics: result.report.diagnostics, archive: result.report.archive,
                                     content: configuration.content)
            notesChanged = self.notes.withLockedValue { old in
                defer { old = notes }
                return old != notes
            }
        }
        if next != before || notesChanged {
            reloads.send(.reload(paths: [], all: true))
        } else if result.succeeded, !result.changes.isEmpty {
            // A stylesheet or another shared file shows on every page; the feed or the search index on none.
            let everyPage = result.changes.paths.contains { !$0.hasSuffix(".html") && SitePaths.showsOnPages($0) }
            reloads.send(.reload(paths: result.changes.paths, all: everyPage))
        }
        return false
    }
}
