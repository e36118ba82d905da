import Foundation
import Testing
import RaadTestSupport

/// Runs the built `raad` binary as an editor or CI would.
@Suite("raad build, end to end")
struct CLITests {
    let cli = CLI()

    @Test("--stage-memory adds the peak memory after every stage to the summary, and only then")
    func stageMemory() throws {
        let project = try cli.project()
        let plain = try cli.raad(["build", "--today", "2026-05-01"], in: project.root)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.contains("minnebruk"))
        let run = try cli.raad(["build", "--today", "2026-05-01", "--stage-memory"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("høyeste minnebruk etter hvert steg: ") })
        let stages = line.split(separator: ": ", maxSplits: 1)[1].split(separator: ", ")
        #expect(stages.map { $0.split(separator: " ")[0] } == ["load", "theme", "history", "markdown", "pages", "search",
                                                              "feeds", "links", "derive", "write"])
        let megabytes = stages.compactMap { Int($0.split(separator: " ")[1]) }
        #expect(megabytes.count == stages.count && megabytes.allSatisfy { $0 > 0 } && megabytes == megabytes.sorted(), "\(line)")
    }

    @Test("a build writes the whole tree and reports what it did")
    func builds() throws {
        let project = try cli.project()
        let run = try cli.raad(["build", "--today", "2026-05-01"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Bygde 16 sider (3 møter, 5 saker)"))
        let files = Set(try cli.snapshot(project.path("site")).keys)
        #expect(files.contains { $0.wholeMatch(of: /assets\/style\.[0-9a-f]{16}\.css/) != nil })
        #expect(files.isSuperset(of: ["index.html", "404.html", "strategiradet/index.html",
                                      "strategiradet/2026-06-11/16-26/index.html",
                                      "strategiradet/2026-06-11/vedlegg/saksdokument.pdf",
                                      "sok/index.html", "sok/indeks/manifest.json"]))
        #expect(try project.read("site/strategiradet/2026-06-11/vedlegg/saksdokument.pdf") == "%PDF-1.4 not really a pdf\n")
        #expect(!run.stdout.contains("_raad"))
        // The reload script belongs to raad serve's responses only.
        #expect(!(try project.read("site/strategiradet/2026-06-11/16-26/index.html")).contains("_raad"))
    }

    @Test("--base-url and --output are honoured")
    func options() throws {
        let project = try cli.project()
        let run = try cli.raad(["build", "--output", "public", "--base-url", "https://example.org/arkiv/"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try project.read("public/index.html").contains("href=\"/arkiv/strategiradet/\""))
    }

    @Test("a content error is printed as file:line, exits 1, and leaves the old site byte for byte")
    func failedBuildKeepsSite() throws {
        let project = try cli.project()
        #expect(try cli.raad(["build"], in: project.root).status == 0)
        let before = try cli.snapshot(project.path("site"))
        try project.write("content/strategiradet/2026-06-11/16-26.md", "---\nsak: 16/26\ntittel: T\nvedtk: x\n---\n")
        let run = try cli.raad(["build"], in: project.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/strategiradet/2026-06-11/16-26.md:4:1: feil: ukjent nøkkel `vedtk` i en sak"))
        #expect(run.stderr.contains("tips: mente du `vedtak`?"))
        #expect(run.stderr.contains("site/ er ikke endret"))
        #expect(try cli.snapshot(project.path("site")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root).sorted()
        #expect(leftovers == ["content", "site"])
    }

    @Test("an output folder that would replace the content is refused", arguments: ["content", ".", "/"])
    func refusesDangerousOutput(output: String) throws {
        let project = try cli.project()
        let before = try cli.snapshot(project.path("content"))
        let run = try cli.raad(["build", "--output", output], in: project.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("refusing"))
        #expect(try cli.snapshot(project.path("content")) == before)
    }

    @Test("a theme raad does not carry and no folder holds is named")
    func missingTheme() throws {
        let project = try cli.project()
        let site = try project.read("content/_index.md")
        try project.write("content/_index.md", site.replacing("base_url: https://example.org/radsmodellen/",
                                                             with: "base_url: https://example.org/radsmodellen/\ntema: fylket"))
        let run = try cli.raad(["build", "--themes", "nowhere"], in: project.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nowhere/fylket: there is no theme `fylket`"), "\(run.stderr)")
    }

    @Test("a file in the site's themes/helsedir takes the place of raad's own; the rest stays raad's")
    func themeOverride() throws {
        let project = try cli.project()
        let own = try String(contentsOfFile: Repository.themes + "/helsedir/templates/404.mustache", encoding: .utf8)
        try project.write("themes/helsedir/templates/404.mustache", own.replacing("{{/main}}", with: "<p>Rådets egen 404.</p>\n{{/main}}"))
        try project.write("themes/helsedir/assets/style.css", "body { color: black; }\n")
        try project.write("themes/helsedir/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        let run = try cli.raad(["build"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try project.read("site/404.html").contains("<p>Rådets egen 404.</p>"))
        let front = try project.read("site/index.html")
        let stylesheet = try #require(front.firstMatch(of: /href="\/radsmodellen\/(assets\/style\.[0-9a-f]{16}\.css)"/)?.1)
        #expect(try project.read("site/" + stylesheet) == "body { color: black; }\n")
        #expect(try project.read("site/assets/logo.svg").hasPrefix("<svg"), "an image keeps its name")
        #expect(try project.read("site/sok/index.html").contains("assets/sok-norsk."), "the scripts are still raad's own")
        let files = try FileManager.default.subpathsOfDirectory(atPath: project.path("site/assets"))
        #expect(files.filter { $0.hasPrefix("style.") }.count == 1)
    }

    @Test("bad usage exits 2 with help")
    func badUsage() throws {
        let project = try cli.project()
        let run = try cli.raad(["build", "--today", "i morgen"], in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--today must be a date"))
    }

    @Test("the repository's own content builds with one warning: base_url is still the example address")
    func realContent() throws {
        let folder = try TemporaryContent()
        let run = try cli.raad(["build", "--content", Repository.content, "--themes", Repository.themes,
                            "--output", folder.path("site")], in: folder.root)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix(Repository.content + "/_index.md:")
                && lines[0].contains(": advarsel: `base_url` er fortsatt eksempeladressen https://example.org/"), "\(run.stderr)")
        let quiet = try cli.raad(["build", "--content", Repository.content, "--themes", Repository.themes,
                                  "--output", folder.path("site"), "--base-url", "https://radsmodellen.no/"], in: folder.root)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test("an example base_url is a warning at its file, line and column, with a hint; the site is built")
    func exampleBaseURL() throws {
        let project = try cli.project()
        let run = try cli.raad(["build"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == """
            content/_index.md:4:11: advarsel: `base_url` er fortsatt eksempeladressen https://example.org/radsmodellen/; \
            feed.xml, moter.ics og sitemap.xml peker dit
                tips: sett `base_url: https://…/` til adressen nettstedet publiseres på, eller bruk --base-url

            """)
        let english = try cli.raad(["build", "--lang", "en"], in: project.root)
        #expect(english.stderr == """
            content/_index.md:4:11: warning: `base_url` is still the example address https://example.org/radsmodellen/; \
            feed.xml, moter.ics and sitemap.xml point there
                hint: set `base_url: https://…/` to the address the site is published at, or pass --base-url

            """)
        #expect(FileManager.default.fileExists(atPath: project.path("site/index.html")))
        try project.write("content/_index.md", try project.read("content/_index.md")
            .replacingOccurrences(of: "https://example.org/radsmodellen/", with: "https://radsmodellen.no/"))
        let real = try cli.raad(["build"], in: project.root)
        #expect(real.status == 0 && real.stderr.isEmpty, "\(real.stderr)")
    }

    @Test("the hidden generate command writes an archive that builds, and is absent from help")
    func generate() throws {
        let folder = try TemporaryContent()
        let run = try cli.raad(["generate", "--saker", "40", "--output", folder.path("synthetic")], in: folder.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Wrote 40 saker"))
        let build = try cli.raad(["build", "--content", folder.path("synthetic"), "--themes", Repository.themes,
                              "--output", folder.path("site")], in: folder.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty, "\(build.stderr)")
        #expect(build.stdout.contains("40 saker"))
        let help = try cli.raad(["--help"], in: folder.root)
        #expect(help.stdout.contains("build"))
        #expect(!help.stdout.contains("generate"))
    }
}
