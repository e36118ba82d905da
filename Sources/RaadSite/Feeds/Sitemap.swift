import RaadText

/// `sitemap.xml` and `robots.txt`: every page for search engines, with full addresses.
struct Sitemap {
    static let path = "sitemap.xml"

    let paths: SitePaths

    /// - Parameter pages: output paths of the HTML pages, such as `strategiradet/index.html`.
    func render(pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page != "404.html" {
            let folder = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page
            xml += "  <url><loc>\(HTMLText.escape(paths.absolute(folder)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(paths.absolute(Self.path))\n"
    }
}
