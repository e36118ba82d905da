import NIOConcurrencyHelpers

/// Says in the terminal, once per foreign name, that a request was refused: a page that keeps polling the
/// preview would otherwise fill the terminal, and the editor needs the name only once to decide.
final class RefusalLog: Sendable {
    /// Past this many names a page is inventing them; one more line says so, and then nothing.
    static let limit = 32

    private let seen = NIOLockedValueBox<Set<String>>([])
    private let log: @Sendable (String) -> Void

    init(log: @escaping @Sendable (String) -> Void) { self.log = log }

    /// Logs `line` if `key` was not refused before.
    func refused(_ key: String, _ line: @autoclosure () -> String) {
        let count: Int? = seen.withLockedValue { seen in
            guard seen.count <= Self.limit, seen.insert(key).inserted else { return nil }
            return seen.count
        }
        guard let count else { return }
        if count > Self.limit {
            log("refused requests for more than \(Self.limit) foreign names; no more are logged")
        } else {
            log(line())
        }
    }
}
