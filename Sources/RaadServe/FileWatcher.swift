import Foundation
import NIOConcurrencyHelpers
import RaadContent
#if canImport(Glibc)
import Glibc
#endif

/// Reports changes under folders as they happen, through Linux inotify: no polling of the tree.
///
/// Every folder under the roots is watched, and a folder created later is added at once (with the files
/// already in it reported, since they may have arrived before its watch). Events are gathered until the
/// tree has been quiet for `debounce`, so an editor's save (write a temporary file, rename, chmod) gives
/// one batch; a steady stream of writes is still reported at least every `maximumWait`. The default of
/// 30 ms covers an editor's write-rename-chmod, which inotify reports within a millisecond or two, and keeps
/// the wait short of what a reader notices.
public final class FileWatcher: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Paths that changed, sorted; `overflowed` when the kernel dropped events, so anything may have changed.
    public struct Batch: Sendable, Equatable {
        public var paths: [String]
        public var overflowed: Bool
    }

    static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM
                             | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    public let roots: [String]
    public let debounce: Duration
    public let maximumWait: Duration
    /// The batches, in order; finished when the watcher stops.
    public let batches: AsyncStream<Batch>

    private let continuation: AsyncStream<Batch>.Continuation
    let inotify: Int32
    private let wake: (read: Int32, write: Int32)
    /// Watch descriptor to folder path; the watcher's thread changes it, tests read it.
    let folders = NIOLockedValueBox<[Int32: String]>([:])
    private let sent = NIOLockedValueBox(0)

    /// How many batches have gone into `batches` so far: a reader that counts what it took knows whether
    /// newer changes are waiting without taking them.
    public var batchesSent: Int { sent.withLockedValue { $0 } }

    /// Starts watching `roots` (folders) at once; batches flow after `start()`.
    public init(roots: [String], debounce: Duration = .milliseconds(30), maximumWait: Duration = .seconds(1)) throws(Failure) {
        self.roots = roots
        self.debounce = debounce
        self.maximumWait = maximumWait
        (batches, continuation) = AsyncStream.makeStream(of: Batch.self)
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw Failure(description: "inotify: \(String(cString: strerror(errno)))") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(inotify)
            throw Failure(description: "pipe: \(String(cString: strerror(errno)))")
        }
        wake = (pipeEnds[0], pipeEnds[1])
        for root in roots {
            guard Self.isFolder(root) else {
                close(inotify); close(wake.read); close(wake.write)
                throw Failure(description: "\(root): not a folder to watch")
            }
            _ = watchTree(root)
        }
    }

    /// Runs the watcher on a thread of its own until `stop()`.
    public func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "raad file watcher"
        thread.start()
    }

    /// Stops the thread and finishes `batches`.
    public func stop() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Folders watched now, sorted (for tests).
    var watchedFolders: [String] { folders.withLockedValue { $0.values.sorted() } }

    private func loop() {
        var pending: Set<String> = []
        var overflowed = false
        var firstEvent: ContinuousClock.Instant?
        var lastEvent: ContinuousClock.Instant?
        let clock = ContinuousClock()
        while true {
            var timeout: Int32 = -1
            if let first = firstEvent, let last = lastEvent {
                let due = min(last + debounce, first + maximumWait)
                timeout = Int32(max(0, Self.milliseconds(clock.now.duration(to: due)).rounded(.up)))
            }
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0 && errno != EINTR { break }
            if fds[1].revents != 0 { break }
            if fds[0].revents != 0 {
                // An editor's backup and lock files are never content: saving them rebuilds nothing.
                let events = readEvents()
                let paths = events.paths.filter { !EditorFiles.isIgnored(path: $0) }, lost = events.overflowed
                if !paths.isEmpty || lost {
                    pending.formUnion(paths)
                    overflowed = overflowed || lost
                    let now = clock.now
                    firstEvent = firstEvent ?? now
                    lastEvent = now
                }
            }
            if let first = firstEvent, let last = lastEvent, clock.now >= min(last + debounce, first + maximumWait) {
                sent.withLockedValue { $0 += 1 }
                continuation.yield(Batch(paths: pending.sorted(), overflowed: overflowed))
                pending.removeAll()
                overflowed = false
                firstEvent = nil
                lastEvent = nil
            }
        }
        continuation.finish()
        close(inotify)
        close(wake.read)
        close(wake.write)
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
