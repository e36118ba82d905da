import Foundation
import RaadContent
import RaadTemplate

/// Turns a loaded archive into the files of the site, in memory; `OutputWriter` puts them on disk.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        /// Overrides the site's `base_url` (the `--base-url` flag).
        public var baseURL: String?
        /// Decides which møter are "coming"; fixed in tests so output is reproducible.
        public var today: Dato
        /// Pages and Markdown of an earlier build, reused where nothing they show changed (`raad serve`).
        public var cache: RenderCache?
        /// Where pages are written as soon as they are rendered (`raad build`); without it they stay in memory.
        public var staging: StagingFolder?
        /// Asked between stages and pages; `true` abandons the build (`serve`, when newer saves are waiting).
        public var shouldStop: (@Sendable () -> Bool)?

        public init(baseURL: String? = nil, today: Dato = .today(), cache: RenderCache? = nil, staging: StagingFolder? = nil,
                    shouldStop: (@Sendable () -> Bool)? = nil) {
            self.baseURL = baseURL
            self.today = today
            self.cache = cache
            self.staging = staging
            self.shouldStop = shouldStop
        }
    }

    public let archive: Archive
    public let theme: Theme
    public let options: Options

    public init(archive: Archive, theme: Theme, options: Options = Options()) {
        self.archive = archive
        self.theme = theme
        self.options = options
    }

    public var paths: SitePaths { SitePaths(baseURL: options.baseURL ?? archive.site.baseURL) }

    public func build() -> Output {
        var clock = StageClock()
        return build(clock: &clock)
    }

    /// Builds the site, timing its stages on `clock`: history, markdown, pages, search, feeds. Empty when
    /// `options.shouldStop` stopped it.
    public func build(clock: inout StageClock) -> Output {
        buildKeepingViews(clock: &clock)?.output ?? Output()
    }

    /// What a build leaves for `Rebuilder.preview`: the builder, and the views every page was made from.
    struct Snapshot: Sendable {
        let builder: SiteBuilder
        let views: ViewFactory
    }

    /// The site and the views it was made from; `nil` when `options.shouldStop` stopped it.
    func buildKeepingViews(clock: inout StageClock) -> (output: Output, snapshot: Snapshot)? {
        let stop = options.shouldStop ?? { false }
        let history = clock.time("history") { History(archive: archive) }
        if stop() { return Self.abandon(history) }
        let views = clock.time("markdown") {
            ViewFactory(archive: archive, paths: paths, history: history, today: options.today, pageIDs: theme.pageIDs,
                        assets: theme.assetPaths, cache: options.cache)
        }
        let origins = LinkOrigins(texts: views.texts, sakerByID: history.sakerByID)
        var entries: [Entry] = []
        entries.append(page("index.html", views.frontPage(), with: "forside", origins: origins.of(archive.site.forside)))
        entries.append(page("404.html", views.notFoundPage(), with: "404"))
        for utvalg in archive.utvalg {
            entries.append(page(SitePaths.folder(utvalg: utvalg.slug) + "index.html", views.utvalgPage(utvalg), with: "utvalg",
                                origins: origins.of(utvalg.mandat)))
            for mote in utvalg.moter {
                let moteFolder = SitePaths.folder(mote: mote.id)
                entries.append(page(moteFolder + "index.html", views.motePage(mote), with: "mote", origins: origins.motePage(mote)))
                entries.append(page(moteFolder + ViewFactory.saksdokumenterFolder + "index.html", views.saksdokumenterPage(mote),
                                    with: "saksdokumenter",
                                    origins: origins.motePage(mote) + mote.saker.flatMap { origins.sakPage($0) }))
                entries += files(of: mote.vedlegg, mote: mote)
                // A closed sak is only a line in the agenda: no page, and its files are never copied.
                for sak in mote.saker where sak.isPublic {
                    entries.append(page(SitePaths.folder(sak: sak) + "index.html", views.sakPage(sak, in: mote), with: "sak",
                                        origins: origins.sakPage(sak)))
                    entries += files(of: sak.vedlegg, mote: mote) + images(of: sak, texts: views.texts)
                }
            }
        }
        if !history.emner.isEmpty {
            entries.append(page(ViewFactory.emneFolder + "index.html", views.emneIndexPage(), with: "emner"))
            for emne in history.emner {
                entries.append(page(ViewFactory.emneFolder + emne.slug + "/index.html", views.emnePage(emne), with: "emne"))
            }
        }
        let redirects = redirectEntries(views: views, taken: Set(entries.map(\.path)))
        entries += redirects
        // Pages are most of the work and independent of each other: render them on every core, add them in order.
        if stop() { return Self.abandon(history, views, entries) }
        let rendered = clock.time("pages") {
            parallelMap(entries, chunk: 8) { entry -> (Output.Contents, anchors: [String]?) in
                switch entry.source {
                case .file(let contents):
                    return (contents, nil)
                case .page(let render):
                    // Pages are the longest stage: give up at once rather than finish a build nobody will see.
                    // `stop` stays true once it is, so the check after this stage sees it too.
                    if stop() { return (.text(""), nil) }
                    let html = render()
                    return (staged(html, at: entry.path), html.withBytes(PageAnchors.of))
                }
            }
        }
        if stop() { return Self.abandon(history, views, entries, rendered) }
        var output = Output()
        for (entry, page) in zip(entries, rendered) {
            output.add(entry.path, page.0, linkOrigins: entry.origins, anchors: page.anchors)
        }
        output.redirects = Set(redirects.map(\.path))
        if stop() { return Self.abandon(history, views, entries, rendered, output) }
        clock.time("search") { addSearch(views: views, to: &output) }
        if stop() { return Self.abandon(history, views, entries, rendered, output) }
        clock.time("feeds") { addFeeds(views: views, to: &output) }
        return (output, Snapshot(builder: self, views: views))
    }

    /// Gives up a build: its data (tens of milliseconds of freeing at 10,000 saker) is let go on another
    /// thread, a moment later, so the newer saves that stopped it are not kept waiting.
    private static func abandon(_ parts: Any...) -> (output: Output, snapshot: Snapshot)? {
        let parts = UncheckedBox(parts)
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + .milliseconds(250)) { withExtendedLifetime(parts) {} }
        return nil
    }

    /// `text` written to the staging folder at once when there is one (`raad build`), so the site is never held
    /// in memory whole; kept in memory otherwise. A failed write is kept by the staging folder and fails the
    /// build when it is published.
    func staged(_ text: String, at path: String) -> Output.Contents {
        staged(.text(text), at: path)
    }

    func staged(_ page: RenderedPage, at path: String) -> Output.Contents {
        guard let staging = options.staging else { return .text(page.text) }
        return page.withBytes { staging.write($0, at: path) }.map(Output.Contents.written) ?? .text(page.text)
    }

    /// The path and HTML of `sak`'s page, made from `views` (through the render cache, like a build).
    func sakPage(_ sak: Sak, in mote: Mote, views: ViewFactory) -> (path: String, html: String) {
        let entry = page(SitePaths.folder(sak: sak) + "index.html", views.sakPage(sak, in: mote), with: "sak")
        guard case .page(let render) = entry.source else { preconditionFailure("a sak page is rendered") }
        return (entry.path, render().text)
    }

    /// The sitemap, robots.txt, the Atom feed, the calendar and the theme's assets.
    private func addFeeds(views: ViewFactory, to output: inout Output) {
        let pages = output.files.map(\.path).filter { $0.hasSuffix(".html") && !output.redirects.contains($0) }
        let sitemap = Sitemap(paths: paths)
        output.add(Sitemap.path, .text(sitemap.render(pages: pages)))
        output.add("robots.txt", .text(sitemap.robots()))
        output.add(AtomFeed.path, .text(AtomFeed(archive: archive, paths: paths, texts: views.texts, views: views).render()))
        output.add(ICalendar.path, .text(ICalendar(archive: archive, paths: paths, views: views).render()))
        for asset in theme.assets {
            output.add("assets/" + asset.name, asset.contents)
        }
    }

    /// A file of the site before rendering: a page with the work that renders it, or a file copied as it is.
    struct Entry: Sendable {
        enum Source: Sendable {
            case page(@Sendable () -> RenderedPage)
            case file(Output.Contents)
        }

        var path: String
        var origins: [Output.LinkOrigin] = []
        var source: Source
    }

    /// A page rendered from the view `makeView` gives; with a cache, a view equal to last build's is not
    /// rendered again. New pages should come through here (their view `Equatable`) to take part in fast
    /// `serve` rebuilds. The view is made when the page is rendered, on whichever core renders it.
    func page<View: Equatable & TemplateView>(_ path: String, _ makeView: @autoclosure @escaping @Sendable () -> View,
                                          with template: String, origins: [Output.LinkOrigin] = []) -> Entry {
        Entry(path: path, origins: origins, source: .page { [theme, cache = options.cache] in
            let view = makeView()
            guard let cache else { return .utf8(theme.renderUTF8(view, with: template)) }
            return .text(cache.page(path, template: template, view: view, theme: theme.fingerprint) {
                theme.render(view, with: template)
            })
        })
    }

    private func files(of vedlegg: [Vedlegg], mote: Mote) -> [Entry] {
        vedlegg.compactMap(\.filePath).map { path in
            Entry(path: SitePaths.folder(mote: mote.id) + path, source: .file(.copy(from: mote.folder + "/" + path)))
        }
    }
}

extension Dato {
    /// Today's date in Norway, where the councils meet.
    public static func today() -> Dato {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Dato(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

/// Carries values that are only released, never used, to another thread.
private final class UncheckedBox: @unchecked Sendable {
    let value: Any
    init(_ value: Any) { self.value = value }
}
