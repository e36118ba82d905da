import Foundation
import Testing
import RaadTestSupport

@Suite("raad new site, end to end")
struct NewSiteTests {
    let cli = CLI()

    /// `raad build` of a new site as its pipeline runs it: the site holds no themes/, the theme is raad's own.
    func buildAsCI(_ site: String) throws -> CLI.Run {
        try cli.raad(["build", "--strict", "--base-url", "https://styret.example.no/"], in: site)
    }

    @Test("a new site builds with --strict and no warnings, raad check finds nothing, and the front page names the utvalg")
    func buildsClean() throws {
        let parent = try TemporaryContent()
        let new = try cli.raad(["new", "site", "nettsted", "--utvalg", "fagradet", "--navn", "Fagrådet",
                                "--tittel", "Fagrådet for helsedata"], in: parent.root)
        #expect(new.status == 0, "\(new.stderr)")
        let site = parent.path("nettsted")
        for file in ["content/_index.md", "content/fagradet/_index.md", "README.md", ".gitignore",
                     ".github/workflows/raad.yml", ".gitlab-ci.yml"] {
            #expect(FileManager.default.fileExists(atPath: site + "/" + file), "raad new site did not write \(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: site + "/themes"), "a site holds only content; the theme is raad's")
        let build = try buildAsCI(site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty, "a new site gives no warnings: \(build.stderr)")
        let check = try cli.raad(["check", "--site", "site"], in: site)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(CheckOutput.locations(check).isEmpty, "\(check.stdout)")
        let front = try String(contentsOfFile: site + "/site/index.html", encoding: .utf8)
        #expect(front.contains("Fagrådet for helsedata"))
        #expect(front.contains("href=\"/fagradet/\"") && front.contains("Fagrådet</a>"), "the front page links the utvalg by its name")
    }

    @Test("without options the site has one utvalg, Styret, and says in Norwegian what it made and what comes next")
    func defaultsAndReport() throws {
        let parent = try TemporaryContent()
        let new = try cli.raad(["new", "site", "styret-nett"], in: parent.root)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout == "styret-nett\n", "the bare folder, for scripts")
        #expect(new.stderr.hasPrefix("Laget nettstedet styret-nett:\n"), "\(new.stderr)")
        #expect(new.stderr.contains("  styret-nett/content/styret/_index.md\n"), "\(new.stderr)")
        #expect(new.stderr.contains("raad new mote --utvalg styret"), "\(new.stderr)")
        let utvalg = try parent.read("styret-nett/content/styret/_index.md")
        #expect(utvalg.hasPrefix("---\nnavn: Styret\n"), "\(utvalg)")
        #expect(try parent.read("styret-nett/content/_index.md").contains("\ntema: helsedir\n"))
        let english = try cli.raad(["new", "site", "other", "--lang", "en"], in: parent.root)
        #expect(english.stderr.hasPrefix("Created the site other:\n"), "\(english.stderr)")
    }

    @Test("the CI files pin raad's version and fail on the SHA-256 placeholder until it is pasted in")
    func ciFilesPinTheVersion() throws {
        let parent = try TemporaryContent()
        _ = try cli.raad(["new", "site", "nettsted"], in: parent.root)
        for file in ["nettsted/.github/workflows/raad.yml", "nettsted/.gitlab-ci.yml"] {
            let text = try parent.read(file)
            #expect(text.contains("RAAD_VERSION: \"0.9.0\""), "\(file)")
            #expect(text.contains("RAAD_SHA256: \"LIM-INN-SHA256\""), "\(file)")
            #expect(text.contains("sha256sum -c"), "\(file)")
            #expect(text.contains(".raad-manifest.json"), "\(file)")
        }
    }

    @Test("a folder that exists and is not empty is refused by name, and left as it was")
    func refusesNonEmptyFolder() throws {
        let parent = try TemporaryContent("-- nettsted/notat.txt --\nikke rør meg")
        let before = try cli.snapshot(parent.path("nettsted"))
        let run = try cli.raad(["new", "site", "nettsted"], in: parent.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nettsted finnes allerede og er ikke tom; raad new site lager et nettsted bare i en ny eller tom mappe"),
                "\(run.stderr)")
        #expect(try cli.snapshot(parent.path("nettsted")) == before)
        try FileManager.default.createDirectory(atPath: parent.path("tom"), withIntermediateDirectories: false)
        let empty = try cli.raad(["new", "site", "tom"], in: parent.root)
        #expect(empty.status == 0, "an empty folder is fine: \(empty.stderr)")
    }
}
