import Testing
import RaadContent
import RaadMarkdown
@testable import RaadSite

@Suite("Sak mentions in running text")
struct MentionTests {
    /// Renders with a linker that knows saker 4/26, 5/26, 6/26 and 11/26 of one utvalg.
    func render(_ source: String) -> String {
        let known: Set<Int> = [4, 5, 6, 11]
        let linker = Mentions.linker(utvalg: "strategiradet") { id in
            known.contains(id.nummer.nummer) && id.nummer.year == 2026 && id.nummer.suffix == nil
                ? "/s/\(Saksnummer(nummer: id.nummer.nummer, year: 2026).slug)/" : nil
        }
        return Markdown.render(source, linker: linker).html
    }

    @Test("the forms a referat uses are linked, the number only, the text unchanged", arguments: [
        ("Det vises til sak 11/26 fra møtet.", "Det vises til sak <a href=\"/s/11-26/\">11/26</a> fra møtet."),
        ("Som i saken 11/26.", "Som i saken <a href=\"/s/11-26/\">11/26</a>."),
        ("Se Sak 11/26.", "Se Sak <a href=\"/s/11-26/\">11/26</a>."),
        ("Se sakene 4/26 og 5/26.", "Se sakene <a href=\"/s/04-26/\">4/26</a> og <a href=\"/s/05-26/\">5/26</a>."),
        ("Se sakene 4/26, 5/26 og 6/26.", "Se sakene <a href=\"/s/04-26/\">4/26</a>, <a href=\"/s/05-26/\">5/26</a> og <a href=\"/s/06-26/\">6/26</a>."),
    ])
    func linked(source: String, expected: String) {
        #expect(render(source) == "<p>\(expected)</p>\n")
    }

    @Test("a mention split over two lines is still linked")
    func splitOverLines() {
        #expect(render("Det vises til sak\n11/26 fra møtet.") == "<p>Det vises til sak\n<a href=\"/s/11-26/\">11/26</a> fra møtet.</p>\n")
    }

    @Test("what only looks like a saksnummer stays text", arguments: [
        "1/3 av kostnadene dekkes av staten.",
        "Møtet 1/3/2026 ble flyttet.",
        "Sak 99/26 finnes ikke her.",
        "Se `sak 11/26` i koden.",
        "Se [sak 11/26](/annet/) allerede lenket.",
    ])
    func notLinked(source: String) {
        let html = render(source)
        #expect(!html.contains("/s/11-26/") && !html.contains("href=\"/s/"), "\(html)")
    }

    @Test("a board's forms: a four-digit year, a leading zero, a suffix that exists or does not, its own words")
    func boardForms() {
        #expect(render("Sak 11/2026 er skrevet med fireårstall.")
            == "<p>Sak <a href=\"/s/11-26/\">11/2026</a> er skrevet med fireårstall.</p>\n")
        #expect(render("Se sak 011/26.") == "<p>Se sak <a href=\"/s/11-26/\">011/26</a>.</p>\n")
        // No sak 11/26 B here: the number without the letter is meant.
        #expect(render("Jf. sak 11/26 B-delen.") == "<p>Jf. sak <a href=\"/s/11-26/\">11/26</a> B-delen.</p>\n")
        #expect(render("Jf. sak 11/26 EU.") == "<p>Jf. sak <a href=\"/s/11-26/\">11/26</a> EU.</p>\n")
        let suffixed = Mentions.linker(utvalg: "s", url: { id in
            id.nummer == Saksnummer("108/03 B") ? "/s/108-03-b/" : nil
        })
        #expect(Markdown.render("Se sak 108/03 B.", linker: suffixed).html
            == "<p>Se sak <a href=\"/s/108-03-b/\">108/03 B</a>.</p>\n")
        let styresak = Mentions.linker(utvalg: "s", words: ["sak", "styresak"], url: { _ in "/s/x/" })
        #expect(Markdown.render("Jf. styresak 104/2016.", linker: styresak).html
            == "<p>Jf. styresak <a href=\"/s/x/\">104/2016</a>.</p>\n")
        #expect(Markdown.render("Jf. saken 104/2016.", linker: styresak).html == "<p>Jf. saken 104/2016.</p>\n")
    }

    @Test("a list keeps linking only while it stays a list of saker")
    func listBoundary() {
        let html = render("Sakene 4/26 og 1/3 av resten.")
        #expect(html == "<p>Sakene <a href=\"/s/04-26/\">4/26</a> og 1/3 av resten.</p>\n")
    }

    @Test("mentions in a table cell and a list item are linked")
    func blocks() {
        let html = render("- Oppfølging av sak 11/26\n\n| Sak |\n|---|\n| sak 5/26 |\n")
        #expect(html.contains("Oppfølging av sak <a href=\"/s/11-26/\">11/26</a>"))
        #expect(html.contains("<td>sak <a href=\"/s/05-26/\">5/26</a></td>"))
    }

    @Test("a linked mention keeps a source line for the link checker")
    func linkLine() {
        let linker = Mentions.linker(utvalg: "s") { _ in "/x/" }
        let rendered = Markdown.render("Første\n\nandre sak 11/26", firstLine: 20, linker: linker)
        #expect(rendered.links.map(\.destination) == ["/x/"])
        #expect(rendered.links.map(\.line) == [22])
    }
}

@Suite("Word diff of forslag and vedtak")
struct WordDiffTests {
    @Test("changed words are found and runs joined")
    func changes() {
        #expect(WordDiff.changes(from: "Strategirådet drøftet saken og ba NHN ta med innspill",
                                 to: "Strategirådet drøftet saken og ga sin tilslutning til innspill") == [
            .same("Strategirådet drøftet saken og"),
            .removed("ba NHN ta med"),
            .added("ga sin tilslutning til"),
            .same("innspill"),
        ])
    }

    @Test("identical text is all the same; empty text is all added")
    func edges() {
        #expect(WordDiff.changes(from: "a  b\nc", to: "a b c") == [.same("a b c")])
        #expect(WordDiff.changes(from: "", to: "ny tekst") == [.added("ny tekst")])
    }

    @Test("the HTML marks changes with del and ins and a label screen readers read")
    func html() {
        let html = WordDiff.html(from: "ta <med> innspill", to: "ta innspill")
        #expect(html == "ta <del><span class=\"visually-hidden\">[fjernet: </span>&lt;med&gt;<span class=\"visually-hidden\">]</span></del> innspill")
    }
}
