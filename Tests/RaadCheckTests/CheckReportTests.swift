import Foundation
import Testing
@testable import RaadCheck
import RaadMessages

@Suite("The report in each format")
struct CheckReportTests {
    static let report = CheckReport(problems: [
        LinkProblem(kind: .missingAnchor, url: "/a/#x", message: .noSuchAnchor("/a/", "x"), file: "index.html",
                    line: 12, fromContent: false, pages: ["index.html"]),
        LinkProblem(kind: .missingPage, url: "/b/", message: .notInSite("/b/"), file: "content/s/2026-06-11/14-26.md",
                    line: 23, fromContent: true, pages: ["s/2026-06-11/14-26/index.html", "s/2026-06-11/index.html"]),
        LinkProblem(kind: .badMailto, url: "mailto:x", message: .addressProblem("x", Message(verbatim: "has no @, really: 100%")), file: "content/s/2026-06-11/14-26.md",
                    line: 7, fromContent: true, pages: ["s/2026-06-11/14-26/index.html"]),
    ], pageCount: 40, linkCount: 120, language: .en)

    @Test("text names each problem as file:line: error:, as raad build's diagnostics do, and ends with the count")
    func text() {
        #expect(Self.report.render(.text) == """
            content/s/2026-06-11/14-26.md:7: error: bad mailto: `x` has no @, really: 100%
                link mailto:x, on s/2026-06-11/14-26/index.html
            content/s/2026-06-11/14-26.md:23: error: missing page: /b/ is not in the site
                link /b/, on s/2026-06-11/14-26/index.html, s/2026-06-11/index.html
            index.html:12: error: missing anchor: /a/ has no element with id "x"
                link /a/#x

            3 broken links in 2 files (checked 120 links on 40 pages)

            """)
        let lost = LinkProblem(kind: .lostPage, url: "/c/", message: .lostPage("/c/"), file: "published.json",
                               line: 0, fromContent: false, pages: ["published.json"])
        #expect(CheckReport(problems: [lost], pageCount: 1, linkCount: 1, language: .en).render(.text)
                .hasPrefix("published.json: error: lost page: /c/ was published before and is gone"))
        #expect(CheckReport(problems: [], pageCount: 1, linkCount: 1, externalCount: 0, language: .en).render(.text)
                == "No broken links (checked 1 link on 1 page, 0 external URLs checked)\n")
    }

    @Test("in bokmål, the default, the report says the same")
    func bokmal() {
        var report = Self.report
        report.language = .nb
        #expect(report.render(.text) == """
            content/s/2026-06-11/14-26.md:7: feil: feil i e-postlenke: `x` has no @, really: 100%
                lenke mailto:x, på s/2026-06-11/14-26/index.html
            content/s/2026-06-11/14-26.md:23: feil: side mangler: /b/ finnes ikke på nettstedet
                lenke /b/, på s/2026-06-11/14-26/index.html, s/2026-06-11/index.html
            index.html:12: feil: anker mangler: /a/ har ikke noe element med id "x"
                lenke /a/#x

            3 lenker virker ikke, i 2 filer (sjekket 120 lenker på 40 sider)

            """)
        #expect(CheckReport(problems: [], pageCount: 1, linkCount: 1).render(.text) == "Alle lenker virker (sjekket 1 lenke på 1 side)\n")
    }

    @Test("json is one document that decodes back to the problems")
    func json() throws {
        struct Document: Decodable {
            struct Summary: Decodable { var problems: Int; var pages: Int; var links: Int }
            struct Problem: Decodable, Equatable { var kind: String; var url: String; var message: String; var line: Int }
            var summary: Summary
            var problems: [Problem]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(Self.report.render(.json).utf8))
        #expect(document.summary.problems == 3 && document.summary.pages == 40 && document.summary.links == 120)
        #expect(document.problems == Self.report.problems.map {
            .init(kind: $0.kind.rawValue, url: $0.url, message: $0.message.en, line: $0.line)
        })
    }

    @Test("github prints one escaped workflow command per problem")
    func github() {
        let lines = Self.report.render(.github).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "::error file=content/s/2026-06-11/14-26.md,line=7,title=raad check%3A bad mailto::`x` has no @, really: 100%25 (link mailto:x) on s/2026-06-11/14-26/index.html")
        #expect(lines[3].hasPrefix("3 broken links"))
    }

    @Test("junit is well-formed XML with one failure per problem")
    func junit() {
        let xml = Self.report.render(.junit)
        #expect(DocumentScanner.scanXML(Array(xml.utf8)).isWellFormed)
        #expect(xml.contains("<testsuite name=\"raad check\" tests=\"4\" failures=\"3\""))
        #expect(xml.components(separatedBy: "<failure ").count == 4)
        #expect(xml.contains("message=\"/a/ has no element with id &quot;x&quot;\""))
        // A quote followed by a combining mark is one Character, not `"`: a Character-wise escaper let it through.
        let marked = CheckReport(problems: [
            LinkProblem(kind: .missingPage, url: "/k/", message: Message(verbatim: "Kvote\"\u{301} x"), file: "content/k.md", line: 1,
                        fromContent: true, pages: ["k/index.html"]),
        ], pageCount: 1, linkCount: 1).render(.junit)
        #expect(marked.contains("message=\"Kvote&quot;\u{301} x\""))
        let markedQuote = "\"\u{301}"  // a literal inside #expect trips the macro
        #expect(!marked.contains(markedQuote))
        #expect(DocumentScanner.scanXML(Array(marked.utf8)).isWellFormed)
        let clean = CheckReport(problems: [], pageCount: 1, linkCount: 1).render(.junit)
        #expect(clean.contains("failures=\"0\"") && DocumentScanner.scanXML(Array(clean.utf8)).isWellFormed)
    }
}
