import Hummingbird
import RaadMessages

/// While the content cannot be built, answers every page request with the list of errors (and before the first
/// build, with a "building" page); files such as the stylesheet are still served.
struct ErrorOverlay<Context: RequestContext>: RouterMiddleware {
    let state: PreviewState
    let language: Language

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, Self.isPage(request.uri.path) else {
            return try await next(request, context)
        }
        switch state.current {
        case .ready:
            return try await next(request, context)
        case .building:
            return Self.page(ErrorPage.building(language), status: .serviceUnavailable)
        case .failed(let errors):
            return Self.page(errors.html, status: .internalServerError)
        }
    }

    /// A page rather than a file: a folder (`/…/`), an `.html` file, or a name without an extension.
    static func isPage(_ path: String) -> Bool {
        if path.hasPrefix("/_raad/") { return false }
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        return last.isEmpty || last.hasSuffix(".html") || !last.contains(".")
    }

    static func page(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
