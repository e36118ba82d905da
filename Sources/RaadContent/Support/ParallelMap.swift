import Dispatch
import Foundation

/// `transform` on every element, in chunks of `chunk` across the machine's cores, keeping the order.
/// Shared by the builder, the search index and the link checker: the module every other one depends on.
package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], chunk: Int = 64, _ transform: @Sendable (T) -> R) -> [R] {
    let results = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: (items.count + chunk - 1) / chunk) { part in
        for position in part * chunk..<min(items.count, (part + 1) * chunk) {
            results.set(position, transform(items[position]))
        }
    }
    return results.values
}

/// Slots that parallel workers fill, each writing only its own indices.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every slot's value; `concurrentPerform` returns only after every worker filled its slots.
    var values: [R] { slots.map { $0! } }
}
