import RaadContent
import RaadMessages
import RaadText

/// The page at an address a sak or møte used to have (`tidligere_adresser`): it sends the browser on to the
/// current address without a script (a strict Content-Security-Policy forbids inline ones), names the new
/// address for search engines, and keeps itself out of their index.
struct RedirectPage: Sendable, Equatable {
    /// The old address, as an output folder: `strategiradet/2026-06-12/16-26/`.
    var folder: String
    /// The current page's output folder.
    var target: String
    /// What the page is called, shown in the sentence that names its new address.
    var title: String
    var source: TidligereAdresse

    var path: String { folder + "index.html" }

    func html(paths: SitePaths, lang: String) -> String {
        let language: Language = lang == "en" ? .en : .nb
        let href = HTMLText.escape(paths.href(target))
        let full = HTMLText.escape(paths.absolute(target))
        let heading = HTMLText.escape(Message.redirectTitle.text(language))
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(lang))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(href)">
            <link rel="canonical" href="\(full)">
            <title>\(heading)</title>
            </head>
            <body>
            <main>
            <h1>\(heading)</h1>
            <p>\(HTMLText.escape(Message.redirectText(title).text(language))) <a href="\(href)">\(full)</a></p>
            </main>
            </body>
            </html>

            """
    }

    /// Every redirect of the archive, in content order: a møte's, then its saker's.
    static func all(in archive: Archive, views: ViewFactory) -> [RedirectPage] {
        var pages: [RedirectPage] = []
        for utvalg in archive.utvalg {
            for mote in utvalg.moter {
                let moteTitle = "\(views.moteTitle(mote)), \(utvalg.navn)"
                pages += mote.tidligereAdresser.map {
                    RedirectPage(folder: $0.path, target: SitePaths.folder(mote: mote.id), title: moteTitle, source: $0)
                }
                for sak in mote.saker {
                    let title = sak.nummer.map { "Sak \($0) \(sak.tittel)" } ?? sak.tittel
                    pages += sak.tidligereAdresser.map {
                        RedirectPage(folder: $0.path, target: SitePaths.folder(sak: sak), title: title, source: $0)
                    }
                }
            }
        }
        return pages
    }
}
