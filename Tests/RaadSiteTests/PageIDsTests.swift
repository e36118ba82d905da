import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// A heading in the Markdown never takes an id the page's template writes itself: the ids come from the
/// theme, so a new id in a template is protected without a second list to keep in step.
@Suite("Ids the templates write are left to them")
struct PageIDsTests {
    static let headings = """
        -- content/strategiradet/2026-06-11/20-26.md --
        ---
        sak: 20/26
        tittel: Søk og vedtak
        ---
        ## Topp søk

        ## Vedtak

        ## Hovedinnhold
        -- content/strategiradet/2026-10-15/_index.md --
        ---
        dato: 2026-10-15
        ---
        ## Deltakere

        ## Dagsorden
        """

    @Test("the theme's own ids are read from its templates, layout and partials included")
    func readFromTheme() throws {
        let ids = try Theme(themesRoot: Repository.themes, name: "helsedir").pageIDs
        #expect(ids.sak.isSuperset(of: ["topp-sok", "hovedinnhold", "vedtak", "forslag-til-vedtak", "tidligere-behandlinger", "sak-tittel"]))
        #expect(ids.mote.isSuperset(of: ["deltakere", "dagsorden", "saker", "motevedlegg", "topp-sok"]))
        #expect(!ids.sak.contains(where: { $0.contains("{") }))
    }

    @Test("every id on a sak page and a møte page is unique, whatever the headings are called", arguments: [
        "strategiradet/2026-06-11/20-26/index.html", "strategiradet/2026-10-15/index.html",
        "strategiradet/2026-10-15/saksdokumenter/index.html",
    ])
    func uniqueIDs(page: String) throws {
        let (output, _) = try buildMini(extra: Self.headings)
        let html = try output.html(page)
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(page) repeats \(repeated)")
        #expect(ids.count >= 5)
    }
}
