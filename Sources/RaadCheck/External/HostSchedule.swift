import Foundation

/// Politeness per host: requests to one host start at least `interval` apart, and a 429's Retry-After holds
/// back every request to that host, not only the one that got it.
actor HostSchedule {
    private let interval: Duration
    private var nextStart: [String: ContinuousClock.Instant] = [:]

    init(interval: Duration) { self.interval = interval }

    /// How long the caller must wait before it may send to `host`; its slot is taken at once.
    func reserve(_ host: String) -> Duration {
        let now = ContinuousClock.now
        let start = max(now, nextStart[host] ?? now)
        nextStart[host] = start + interval
        return start - now
    }

    /// Nothing more goes to `host` for `delay`.
    func pause(_ host: String, for delay: Duration) {
        let until = ContinuousClock.now + delay
        nextStart[host] = max(nextStart[host] ?? until, until)
    }
}
