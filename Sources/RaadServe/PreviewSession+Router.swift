import Hummingbird

extension PreviewSession {
    /// The routes and middleware of the preview: outermost first, the host and origin check, the base path, the path
    /// check, then the reload script, the banner of drafts and warnings, the error page, the site's 404 page, and
    /// the files themselves.
    public func router() -> Router<BasicRequestContext> {
        let root = configuration.output
        let basePath = self.basePath
        let router = Router()
        let allowedHosts = self.allowedHosts
        router.add(middleware: AccessGuard(allowed: { allowedHosts.withLockedValue { $0 } },
                                           refusals: RefusalLog(log: configuration.log)))
        router.add(middleware: BasePathMapping(basePath: basePath, root: root))
        router.add(middleware: SitePathGuard(root: root))
        router.add(middleware: ReloadInjection())
        let notes = self.notes, content = configuration.content, language = configuration.language
        router.add(middleware: BannerInjection(banner: {
            PreviewBanner(notes: notes.withLockedValue { $0 }, content: content, language: language)
        }, basePath: basePath))
        router.add(middleware: ErrorOverlay(state: state, language: language))
        router.add(middleware: NotFoundPage(root: root))
        router.add(middleware: FileMiddleware<BasicRequestContext, SnapshotFiles>(
            fileProvider: SnapshotFiles(root: root), cacheControl: .init([(MediaType(type: .any), [.noStore])]),
            searchForIndexHtml: true)
            .withAdditionalMediaTypes(forFileExtensions: Self.mediaTypes))
        router.get(RouterPath(ReloadScript.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: ReloadScript.source(basePath: basePath))))
        }
        let reloads = self.reloads
        router.get(RouterPath(ReloadScript.eventsPath)) { _, _ in
            let events = reloads.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "retry: 500\n: connected\n\n"))
                    for await event in events {
                        try await writer.write(ByteBuffer(string: event.text))
                    }
                    try await writer.finish(nil)
                })
        }
        return router
    }

    /// Text types with their charset, so a browser never guesses; and the feed types Hummingbird lacks.
    static let mediaTypes: [String: MediaType] = [
        "html": MediaType(type: .text, subType: "html", parameter: ("charset", "utf-8")),
        "css": MediaType(type: .text, subType: "css", parameter: ("charset", "utf-8")),
        "js": MediaType(type: .text, subType: "javascript", parameter: ("charset", "utf-8")),
        "json": MediaType(type: .application, subType: "json", parameter: ("charset", "utf-8")),
        "txt": MediaType(type: .text, subType: "plain", parameter: ("charset", "utf-8")),
        "xml": MediaType(type: .application, subType: "xml", parameter: ("charset", "utf-8")),
        "atom": MediaType(type: .application, subType: "atom+xml", parameter: ("charset", "utf-8")),
        "ics": MediaType(type: .text, subType: "calendar", parameter: ("charset", "utf-8")),
    ]
}
