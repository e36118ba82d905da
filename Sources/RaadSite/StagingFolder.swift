import Foundation

/// The folder a build writes into before it is swapped in as the site (`site.tmp-<pid>` beside it).
///
/// Pages are written here as soon as they are rendered, on whichever core rendered them, so a large site
/// is never held in memory whole. The first write failure is kept and fails the build.
///
/// `NSLock` rather than `Mutex`: ThreadSanitizer, which CI runs, sees the pthread lock but not the futex.
public final class StagingFolder: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var state = State()

    private struct State {
        var folders: Set<String> = []
        var failure: FileIO.Failure?
    }

    init(path: String) {
        self.path = path
        state.folders.insert(path)
    }

    /// Writes `bytes` at `relative` (its folders made as needed) and says where it is; `nil` after a failure.
    func write(_ bytes: UnsafeBufferPointer<UInt8>, at relative: String) -> String? {
        let full = path + "/" + relative
        let folder = (full as NSString).deletingLastPathComponent
        do throws(FileIO.Failure) {
            if lock.withLock({ !state.folders.contains(folder) }) {
                try FileIO.makeFolders(folder)
                lock.withLock { _ = state.folders.insert(folder) }
            }
            try FileIO.write(bytes, to: full)
            return full
        } catch {
            lock.withLock { if state.failure == nil { state.failure = error } }
            return nil
        }
    }

    func write(_ text: String, at relative: String) -> String? {
        var text = text
        return text.withUTF8 { write($0, at: relative) }
    }

    /// The first write that failed, if any.
    var failure: FileIO.Failure? { lock.withLock { state.failure } }
}
