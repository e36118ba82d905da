import Hummingbird

/// Adds the preview banner (`PreviewBanner`: drafts and warnings of the last build) to every page served,
/// so the files on disk stay exactly what `raad build` writes.
struct BannerInjection<Context: RequestContext>: RouterMiddleware {
    let banner: @Sendable () -> PreviewBanner?
    /// Where the site is served (`/radsmodellen/`): the request path has lost it, the banner's links need it.
    let basePath: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .get, response.status == .ok, ReloadInjection<Context>.isHTML(response.headers[.contentType]),
              let banner = banner()
        else { return response }
        let page = PreviewNotes.page(ofRequest: request.uri.path)
        let html = banner.html(for: page, href: { basePath + $0 })
        guard !html.isEmpty else { return response }
        let injected = PreviewBanner.inject(html, into: try await ReloadInjection<Context>.collect(response.body))
        var headers = response.headers
        headers[.contentLength] = String(injected.count)
        headers[.eTag] = nil
        headers[.cacheControl] = "no-store"
        return Response(status: response.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: injected)))
    }
}
