import Foundation
import Synchronization

/// The folder a build writes into before it is swapped in as the site (`site.tmp-<pid>` beside it).
///
/// Pages are written here as soon as they are rendered, on whichever core rendered them, so a large site
/// is never held in memory whole. The first write failure is kept and fails the build.
public final class StagingFolder: Sendable {
    public let path: String
    private let state = Mutex(State())

    private struct State {
        var folders: Set<String> = []
        var failure: FileIO.Failure?
    }

    init(path: String) {
        self.path = path
        state.withLock { $0.folders.insert(path) }
    }

    /// Writes `text` at `relative` (its folders made as needed) and says where it is; `nil` after a failure.
    func write(_ text: String, at relative: String) -> String? {
        let full = path + "/" + relative
        let folder = (full as NSString).deletingLastPathComponent
        do throws(FileIO.Failure) {
            if state.withLock({ !$0.folders.contains(folder) }) {
                try FileIO.makeFolders(folder)
                state.withLock { _ = $0.folders.insert(folder) }
            }
            try FileIO.write(text.utf8, to: full)
            return full
        } catch {
            state.withLock { if $0.failure == nil { $0.failure = error } }
            return nil
        }
    }

    /// The first write that failed, if any.
    var failure: FileIO.Failure? { state.withLock { $0.failure } }
}
