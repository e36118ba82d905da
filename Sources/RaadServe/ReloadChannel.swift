import Foundation
import NIOConcurrencyHelpers

/// The open browser tabs, each listening on `/_raad/events` (Server-Sent Events), and what to tell them.
///
/// Server-Sent Events rather than a WebSocket: a plain long response passes through proxies that drop
/// upgrades, and the browser reconnects by itself when the server restarts.
public final class ReloadChannel: Sendable {
    /// One message to every tab.
    public enum Event: Sendable, Equatable {
        /// Pages changed: `paths` are output paths (`strategiradet/index.html`); `all` when every page may have.
        case reload(paths: [String], all: Bool)
        /// Keeps idle connections open through proxies, and finds tabs that went away.
        case ping

        /// The event as it goes on the wire.
        public var text: String {
            switch self {
            case .reload(let paths, let all):
                let list = paths.map { "\"" + Self.jsonEscaped($0) + "\"" }.joined(separator: ",")
                return "event: reload\ndata: {\"all\":\(all),\"paths\":[\(list)]}\n\n"
            case .ping:
                return ": ping\n\n"
            }
        }

        private static func jsonEscaped(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
    }

    private let subscribers = NIOLockedValueBox<[UUID: AsyncStream<Event>.Continuation]>([:])

    public init() {}

    /// A stream of events for one tab; it ends when the tab goes or `finishAll()` is called.
    public func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        subscribers.withLockedValue { $0[id] = continuation }
        continuation.onTermination = { [subscribers] _ in
            _ = subscribers.withLockedValue { $0.removeValue(forKey: id) }
        }
        return stream
    }

    public func send(_ event: Event) {
        for continuation in subscribers.withLockedValue({ Array($0.values) }) { continuation.yield(event) }
    }

    /// How many tabs listen now.
    public var count: Int { subscribers.withLockedValue { $0.count } }

    /// Ends every stream, so the server can shut down without waiting for tabs that never close.
    public func finishAll() {
        for continuation in subscribers.withLockedValue({ Array($0.values) }) { continuation.finish() }
    }
}
