import Foundation

/// Politeness per host: requests to one host start at least `interval` apart, and a 429's Retry-After holds
/// back every request to that host, not only the one that got it.
actor HostSchedule {
    private let interval: Duration
    private var nextStart: [String: ContinuousClock.Instant] = [:]
    /// The clock's reading; tests give a clock of their own, so the spacing is checked without waiting.
    private let now: @Sendable () -> ContinuousClock.Instant

    init(interval: Duration, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.interval = interval
        self.now = now
    }

    /// How long the caller must wait before it may send to `host`; its slot is taken at once.
    func reserve(_ host: String) -> Duration {
        let now = now()
        let start = max(now, nextStart[host] ?? now)
        nextStart[host] = start + interval
        return start - now
    }

    /// Nothing more goes to `host` for `delay`.
    func pause(_ host: String, for delay: Duration) {
        let until = now() + delay
        nextStart[host] = max(nextStart[host] ?? until, until)
    }
}
