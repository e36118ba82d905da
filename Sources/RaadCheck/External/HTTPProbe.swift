import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP request whose answer is only the status line and headers: redirects are not followed (the caller
/// follows them to see loops), and a GET's body is never read, so a big PDF is never downloaded.
///
/// Built on AsyncHTTPClient (SwiftNIO, TLS from swift-nio-ssl) rather than URLSession: on Linux URLSession is
/// libcurl, which cannot be linked into the one-file release, and would make `raad` need libcurl and its
/// dozen libraries on every machine that runs it.
final class HTTPProbe: Sendable {
    struct Answer: Sendable {
        var status: Int
        var location: String?
        var retryAfter: String?
    }

    /// Why no answer came: the checker retries a failed connection and reports a timeout as such.
    enum Failure: Error, CustomStringConvertible {
        case timeout
        case connection(String)
        case other(String)

        var description: String {
            switch self {
            case .timeout: "timed out"
            case .connection(let reason), .other(let reason): reason
            }
        }
    }

    private let client: HTTPClient
    private let timeout: TimeAmount

    init(timeout: Double, connections: Int) {
        self.timeout = .milliseconds(Int64(timeout * 1000))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: self.timeout, read: self.timeout))
        configuration.connectionPool = .init(idleTimeout: .seconds(30),
                                             concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, connections))
        // The checker decides how often to try again (Fetch); the pool's own retries would keep a refused
        // connection waiting for the whole connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton),
                            configuration: configuration)
    }

    func close() async { try? await client.shutdown() }

    func request(_ url: URL, method: String) async throws(Failure) -> Answer {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = HTTPMethod(rawValue: method)
        request.headers.add(name: "User-Agent", value: "raad-check/1 (link checker)")
        do {
            // Dropping the response without reading its body cancels the rest of the transfer.
            let response = try await client.execute(request, timeout: timeout * 2)
            return Answer(status: Int(response.status.code), location: response.headers.first(name: "Location"),
                          retryAfter: response.headers.first(name: "Retry-After"))
        } catch {
            throw Self.failure(error)
        }
    }

    static func failure(_ error: Error) -> Failure {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: return .timeout
            case .remoteConnectionClosed: return .connection("the server closed the connection without an answer")
            default: return .other(String(describing: error))
            }
        }
        if error is NIOConnectionError || error is IOError || error is ChannelError {
            if let channel = error as? ChannelError, case .connectTimeout = channel { return .timeout }
            return .connection(String(describing: error))
        }
        return .other(String(describing: error))
    }
}
