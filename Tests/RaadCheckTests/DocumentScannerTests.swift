import Testing
@testable import RaadCheck

@Suite("Reading links and anchors out of HTML and XML")
struct DocumentScannerTests {
    @Test("every href, src and srcset counts, with its line; ids and a-names are anchors")
    func html() {
        let page = DocumentScanner.scanHTML(Array("""
            <!DOCTYPE html>
            <html><head><link rel="stylesheet" href="/style.css"><link rel="preconnect" href="https://cdn.example">
            <base href="/radsmodellen/"></head>
            <body><main id="hovedinnhold">
            <a href="a/">A</a> <a name="gammel">old anchor</a>
            <img src="bilde.png" srcset="liten.png 1x, stor.png 2x, data:image/png;base64,AAA=, x(1).png 3x">
            <p id="avsnitt-&aelig;">Tekst &amp; <a href="?q=1&amp;r=2">spørring</a></p>
            <a href=b.html>unquoted, and unclosed <p>
            </body></html>
            """.utf8))
        #expect(page.links.map(\.url) == ["/style.css", "a/", "bilde.png", "liten.png", "stor.png",
                                          "data:image/png;base64,AAA=", "x(1).png", "?q=1&r=2", "b.html"])
        #expect(page.links.map(\.line) == [2, 5, 6, 6, 6, 6, 6, 7, 8])
        #expect(page.anchors == ["hovedinnhold", "gammel", "avsnitt-æ"])
        #expect(page.baseHref == "/radsmodellen/")
    }

    @Test("a sitemap, an Atom feed and an RSS feed give their URLs")
    func xml() {
        let sitemap = DocumentScanner.scanXML(Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/radsmodellen/</loc></url>
              <url><loc>
                https://example.org/radsmodellen/strategiradet/</loc></url>
            </urlset>
            """.utf8))
        #expect(sitemap.links.map(\.url) == ["https://example.org/radsmodellen/", "https://example.org/radsmodellen/strategiradet/"])
        #expect(sitemap.isWellFormed)
        let feed = DocumentScanner.scanXML(Array("""
            <feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/feed.xml"/>
            <entry><link href="/a/"/><content type="html">&lt;a href="/not-a-link/"&gt;</content></entry></feed>
            """.utf8))
        #expect(feed.links.map(\.url) == ["/feed.xml", "/a/"])
        let rss = DocumentScanner.scanXML(Array("<rss><channel><link>https://example.org/</link><item><link><![CDATA[/b/]]></link></item></channel></rss>".utf8))
        #expect(rss.links.map(\.url) == ["https://example.org/", "/b/"])
    }

    @Test("XML that is not well-formed is flagged, HTML never is")
    func wellFormed() {
        #expect(!DocumentScanner.scanXML(Array("<urlset><url><loc>/a/</url></urlset>".utf8)).isWellFormed)
        #expect(DocumentScanner.scanHTML(Array("<p><b>unclosed".utf8)).isWellFormed)
    }

    @Test("srcset splits as the HTML standard says", arguments: [
        ("a.png", ["a.png"]),
        ("a.png 1x,b.png 2x", ["a.png", "b.png"]),
        ("  a.png,  b.png 480w , c.png", ["a.png", "b.png", "c.png"]),
        ("a,b.png 1x", ["a,b.png"]),
        ("x.png (max-width: 1px, 2px) 1x, y.png", ["x.png", "y.png"]),
        ("", []),
    ])
    func srcset(attribute: String, expected: [String]) {
        #expect(SrcSet.urls(in: attribute) == expected)
    }
}
