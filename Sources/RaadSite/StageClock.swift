import Dispatch

/// Times the named stages of a build, in the order they ran, for the summary `raad build` prints.
public struct StageClock: Sendable {
    public private(set) var stages: [(stage: String, seconds: Double)] = []

    public init() {}

    /// Runs `body` and records how long it took under `stage`.
    public mutating func time<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }
}
