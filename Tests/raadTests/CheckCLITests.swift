import Foundation
import RaadTestSupport
import Testing

/// Runs `raad check` as CI does, on a fixture with one planted fault of every kind and on the real content.
@Suite("raad check, end to end", .serialized)
struct CheckCLITests {
    struct Reported: Decodable, Hashable, CustomStringConvertible {
        var kind: String
        var file: String
        var line: Int
        var url: String
        var fromContent: Bool
        var pages: [String]

        var description: String { "\(file):\(line) \(kind) \(url)" }
    }

    struct Report: Decodable {
        var problems: [Reported]
    }

    static let sak = "content/strategiradet/2026-06-11/14-26.md"

    /// The fixture as a project: `content/` (with the test server's port filled in) and the real theme.
    func project(port: Int = 9) throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try FileManager.default.copyItem(atPath: Repository.fixture("check-content"), toPath: folder.path("content"))
        try FileManager.default.copyItem(atPath: Repository.themes, toPath: folder.path("themes"))
        try folder.write(Self.sak, try folder.read(Self.sak).replacingOccurrences(of: "PORT", with: "\(port)"))
        return folder
    }

    func check(_ arguments: [String], in project: TemporaryContent) throws -> (CLI.Run, [Reported]) {
        let run = try CLI().raad(["check", "--format", "json"] + arguments, in: project.root)
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        return (run, report.problems)
    }

    /// The line of `file` that holds `text`: where a planted fault must be reported.
    func line(of text: String, in file: String, _ project: TemporaryContent) throws -> Int {
        let lines = try project.read(file).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    func expected(_ faults: [(kind: String, file: String, text: String)], _ project: TemporaryContent) throws -> [String] {
        try faults.map { "\($0.file):\(try line(of: $0.text, in: $0.file, project)) \($0.kind)" }.sorted()
    }

    static let plantedFaults: [(kind: String, file: String, text: String)] = [
        ("missing-page", sak, "/99-26/"),
        ("missing-anchor", sak, "#ingen-slik-del"),
        ("outside-base-path", sak, "/gammel/rad/"),
        ("unknown-scheme", sak, "htps://"),
        ("bad-tel", sak, "tel:22334455"),
        ("missing-vedlegg", "content/strategiradet/2026-06-11/13-26.md", "referat-signert.pdf"),
        ("bad-mailto", "content/strategiradet/2026-06-11/_index.md", "mailto:sekretariatet"),
    ]

    @Test("every planted fault is reported at its content file and line, and nothing else is")
    func plantedFaults() throws {
        let project = try project()
        let (run, problems) = try check(["--content", "content", "--themes", "themes"], in: project)
        #expect(run.status == 1)
        #expect(problems.map { "\($0.file):\($0.line) \($0.kind)" }.sorted() == (try expected(Self.plantedFaults, project)))
        #expect(problems.allSatisfy { $0.fromContent })
        let vedlegg = try #require(problems.first { $0.kind == "missing-vedlegg" })
        #expect(vedlegg.pages == ["strategiradet/2026-06-11/13-26/index.html", "strategiradet/2026-06-11/index.html",
                                  "strategiradet/2026-06-11/saksdokumenter/index.html"],
                "a vedtak shows on the sak page, the møte page and its Saksdokumenter page, and is reported once")
    }

    @Test("with --external, the server's broken answers are added at their lines, and its good ones are not")
    func external() throws {
        let server = try TestHTTPServer()
        let project = try project(port: server.port)
        let (run, problems) = try check(["--content", "content", "--themes", "themes", "--external", "--timeout", "2",
                                         "--host-interval", "0.05", "--cache", ""], in: project)
        #expect(run.status == 1)
        let externalFaults: [(kind: String, file: String, text: String)] = [
            ("external-redirect-loop", Self.sak, "/loop/a"), ("external-broken", Self.sak, "/missing"),
            ("external-broken", Self.sak, "/error"), ("external-timeout", Self.sak, "/slow"),
        ]
        #expect(problems.map { "\($0.file):\($0.line) \($0.kind)" }.sorted()
                == (try expected(Self.plantedFaults + externalFaults, project)))
        // The planted link to the missing sak 99/26 is also a mention of it, which the build warns about.
        let unexpected = run.stderr.split(separator: "\n")
            .filter { !$0.contains("99/26") && !$0.hasPrefix("    ") && !$0.contains("CI bygger med --strict") }
        #expect(unexpected.isEmpty, "\(run.stderr)")
    }

    @Test("the real content has no broken link")
    func realContent() throws {
        let folder = try TemporaryContent()
        let run = try CLI().raad(["check", "--content", Repository.content, "--themes", Repository.themes], in: folder.root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("Alle lenker virker (sjekket "), "\(run.stdout)")
    }

    @Test("warnings do not fail the check, but its last line says CI will not accept them")
    func warningsBeforeDelivery() throws {
        let project = try CLI().project()
        let sak = "content/strategiradet/2026-06-11/16-26.md"
        try project.write(sak, try project.read(sak) + "\nSe sak 98/26.\n")
        let run = try CLI().raad(["check"], in: project.root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("Alle lenker virker"))
        #expect(run.stderr.contains(": advarsel: teksten nevner sak 98/26"))
        #expect(run.stderr.hasSuffix("raad: advarsel: én advarsel over: lenkene virker, men CI bygger med --strict og godtar ikke advarsler; rett dem før du leverer\n"),
                "\(run.stderr)")
    }

    @Test("a draft is checked only with --drafts, at its file and line")
    func drafts() throws {
        let project = try CLI().project()
        let sak = "content/strategiradet/2026-06-11/16-26.md"
        let text = try project.read(sak).replacingOccurrences(of: "sak: 16/26\n", with: "sak: 16/26\nutkast: true\n")
        try project.write(sak, text + "\nSe [den nye saken](99-26.md).\n")
        #expect(try CLI().raad(["check"], in: project.root).status == 0)
        let run = try CLI().raad(["check", "--drafts"], in: project.root)
        #expect(run.status == 1)
        let line = try project.read(sak).components(separatedBy: "\n").firstIndex { $0.contains("99-26.md") }! + 1
        #expect(run.stderr.contains("\(sak):\(line)"), "\(run.stderr)")
    }

    @Test("--site checks a built folder under the base path its manifest records, naming output pages")
    func builtSite() throws {
        let project = try project()
        #expect(try CLI().raad(["build"], in: project.root).status == 0)
        let (run, problems) = try check(["--site", "site"], in: project)
        #expect(run.status == 1)
        // Without the build's origins, each page is its own source: a text shown on the sak page, the møte
        // page and the møte's Saksdokumenter page is reported on each.
        #expect(problems.map(\.kind).sorted()
                == (Self.plantedFaults.map(\.kind) + Self.plantedFaults.map(\.kind) + ["missing-vedlegg", "bad-tel"]).sorted())
        let page = try #require(problems.first { $0.kind == "missing-page" })
        let html = try project.read("site/strategiradet/2026-06-11/14-26/index.html")
        let expectedLine = try #require(html.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("/99-26/") }) + 1
        #expect("\(page.file):\(page.line)" == "site/strategiradet/2026-06-11/14-26/index.html:\(expectedLine)")
        #expect(!page.fromContent)
    }

    @Test("--previous reports the pages and anchors an earlier build had and this one lost")
    func previous() throws {
        let project = try project()
        #expect(try CLI().raad(["build"], in: project.root).status == 0)
        try FileManager.default.copyItem(atPath: project.path("site/.raad-manifest.json"), toPath: project.path("published.json"))
        try FileManager.default.removeItem(atPath: project.path("content/strategiradet/2026-03-26/01-26.md"))
        try project.write(Self.sak, try project.read(Self.sak).replacingOccurrences(of: "## Bakgrunn", with: "## Grunnlag")
            .replacingOccurrences(of: "  - sak: 1/26\n", with: "  - utvalg: Strategirådet\n    dato: 2026-03-26\n    sak: 1/26\n    tittel: Godkjenning\n"))
        let (run, problems) = try check(["--content", "content", "--themes", "themes", "--previous", "published.json"], in: project)
        #expect(run.status == 1)
        let lost = problems.filter { $0.kind.hasPrefix("lost-") }.map(\.description)
        #expect(lost == ["published.json:0 lost-page /radsmodellen/strategiradet/2026-03-26/01-26/",
                         "strategiradet/2026-03-26/index.html:0 lost-anchor /radsmodellen/strategiradet/2026-03-26/#sak-01-26",
                         "strategiradet/2026-03-26/index.html:0 lost-anchor /radsmodellen/strategiradet/2026-03-26/#sak-01-26-tittel",
                         "strategiradet/2026-03-26/saksdokumenter/index.html:0 lost-anchor /radsmodellen/strategiradet/2026-03-26/saksdokumenter/#sak-01-26",
                         "strategiradet/2026-03-26/saksdokumenter/index.html:0 lost-anchor /radsmodellen/strategiradet/2026-03-26/saksdokumenter/#sak-01-26-tittel",
                         "strategiradet/2026-06-11/14-26/index.html:0 lost-anchor /radsmodellen/strategiradet/2026-06-11/14-26/#bakgrunn",
                         "strategiradet/2026-06-11/saksdokumenter/index.html:0 lost-anchor /radsmodellen/strategiradet/2026-06-11/saksdokumenter/#sak-14-26-bakgrunn"])
    }

    @Test("github and junit formats, and --output")
    func formats() throws {
        let project = try project()
        let github = try CLI().raad(["check", "--content", "content", "--themes", "themes", "--format", "github", "--lang", "en"], in: project.root)
        #expect(github.status == 1)
        let line = try line(of: "/99-26/", in: Self.sak, project)
        #expect(github.stdout.contains("::error file=\(Self.sak),line=\(line),title=raad check%3A missing page::"))
        #expect(github.stdout.split(separator: "\n").filter { $0.hasPrefix("::error ") }.count == Self.plantedFaults.count)
        let junit = try CLI().raad(["check", "--content", "content", "--themes", "themes", "--format", "junit",
                                         "--output", "report.xml"], in: project.root)
        #expect(junit.status == 1 && junit.stdout.isEmpty)
        #expect(try project.read("report.xml").contains("failures=\"\(Self.plantedFaults.count)\""))
    }

    @Test("the text format names every planted fault as file:line: error:, as raad build does")
    func textFormat() throws {
        let project = try project()
        let run = try CLI().raad(["check", "--content", "content", "--themes", "themes"], in: project.root,
                                 environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == 1)
        let named = run.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        let expected = try Self.plantedFaults.map { fault in
            "\(fault.file):\(try line(of: fault.text, in: fault.file, project)): error: "
                + fault.kind.replacingOccurrences(of: "-", with: " ") + ": "
        }
        #expect(named.count == expected.count, "\(run.stdout)")
        for prefix in expected { #expect(named.contains { $0.hasPrefix(prefix) }, "\(prefix) in \(run.stdout)") }
    }

    @Test("bad usage exits 2", arguments: [
        ["check", "--site", "site", "--content", "content"], ["check", "--format", "xml"], ["check", "--site", "nowhere"],
        ["check", "--previous", "nowhere.json"],
    ])
    func usage(arguments: [String]) throws {
        let project = try project()
        let run = try CLI().raad(arguments, in: project.root)
        #expect(run.status == 2, "\(run.stderr)")
    }

    @Test("content that does not build is an error, exit 1")
    func brokenContent() throws {
        let project = try project()
        try project.write(Self.sak, "---\nsak: 14/26\nvedtk: x\n---\n")
        let run = try CLI().raad(["check"], in: project.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("14-26.md:3:1: feil: ukjent nøkkel `vedtk`"))
    }
}
