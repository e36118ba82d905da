import Dispatch
import Foundation

/// Times the named stages of a build, in the order they ran, for the summary `raad build` prints.
public struct StageClock: Sendable {
    public private(set) var stages: [(stage: String, seconds: Double)] = []
    /// The process's peak resident memory when each stage ended, in bytes; only with `recordsMemory`.
    public private(set) var peakMemory: [(stage: String, bytes: Int)] = []
    /// `raad build --stage-memory`: which stage raises the peak, for whoever tunes the build.
    public var recordsMemory = false

    public init() {}

    /// Runs `body` and records how long it took under `stage`.
    public mutating func time<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            stages.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            if recordsMemory, let bytes = Self.peakResidentBytes() { peakMemory.append((stage, bytes)) }
        }
        return try body()
    }

    /// `VmHWM` from `/proc/self/status` (Linux); nil where there is none.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.dropFirst("VmHWM:".count).filter(\.isNumber)) else { return nil }
        return kilobytes * 1024
    }
}
