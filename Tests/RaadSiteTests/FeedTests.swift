import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

@Suite("Feed, calendar and sitemap")
struct FeedTests {
    @Test("the feed has full addresses, newest first, and the vedtak as escaped HTML")
    func atom() throws {
        let (output, _) = try buildMini()
        let feed = try output.text("feed.xml")
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/radsmodellen/feed.xml\"/>"))
        let newest = try #require(feed.range(of: "<title>Strategirådet: Møte 2/2026 (innkalling)</title>"))
        let older = try #require(feed.range(of: "<title>Strategirådet: Møte 1/2026 (referat)</title>"))
        #expect(newest.lowerBound < older.lowerBound)
        #expect(feed.contains("<content type=\"html\">&lt;p&gt;Strategirådet godkjenner innkalling og dagsorden.&lt;/p&gt;"))
        #expect(feed.contains("<updated>2026-03-26T23:59:59+01:00</updated>"), "a vedtak exists once its møte is over")
        #expect(feed.contains("<updated>2026-06-11T00:00:00+02:00</updated>"))
    }

    /// The `updated` of a møte's entry in feed.xml.
    func moteUpdated(_ feed: String, _ title: String) throws -> String {
        let entry = try #require(feed.components(separatedBy: "<entry>").first { $0.contains("<title>Strategirådet: \(title)") })
        let start = try #require(entry.range(of: "<updated>")), end = try #require(entry.range(of: "</updated>"))
        return String(entry[start.upperBound..<end.lowerBound])
    }

    @Test("a møte's entry is updated when its status changes: innkalling, referat, referat godkjent")
    func statusUpdates() throws {
        let (innkalling, _) = try buildMini()
        let feed = try innkalling.text("feed.xml")
        #expect(try moteUpdated(feed, "Møte 2/2026 (innkalling)") == "2026-06-11T00:00:00+02:00")
        #expect(try moteUpdated(feed, "Møte 1/2026 (referat)") == "2026-03-26T23:59:59+01:00")
        // Møte 2/2026 is held: its referat is out, and sak 13/26 approves the referat of møte 1/2026.
        let (held, _) = try buildMini(extra: """
            -- content/strategiradet/2026-06-11/13-26.md --
            ---
            sak: 13/26
            tittel: Godkjenning av referat fra Strategirådet 26. mars 2026
            sakstype: Godkjenning
            forslag_til_vedtak: Strategirådet godkjenner referatet.
            vedtak: Strategirådet godkjenner referatet.
            godkjenner_referat: strategiradet 2026-03-26
            ---
            """)
        let after = try held.text("feed.xml")
        #expect(try moteUpdated(after, "Møte 2/2026 (referat)") == "2026-06-11T23:59:59+02:00")
        #expect(try moteUpdated(after, "Møte 1/2026 (referat godkjent)") == "2026-06-11T23:59:59+02:00")
        #expect(after.contains("  <updated>2026-06-11T23:59:59+02:00</updated>\n  <author>"), "the feed's own updated is its latest entry's")
    }

    @Test("each møte is an event in Oslo time, all-day when no time is given")
    func calendar() throws {
        let (output, _) = try buildMini()
        let ics = try output.text("moter.ics")
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.contains("DTSTART;TZID=Europe/Oslo:20260611T100000\r\nDTEND;TZID=Europe/Oslo:20260611T160000\r\n"))
        #expect(ics.contains("LOCATION:Radisson Blu Nydalen\\, Oslo\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20250612\r\nDTEND;VALUE=DATE:20250613\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 4)
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "line longer than 75 octets: \(line)")
        }
    }

    @Test("long calendar lines fold without splitting a letter")
    func folding() {
        let folded = ICalendar.fold("SUMMARY:" + String(repeating: "æ", count: 60))
        #expect(folded.components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "æ", count: 60))
    }

    @Test("summer time starts and ends on the last Sundays of March and October")
    func osloTime() {
        #expect(OsloTime.offset(on: Dato(year: 2026, month: 3, day: 28)) == "+01:00")
        #expect(OsloTime.offset(on: Dato(year: 2026, month: 3, day: 29)) == "+02:00")
        #expect(OsloTime.offset(on: Dato(year: 2026, month: 10, day: 24)) == "+02:00")
        #expect(OsloTime.offset(on: Dato(year: 2026, month: 10, day: 25)) == "+01:00")
    }

    @Test("the sitemap lists every page but the 404 page, and robots.txt points to it")
    func sitemap() throws {
        let (output, _) = try buildMini()
        let sitemap = try output.text("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/radsmodellen/strategiradet/2026-06-11/16-26/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/radsmodellen/</loc>"))
        #expect(!sitemap.contains("404"))
        #expect(try output.text("robots.txt").contains("Sitemap: https://example.org/radsmodellen/sitemap.xml"))
    }

    @Test("markup in titles is inert in the feed and the calendar")
    func inert() throws {
        let (output, _) = try buildMini(extra: """
            -- content/strategiradet/2026-06-11/17-26.md --
            ---
            sak: 17/26
            tittel: "<script>alert(1)</script>"
            vedtak: "Vedtatt <img src=x onerror=alert(1)>"
            ---
            """)
        let feed = try output.text("feed.xml")
        #expect(!feed.contains("<script>"))
        #expect(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!feed.contains("<img"))
    }

    @Test("the Saksdokumenter page holds every toppnotat with ids of its own")
    func saksdokumenter() throws {
        let (output, _) = try buildMini()
        let html = try output.html("strategiradet/2026-06-11/saksdokumenter/index.html")
        #expect(html.contains("<h3 id=\"sak-16-26-hensikt-med-saken\">Hensikt med saken</h3>"))
        #expect(html.contains("<a href=\"#sak-16-26\">Anbefaling til justert prismodell 2027</a>"))
        #expect(try output.html("strategiradet/2026-06-11/index.html").contains("href=\"saksdokumenter/\""))
    }
}
