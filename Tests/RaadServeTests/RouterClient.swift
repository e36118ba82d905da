import Hummingbird
import Logging
import NIOEmbedded
@testable import RaadServe

/// Sends requests straight to a router, in process and without a socket, as HummingbirdTesting's router mode
/// does, but without the HTTP client (and TLS) that library brings into every build.
struct RouterClient {
    struct Reply {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
    }

    let responder: RouterResponder<BasicRequestContext>

    init(_ router: Router<BasicRequestContext>) { responder = router.buildResponder() }

    /// `authority` is what the browser sends as `Host`; the sessions in the tests have port 1313.
    func get(_ path: String, authority: String? = "localhost:1313", headers: HTTPFields = [:]) async throws -> Reply {
        let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: authority, path: path, headerFields: headers),
                              body: RequestBody(buffer: ByteBuffer()))
        let context = BasicRequestContext(source: .init(channel: EmbeddedChannel(), logger: Logger(label: "test")))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch let error as any HTTPResponseError {
            // What the application does with an error a middleware or route throws.
            response = try error.response(from: request, context: context)
        }
        let body = try await ReloadInjection<BasicRequestContext>.collect(response.body)
        return Reply(status: response.status, headers: response.headers, body: String(decoding: body, as: UTF8.self))
    }
}
