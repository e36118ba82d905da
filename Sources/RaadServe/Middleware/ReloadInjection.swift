import Hummingbird

/// Adds the reload script to every HTML response, so the files on disk stay exactly what `raad build` writes.
struct ReloadInjection<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .get, Self.isHTML(response.headers[.contentType]),
              [.ok, .notFound, .internalServerError, .serviceUnavailable].contains(response.status)
        else { return response }
        let html = try await Self.collect(response.body)
        let injected = ReloadScript.inject(into: html)
        var headers = response.headers
        headers[.contentLength] = String(injected.count)
        headers[.eTag] = nil
        headers[.cacheControl] = "no-store"
        return Response(status: response.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: injected)))
    }

    static func isHTML(_ contentType: String?) -> Bool {
        contentType.map { $0.lowercased().hasPrefix("text/html") } ?? false
    }

    /// The whole body of a response; pages are small, and the script must go near the end.
    static func collect(_ body: ResponseBody) async throws -> [UInt8] {
        let sink = Sink()
        try await body.write(CollectingWriter(sink: sink))
        return sink.bytes
    }

    private final class Sink: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    private struct CollectingWriter: ResponseBodyWriter {
        let sink: Sink

        mutating func write(_ buffer: ByteBuffer) async throws {
            sink.bytes += buffer.readableBytesView
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
