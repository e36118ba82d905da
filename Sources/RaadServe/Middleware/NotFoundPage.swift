import Foundation
import Hummingbird

/// Answers a request for something that is not there with the site's own 404 page, as a static host would.
struct NotFoundPage<Context: RequestContext>: RouterMiddleware {
    let root: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            if response.status != .notFound { return response }
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // Fall through to the site's page.
        }
        return Self.response(root: root)
    }

    /// The site's 404 page, as it is in `root`.
    static func response(root: String) -> Response {
        let page = FileManager.default.contents(atPath: root + "/404.html") ?? Data("<h1>Fant ikke siden</h1>".utf8)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: page)))
    }
}
