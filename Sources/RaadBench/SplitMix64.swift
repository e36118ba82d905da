/// A small seeded generator (SplitMix64), so a synthetic archive is byte-identical for the same seed on any machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, drawn without the standard library's algorithm so it never changes under us.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` different items in their original order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        for i in 0..<min(count, indices.count) {
            indices.swapAt(i, int(i...(indices.count - 1)))
        }
        return indices.prefix(count).sorted().map { items[$0] }
    }

    /// A generator for one part of the archive, independent of how much was drawn before it.
    public static func derived(_ seed: UInt64, _ parts: Int...) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed)
        var value = mixer.next()
        for part in parts {
            mixer = SplitMix64(seed: value ^ UInt64(truncatingIfNeeded: part))
            value = mixer.next()
        }
        return SplitMix64(seed: value)
    }
}
