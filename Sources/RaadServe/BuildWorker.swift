import Dispatch
import RaadSite

/// Runs the `Rebuilder` on a queue of its own, so a long rebuild never holds one of the threads that answer requests.
final class BuildWorker: @unchecked Sendable {
    // The rebuilder is only touched on `queue`, which is serial: that is what makes this type Sendable.
    private let rebuilder: Rebuilder
    private let queue = DispatchQueue(label: "raad.serve.rebuild")

    init(_ rebuilder: Rebuilder) { self.rebuilder = rebuilder }

    func preview(changed: [String]) async -> Rebuilder.Result? {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.rebuilder.preview(changed: changed)) }
        }
    }

    func rebuild(changed: [String]?, shouldStop: (@Sendable () -> Bool)? = nil) async -> Rebuilder.Result {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.rebuilder.rebuild(changed: changed, shouldStop: shouldStop)) }
        }
    }
}
