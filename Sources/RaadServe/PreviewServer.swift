import Hummingbird
import Logging
import ServiceLifecycle

/// `raad serve` as a whole: the HTTP server and the preview session, run until SIGINT or SIGTERM.
public struct PreviewServer: Sendable {
    public let configuration: PreviewSession.Configuration

    public init(_ configuration: PreviewSession.Configuration) { self.configuration = configuration }

    /// True for an address only this machine can reach.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public func run() async throws {
        let session = PreviewSession(configuration)
        var logger = Logger(label: "raad.serve")
        logger.logLevel = .warning
        let app = Application(
            router: session.router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { await session.serverRunning($0) },
            logger: logger)
        // The session comes last so that on shutdown it stops first and ends the event streams.
        let group = ServiceGroup(configuration: .init(services: [app, session],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
