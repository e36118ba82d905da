import Testing
@testable import RaadMarkdown

/// `withPrefixedIDs` must give exactly what a second render with the prefix gives: every id, level, link
/// and table region, on texts built to trip a rewrite of the HTML.
@Suite("Prefixed ids without a second parse")
struct MarkdownPrefixTests {
    /// Ids a page keeps for itself, as the sak page does: headings named like them get other ids in the
    /// first render and plain ones in the prefixed render.
    static let reserved: Set<String> = ["hovedinnhold", "toppnotat", "behandling", "vedtak", "vedlegg"]

    static let texts: [String] = [
        "Bare tekst uten overskrifter.",
        "## Bakgrunn\n\nSe [hensikt](#hensikt) og [toppen](#) og [ekstern](https://example.org/#x).\n\n## Hensikt\n\nTekst.",
        "# Én\n## To\n### Tre\n#### Fire\n##### Fem\n###### Seks\n\nSlutt.",
        "Setext\n======\n\nUnder\n-----\n\nTekst.",
        "## Vedtak\n\n## Vedtak\n\n## Toppnotat\n\n## Behandling\n\n## Vedlegg\n\n[til vedtak](#vedtak) [til vedtak-2](#vedtak-2)",
        "## !!!\n\n## ???\n\n## `kode` og *kursiv* og [lenke](#x)\n",
        "| A | B |\n|---|---|\n| 1 | 2 |\n\n## Tabeller\n\n| C | D |\n|---|---|\n| 3 | 4 |\n\n- liste\n\n  | E | F |\n  |---|---|\n  | 5 | 6 |",
        "```\n<h2 id=\"x\">kode</h2> <a href=\"#x\"> aria-labelledby=\"x\" </h2>\n```\n\nOg `<h3 id=\"y\">` inline.",
        "<h2 id=\"rå\">Rå HTML</h2>\n\n<a href=\"#rå\">rå lenke</a> og <div aria-labelledby=\"x\"></div>",
        "[ref]\n\n[ref]: #bakgrunn \"tittel med <h2 id=\\\"z\\\">\"\n\n## Bakgrunn\n\n![bilde](#bilde)",
        "## Æøå – «sitat» & 14/26\n\n## æøå – «sitat» & 14/26\n\n[lenke](#æøå--sitat--1426)",
        "Lang tekst med www.example.org og https://example.org/#fragment som autolenker.\n\n## Slutt",
        "## Hensikt\n\n> ## Sitert overskrift\n>\n> | X |\n> |---|\n> | y |",
    ]

    @Test("each text, prefixed after rendering, equals a render with the prefix", arguments: texts)
    func sameAsRenderingAgain(text: String) {
        for prefix in ["sak-14-26-", "sak-dagsaktuelt-"] {
            let once = Markdown.render(text, firstLine: 5, reservedIDs: Self.reserved)
            let again = Markdown.render(text, firstLine: 5, reservedIDs: [], idPrefix: prefix, headingOffset: 1)
            let prefixed = once.withPrefixedIDs(prefix, headingOffset: 1)
            #expect(prefixed.html == again.html)
            #expect(prefixed.headings == again.headings)
            #expect(prefixed.links == again.links)
            #expect(prefixed.plainText == again.plainText)
        }
    }
}
