import Hummingbird

/// Answers 400 to any request whose path would leave the site folder, before anything reads the disk.
struct SitePathGuard<Context: RequestContext>: RouterMiddleware {
    let root: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let relative = SitePath.relative(request.uri.path), SitePath.staysInside(relative, root: root) else {
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Ugyldig adresse: den peker ut av nettstedet.\n")))
        }
        return try await next(request, context)
    }
}
