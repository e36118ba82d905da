import Foundation
import RaadContent

/// Turns a loaded archive into the files of the site, in memory; `OutputWriter` puts them on disk.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        /// Overrides the site's `base_url` (the `--base-url` flag).
        public var baseURL: String?
        /// Decides which møter are "coming"; fixed in tests so output is reproducible.
        public var today: Dato

        public init(baseURL: String? = nil, today: Dato = .today()) {
            self.baseURL = baseURL
            self.today = today
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
        let views = ViewFactory(archive: archive, paths: paths, history: history, today: options.today)
        let origins = LinkOrigins(texts: views.texts, sakerByID: history.sakerByID)
        var output = Output()
        output.add("index.html", .text(theme.render(views.frontPage(), with: "forside")),
                   linkOrigins: LinkOrigins.of(archive.site.forside))
        output.add("404.html", .text(theme.render(views.notFoundPage(), with: "404")))
        for utvalg in archive.utvalg {
            output.add(SitePaths.folder(utvalg: utvalg.slug) + "index.html",
                       .text(theme.render(views.utvalgPage(utvalg), with: "utvalg")),
                       linkOrigins: LinkOrigins.of(utvalg.mandat))
            for mote in utvalg.moter {
                let moteFolder = SitePaths.folder(mote: mote.id)
                output.add(moteFolder + "index.html", .text(theme.render(views.motePage(mote), with: "mote")),
                           linkOrigins: origins.motePage(mote))
                output.add(moteFolder + ViewFactory.saksdokumenterFolder + "index.html",
                           .text(theme.render(views.saksdokumenterPage(mote), with: "saksdokumenter")),
                           linkOrigins: origins.motePage(mote) + mote.saker.flatMap { origins.sakPage($0) })
                addFiles(of: mote.vedlegg, mote: mote, to: &output)
                for sak in mote.saker {
                    output.add(SitePaths.folder(sak: sak) + "index.html",
                               .text(theme.render(views.sakPage(sak, in: mote), with: "sak")),
                               linkOrigins: origins.sakPage(sak))
                    addFiles(of: sak.vedlegg, mote: mote, to: &output)
                }
            }
        }
        if !history.emner.isEmpty {
            output.add(ViewFactory.emneFolder + "index.html", .text(theme.render(views.emneIndexPage(), with: "emner")))
            for emne in history.emner {
                output.add(ViewFactory.emneFolder + emne.slug + "/index.html", .text(theme.render(views.emnePage(emne), with: "emne")))
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
