import Hummingbird

/// Lets only the editor's own browser read the preview, drafts and all, and is the outermost middleware.
///
/// A request whose `Host` is not an address of this server gets 403: it comes from a page that re-pointed
/// its own name at 127.0.0.1 (DNS rebinding). So does one whose `Origin` is another site's. That check is
/// made for every path, not only `/_raad/` (the reload event stream): a path check would have to know every
/// way of writing the path, and a same-origin request carries no `Origin` or our own. Every answer, the
/// refusals included, may not be kept by a cache, shown in another site's frame or read across origins.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    /// Read per request: with `--port 0` the port is known only once the server listens.
    let allowed: @Sendable () -> AllowedHosts
    let refusals: RefusalLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let allowed = allowed()
        let host = request.head.authority
        let origin = request.headers[.origin]
        let response: Response
        if !allowed.allows(host: host) {
            let shown = host.map { "Host \($0)" } ?? "no Host header"
            // Once per name, whatever port or case the page tries.
            refusals.refused("host " + (host.map { HostAndPort($0)?.host ?? $0.lowercased() } ?? ""),
                             "refused a request with \(shown): not an address of this server; "
                                + "`raad serve --allowed-host NAME` lets a name in")
            response = RefusalPage.foreignHost(host, allowed: allowed)
        } else if let origin, !allowed.allows(origin: origin) {
            refusals.refused("origin " + origin.lowercased(),
                             "refused a request from \(origin) for \(request.uri.path): another website's page asked")
            response = RefusalPage.foreignOrigin(origin)
        } else {
            do {
                response = try await next(request, context)
            } catch let error as any HTTPResponseError {
                // Turned into its answer here, so that it gets the headers too.
                response = try error.response(from: request, context: context)
            }
        }
        return Self.hardened(response)
    }

    /// The response with no-store, no framing, no CORS header, and no content sniffing (so that another site
    /// cannot run a page or JSON file of the preview as a script). Hummingbird's `ContentSecurityMiddleware`
    /// would add two of these, but not to the refusals or to an error thrown inside.
    static func hardened(_ response: Response) -> Response {
        var response = response
        response.headers.removeAll { $0.name.canonicalName.hasPrefix("access-control-") }
        response.headers[.cacheControl] = "no-store"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.contentSecurityPolicy] = "frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}

/// (`HTTPFields.Element` is swift-http-types' `HTTPField`, which Hummingbird does not re-export.)
extension HTTPFields.Element.Name {
    /// For browsers that predate `frame-ancestors`; swift-http-types does not name it.
    fileprivate static var xFrameOptions: Self { .init("X-Frame-Options")! }
}
