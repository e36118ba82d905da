import RaadContent
import RaadMarkdown
import RaadText

/// `feed.xml`: new møter and vedtak, newest first, for feed readers.
struct AtomFeed {
    static let path = "feed.xml"
    /// Feed readers want what is new, not the whole archive.
    static let maximumEntries = 100

    private struct Entry {
        var id: String
        var title: String
        var dato: Dato
        var link: String
        var html: String?
    }

    let archive: Archive
    let paths: SitePaths
    let texts: RenderedTexts
    let views: ViewFactory

    func render() -> String {
        var entries: [Entry] = []
        for mote in archive.allMoter {
            let status = views.status(mote).lowercased()
            entries.append(Entry(id: paths.absolute(SitePaths.folder(mote: mote.id)),
                                 title: "\(views.utvalgNavn(mote.utvalg)): \(views.moteTitle(mote)) (\(status))",
                                 dato: mote.dato, link: paths.absolute(SitePaths.folder(mote: mote.id)), html: nil))
            for sak in mote.saker {
                guard let vedtak = texts[sak].vedtak else { continue }
                let url = paths.absolute(SitePaths.folder(sak: sak))
                entries.append(Entry(id: url + "#vedtak",
                                     title: "Vedtak i \(views.utvalgNavn(mote.utvalg)), \(views.sakTitle(sak).lowercasedFirst()): \(sak.tittel)",
                                     dato: mote.dato, link: url, html: vedtak.html))
            }
        }
        entries.sort { ($1.dato, $0.id) < ($0.dato, $1.id) }
        let shown = entries.prefix(Self.maximumEntries)
        let site = archive.site
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(site.spraak)">
              <title>\(HTMLText.escape(site.tittel))</title>
              <subtitle>Nye møter og vedtak</subtitle>
              <id>\(HTMLText.escape(paths.absolute("")))</id>
              <link rel="self" type="application/atom+xml" href="\(HTMLText.escape(paths.absolute(Self.path)))"/>
              <link rel="alternate" type="text/html" href="\(HTMLText.escape(paths.absolute("")))"/>
              <updated>\(Self.timestamp(shown.first?.dato ?? Dato(year: 2000, month: 1, day: 1)))</updated>
              <author><name>\(HTMLText.escape(site.utgiver ?? site.tittel))</name></author>

            """
        for entry in shown {
            xml += "  <entry>\n"
            xml += "    <id>\(HTMLText.escape(entry.id))</id>\n"
            xml += "    <title>\(HTMLText.escape(entry.title))</title>\n"
            xml += "    <updated>\(Self.timestamp(entry.dato))</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTMLText.escape(entry.link))\"/>\n"
            if let html = entry.html { xml += "    <content type=\"html\">\(HTMLText.escape(html))</content>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Midnight in Norway on the møte's date; the content gives dates, not instants.
    static func timestamp(_ dato: Dato) -> String {
        "\(dato.iso)T00:00:00\(OsloTime.offset(on: dato))"
    }
}
