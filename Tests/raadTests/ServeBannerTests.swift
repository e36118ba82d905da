import Foundation
import Testing
import RaadTestSupport

/// The preview's banner: drafts and the last build's warnings on the served pages, never in the built files.
@Suite("raad serve: the banner of drafts and warnings", .serialized)
struct ServeBannerTests {
    static let sak = "content/strategiradet/2026-06-11/16-26.md"
    static let draft = "content/strategiradet/2026-06-11/13-26.md"
    /// The mini project's base path: the preview serves the site under it, as production does.
    static let base = "/radsmodellen/"

    @Test("a warning shows on its page at file:line, a draft is marked and listed on the front page, a backup file is passed over")
    func banner() throws {
        let project = try CLI().project()
        let original = try project.read(Self.sak)
        try project.write(Self.sak, original + "\nSe sak 99/26.\n")
        let line = try project.read(Self.sak).components(separatedBy: "\n").firstIndex { $0.contains("99/26") }! + 1
        try project.write(Self.draft, try project.read(Self.draft).replacingOccurrences(of: "sak: 13/26\n", with: "sak: 13/26\nutkast: true\n"))
        // A leftover backup with broken front matter must neither stop the preview nor become a page.
        try project.write(Self.sak + "~", "---\nsak: [uavsluttet\n---\n")
        let server = try ServeProcess(in: project.root)
        defer { server.stop() }

        let page = try server.get(Self.base + "strategiradet/2026-06-11/16-26/")
        #expect(page.status == 200, "\(page.body)")
        #expect(page.body.contains("<section id=\"raad-preview\" role=\"region\" aria-label=\"raad serve\" tabindex=\"0\""))
        #expect(page.body.contains("<h2 id=\"raad-preview-advarsler\""))
        #expect(page.body.contains("Én advarsel i innholdet"))
        #expect(page.body.contains("<code style=\"font-weight:600;word-break:break-all\">\(Self.sak):\(line)</code>: "
            + "teksten nevner sak 99/26, men strategiradet har ingen sak 99/26 på nettstedet"))
        #expect(page.body.contains("tips: rett nummeret; slik det står nå, vises det som tekst uten lenke"))
        #expect(!page.body.contains("Utkast – ikke publisert"))
        // Right after <body>, before the skip link, so it is the first thing read and nothing under it moves.
        #expect(page.body.contains("<body><section id=\"raad-preview\""))

        let draft = try server.get(Self.base + "strategiradet/2026-06-11/13-26/")
        #expect(draft.body.contains("Utkast – ikke publisert"))
        #expect(draft.body.contains("og én advarsel som gjelder andre sider (se terminalen)"))
        let mote = try server.get(Self.base + "strategiradet/2026-06-11/")
        #expect(mote.body.contains("Utkast – ikke publisert"), "the møte page shows the draft sak in its agenda")
        let front = try server.get(Self.base)
        #expect(front.body.contains("Ett utkast i forhåndsvisningen"))
        #expect(front.body.contains("<a href=\"\(Self.base)strategiradet/2026-06-11/13-26/\" style=\"color:#00338d\">Sak 13/26: "))
        #expect(try server.get(Self.base + "strategiradet/2026-06-11/16-26.md~/").status == 404)

        // The built folder is what raad build writes: no banner in any file.
        let folder = try #require(server.output.firstMatch(of: /bygges i (\/[^\s)]+)\)/).map { String($0.1) })
        let built = try String(contentsOfFile: folder + "/strategiradet/2026-06-11/16-26/index.html", encoding: .utf8)
        #expect(!built.contains("raad-preview"))
        #expect(!built.contains("Utkast"))

        // Saving the backup again changes nothing; fixing the mention takes the warning off at the next rebuild.
        let events = try RawHTTP(port: server.port, path: "/_raad/events", keepOpen: true)
        #expect(try events.lines(upTo: ": connected", within: 5) != nil)
        try project.write(Self.sak + "~", "---\nsak: [fortsatt uavsluttet\n---\n")
        try project.write(Self.sak, original)
        #expect(try events.lines(upTo: "\"all\":true", within: 5) != nil, "\(server.output)")
        let fixed = try server.get(Self.base + "strategiradet/2026-06-11/16-26/")
        #expect(fixed.status == 200)
        #expect(!fixed.body.contains("advarsel"), "\(fixed.body.prefix(600))")
        #expect(!server.output.contains("16-26.md~"), "\(server.output)")
    }
}
