import Foundation

/// What a page built by raad says, read with plain string searches: raad writes the pages itself, from the
/// theme's templates, so their shape is regular and no HTML parser is needed.
enum PageText {
    /// The text between the first `start` and the first `end` after it, or `nil`.
    static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// The `<section>` whose heading has `id`, from its opening tag to its `</section>`.
    static func section(_ id: String, in html: String) -> String? {
        between("<section aria-labelledby=\"\(id)\"", "</section>", in: html)
    }

    /// The sak page's toppnotat section: the body the editor wrote.
    static func toppnotat(in html: String) -> String? { between("<section id=\"toppnotat\"", "</section>", in: html) }

    /// The inner HTML of a section's `<div class="prose">`: the rendered Markdown the section shows.
    static func prose(ofSection id: String, in html: String) -> String? {
        guard let section = section(id, in: html), let open = section.range(of: "<div class=\"prose\">"),
              let close = section.range(of: "</div>", options: .backwards), open.upperBound <= close.lowerBound
        else { return nil }
        return String(section[open.upperBound..<close.lowerBound])
    }

    /// The sak page's vedtak as rendered HTML, or `nil` when the page shows none.
    static func vedtak(in html: String) -> String? { prose(ofSection: "vedtak", in: html) }

    /// The møte page's status badge: "Innkalling", "Referat" or "Referat godkjent".
    static func status(in html: String) -> String? { between("<p class=\"status-badge\">", "</p>", in: html) }

    /// Every `<p class="notice">` of a page, inner HTML.
    static func notices(in html: String) -> [String] {
        html.matches(of: /<p class="notice">(.*?)<\/p>/.dotMatchesNewlines()).map { String($0.1) }
    }

    /// One row of the "Vedtak fra tidligere behandlinger i rådsmodellen" table, each cell as inner HTML.
    struct HistoryRow {
        var saksnummer: String
        var utvalgOgDato: String
        var tittel: String
        var vedtak: String
    }

    /// The rows of the history table; a row without exactly four cells is left out (and so not found).
    static func historyRows(in html: String) -> [HistoryRow] {
        guard let body = between("<table class=\"history\">", "</table>", in: html),
              let rows = between("<tbody>", "</tbody>", in: body) else { return [] }
        return rows.matches(of: /<tr>(.*?)<\/tr>/.dotMatchesNewlines()).compactMap { row in
            let cells = row.1.matches(of: /<td[^>]*>(.*?)<\/td>/.dotMatchesNewlines()).map { String($0.1) }
            guard cells.count == 4 else { return nil }
            return HistoryRow(saksnummer: cells[0], utvalgOgDato: cells[1], tittel: cells[2], vedtak: cells[3])
        }
    }

    /// The history row whose saksnummer cell says `nummer` (linked or not).
    static func historyRow(_ nummer: String, in html: String) -> HistoryRow? {
        historyRows(in: html).first { plain($0.saksnummer) == nummer }
    }

    /// The links of the "Senere behandlinger" list, as (href, text).
    static func senere(in html: String) -> [(href: String, text: String)] {
        links(in: section("senere-behandlinger", in: html) ?? "")
    }

    /// Every `<a href>` in a piece of HTML, as (href, text without tags).
    static func links(in html: String) -> [(href: String, text: String)] {
        html.matches(of: /<a [^>]*?href="([^"]*)"[^>]*>(.*?)<\/a>/.dotMatchesNewlines())
            .map { (String($0.1), plain(String($0.2))) }
    }

    /// Every `<img>` in a piece of HTML, as (src, alt).
    static func images(in html: String) -> [(src: String, alt: String)] {
        html.matches(of: /<img src="([^"]*)"[^>]*? alt="([^"]*)"/).map { (String($0.1), plain(String($0.2))) }
    }

    /// Text without tags, and with the few entities raad writes decoded.
    static func plain(_ html: String) -> String {
        html.replacing(/<[^>]+>/, with: "")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The blocks of a feed or calendar from `start` to `end` (`<entry>`…`</entry>`, `BEGIN:VEVENT`…).
    static func blocks(_ start: String, _ end: String, in text: String) -> [String] {
        text.components(separatedBy: start).dropFirst().compactMap { $0.components(separatedBy: end).first }
    }
}
