import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request whose answer is only the status line and headers: redirects are not followed (the caller
/// follows them to see loops), and a GET is cancelled once its headers arrive, so a big PDF is never downloaded.
///
/// Built on URLSession (FoundationNetworking, that is libcurl, on Linux): it ships with the toolchain, so the
/// checker adds no package to build, and its TLS is the system's.
final class HTTPProbe: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Answer: Sendable {
        var status: Int
        var location: String?
        var retryAfter: String?
    }

    private var session: URLSession!
    private let lock = NSLock()
    private var waiting: [Int: CheckedContinuation<Answer, Error>] = [:]

    init(timeout: Double, connections: Int) {
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpMaximumConnectionsPerHost = connections
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = ["User-Agent": "raad-check/1 (link checker)"]
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func close() { session.invalidateAndCancel() }

    func request(_ url: URL, method: String) async throws -> Answer {
        var request = URLRequest(url: url)
        request.httpMethod = method
        return try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: request)
            lock.withLock { waiting[task.taskIdentifier] = continuation }
            task.resume()
        }
    }

    private func finish(_ task: URLSessionTask, _ result: Result<Answer, Error>) {
        let continuation = lock.withLock { waiting.removeValue(forKey: task.taskIdentifier) }
        continuation?.resume(with: result)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        finish(dataTask, .success(Answer(status: http?.statusCode ?? 0,
                                         location: http?.value(forHTTPHeaderField: "Location"),
                                         retryAfter: http?.value(forHTTPHeaderField: "Retry-After"))))
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        finish(task, .success(Answer(status: response.statusCode, location: response.value(forHTTPHeaderField: "Location"),
                                     retryAfter: nil)))
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        finish(task, .failure(error ?? URLError(.badServerResponse)))
    }
}
