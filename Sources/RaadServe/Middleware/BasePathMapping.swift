import Hummingbird

/// Serves the site under its base path (`/radsmodellen/…` for `base_url: https://x/radsmodellen/`), as the
/// web server does in production, so the site's absolute links behave the same in the preview. `/` (and
/// the base path without its slash) redirects to the base path; other paths outside it are the site's 404;
/// serve's own `/_raad/` paths stay where the reload script asks for them.
struct BasePathMapping<Context: RequestContext>: RouterMiddleware {
    /// Starts and ends with `/`.
    let basePath: String
    let root: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard basePath != "/", !path.hasPrefix("/_raad/") else { return try await next(request, context) }
        if path == "/" || path == String(basePath.dropLast()) {
            return Response(status: .found, headers: [.location: basePath, .cacheControl: "no-store"])
        }
        guard path.hasPrefix(basePath) else { return NotFoundPage<Context>.response(root: root) }
        var head = request.head
        let query = request.uri.query.map { "?" + $0 } ?? ""
        head.path = "/" + path.dropFirst(basePath.count) + query
        return try await next(Request(head: head, body: request.body), context)
    }
}
