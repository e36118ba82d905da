import Foundation
import RaadContent

/// Turns a loaded archive into the files of the site, in memory; `OutputWriter` puts them on disk.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        /// Overrides the site's `base_url` (the `--base-url` flag).
        public var baseURL: String?
        /// Decides which møter are "coming"; fixed in tests so output is reproducible.
        public var today: Dato
        /// Pages and Markdown of an earlier build, reused where nothing they show changed (`raad serve`).
        public var cache: RenderCache?

        public init(baseURL: String? = nil, today: Dato = .today(), cache: RenderCache? = nil) {
            self.baseURL = baseURL
            self.today = today
            self.cache = cache
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
        let history = History(archive: archive)
        let views = ViewFactory(archive: archive, paths: paths, history: history, today: options.today, cache: options.cache)
        let origins = LinkOrigins(texts: views.texts, sakerByID: history.sakerByID)
        var output = Output()
        page("index.html", views.frontPage(), with: "forside", origins: LinkOrigins.of(archive.site.forside), to: &output)
        page("404.html", views.notFoundPage(), with: "404", to: &output)
        for utvalg in archive.utvalg {
            page(SitePaths.folder(utvalg: utvalg.slug) + "index.html", views.utvalgPage(utvalg), with: "utvalg",
                 origins: LinkOrigins.of(utvalg.mandat), to: &output)
            for mote in utvalg.moter {
                let moteFolder = SitePaths.folder(mote: mote.id)
                page(moteFolder + "index.html", views.motePage(mote), with: "mote", origins: origins.motePage(mote), to: &output)
                page(moteFolder + ViewFactory.saksdokumenterFolder + "index.html", views.saksdokumenterPage(mote),
                     with: "saksdokumenter", origins: origins.motePage(mote) + mote.saker.flatMap { origins.sakPage($0) },
                     to: &output)
                addFiles(of: mote.vedlegg, mote: mote, to: &output)
                for sak in mote.saker {
                    page(SitePaths.folder(sak: sak) + "index.html", views.sakPage(sak, in: mote), with: "sak",
                         origins: origins.sakPage(sak), to: &output)
                    addFiles(of: sak.vedlegg, mote: mote, to: &output)
                }
            }
        }
        if !history.emner.isEmpty {
            page(ViewFactory.emneFolder + "index.html", views.emneIndexPage(), with: "emner", to: &output)
            for emne in history.emner {
                page(ViewFactory.emneFolder + emne.slug + "/index.html", views.emnePage(emne), with: "emne", to: &output)
            }
        }
        addSearch(views: views, to: &output)
        let pages = output.files.map(\.path).filter { $0.hasSuffix(".html") }
        let sitemap = Sitemap(paths: paths)
        output.add(Sitemap.path, .text(sitemap.render(pages: pages)))
        output.add("robots.txt", .text(sitemap.robots()))
        output.add(AtomFeed.path, .text(AtomFeed(archive: archive, paths: paths, texts: views.texts, views: views).render()))
        output.add(ICalendar.path, .text(ICalendar(archive: archive, paths: paths, views: views).render()))
        for asset in theme.assets {
            output.add("assets/" + asset, .copy(from: theme.folder + "/assets/" + asset))
        }
        return output
    }

    /// Adds a page rendered from `view`; with a cache, a view equal to last build's is not rendered again.
    /// New pages should come through here (their view `Equatable`) to take part in fast `serve` rebuilds;
    /// a page added with `theme.render` directly is still correct, only rendered on every rebuild.
    func page<View: Equatable>(_ path: String, _ view: View, with template: String,
                               origins: [Output.LinkOrigin] = [], to output: inout Output) {
        let html = options.cache?.page(path, template: template, view: view, theme: theme.fingerprint) {
            theme.render(view, with: template)
        } ?? theme.render(view, with: template)
        output.add(path, .text(html), linkOrigins: origins)
    }

    private func addFiles(of vedlegg: [Vedlegg], mote: Mote, to output: inout Output) {
        for item in vedlegg {
            if case .fil(let path, _) = item.target {
                output.add(SitePaths.folder(mote: mote.id) + path, .copy(from: mote.folder + "/" + path))
            }
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
