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
        /// The møte's date, which orders the feed.
        var dato: Dato
        /// When the entry took its present form, so a feed reader sees a change of status as an update.
        var updated: Updated
        var link: String
        var html: String?
    }

    /// The day a status came into being, and whether at its start or its end. The content gives dates, not
    /// instants: an innkalling is out before its møte starts, a referat and its vedtak exist once the møte is
    /// over, and an approval once the approving møte is over, so the same content always gives the same time.
    private struct Updated: Comparable {
        var dato: Dato
        var endOfDay: Bool

        static func < (a: Updated, b: Updated) -> Bool { (a.dato, a.endOfDay ? 1 : 0) < (b.dato, b.endOfDay ? 1 : 0) }

        var timestamp: String { AtomFeed.timestamp(dato, endOfDay: endOfDay) }
    }

    /// innkalling: the start of the møte day; referat: its end; referat godkjent: the end of the approving
    /// møte's day.
    private func updated(_ mote: Mote) -> Updated {
        if views.history.isApproved(mote.id), let approving = views.history.approvals[mote.id] {
            return Updated(dato: approving.mote.dato, endOfDay: true)
        }
        return Updated(dato: mote.dato, endOfDay: mote.harReferat)
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
                                 dato: mote.dato, updated: updated(mote), link: paths.absolute(SitePaths.folder(mote: mote.id)),
                                 html: nil))
            for sak in mote.saker {
                guard let vedtak = texts[sak].vedtak else { continue }
                let url = paths.absolute(SitePaths.folder(sak: sak))
                entries.append(Entry(id: url + "#vedtak",
                                     title: "Vedtak i \(views.utvalgNavn(mote.utvalg)), \(views.sakTitle(sak).lowercasedFirst()): \(sak.tittel)",
                                     dato: mote.dato, updated: Updated(dato: mote.dato, endOfDay: true), link: url,
                                 html: vedtak.html))
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
              <updated>\((shown.map(\.updated).max() ?? Updated(dato: Dato(year: 2000, month: 1, day: 1), endOfDay: false)).timestamp)</updated>
              <author><name>\(HTMLText.escape(site.utgiver ?? site.tittel))</name></author>

            """
        for entry in shown {
            xml += "  <entry>\n"
            xml += "    <id>\(HTMLText.escape(entry.id))</id>\n"
            xml += "    <title>\(HTMLText.escape(entry.title))</title>\n"
            xml += "    <updated>\(entry.updated.timestamp)</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTMLText.escape(entry.link))\"/>\n"
            if let html = entry.html { xml += "    <content type=\"html\">\(HTMLText.escape(html))</content>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Midnight in Norway at the start of `dato`, or the last second before the next midnight.
    static func timestamp(_ dato: Dato, endOfDay: Bool = false) -> String {
        "\(dato.iso)T\(endOfDay ? "23:59:59" : "00:00:00")\(OsloTime.offset(on: dato))"
    }
}
