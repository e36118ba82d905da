import Foundation
import Testing
import RaadTestSupport

/// `raad build --strict`, as CI runs it: warnings are printed, and then they fail the build.
@Suite("raad build --strict")
struct StrictTests {
    let cli = CLI()
    static let sak = "content/strategiradet/2026-06-11/16-26.md"

    @Test("a warning does not fail a plain build; with --strict it is printed, counted, and nothing is written")
    func strict() throws {
        let project = try cli.project()
        try project.write(Self.sak, try project.read(Self.sak) + "\nSe sak 99/26.\n")
        let line = try project.read(Self.sak).components(separatedBy: "\n").firstIndex { $0.contains("99/26") }.map { $0 + 1 }
        let plain = try cli.raad(["build", "--base-url", "https://radsmodellen.no/"], in: project.root)
        #expect(plain.status == 0, "\(plain.stderr)")
        let warning = "\(Self.sak):\(line ?? 0): "
        #expect(plain.stderr.contains(warning), "\(plain.stderr)")
        #expect(plain.stderr.contains("teksten nevner sak 99/26, men strategiradet har ingen sak 99/26 på nettstedet"))
        let before = try cli.snapshot(project.path("site"))

        try project.write(Self.sak, try project.read(Self.sak) + "Og sak 98/26.\n")
        let strict = try cli.raad(["build", "--strict", "--base-url", "https://radsmodellen.no/"], in: project.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(warning))
        #expect(strict.stderr.hasSuffix("2 advarsler; --strict gjør dem til feil\n"), "\(strict.stderr)")
        #expect(try cli.snapshot(project.path("site")) == before, "a strict build with warnings wrote the site")
    }

    @Test("--strict counts the example base_url, which --base-url replaces; clean content passes")
    func exampleAddress() throws {
        let project = try cli.project()
        let example = try cli.raad(["build", "--strict"], in: project.root)
        #expect(example.status == 1)
        #expect(example.stderr.contains("`base_url` er fortsatt eksempeladressen"))
        #expect(example.stderr.hasSuffix("1 advarsel; --strict gjør dem til feil\n"), "\(example.stderr)")
        let clean = try cli.raad(["build", "--strict", "--base-url", "https://radsmodellen.no/"], in: project.root)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stderr.isEmpty, "\(clean.stderr)")
    }

    @Test("the repository's own content passes --strict with the address check-site.sh gives")
    func realContent() throws {
        let folder = try TemporaryContent()
        let run = try cli.raad(["build", "--strict", "--content", Repository.content, "--themes", Repository.themes,
                                "--output", folder.path("site"), "--base-url", "https://example.org/radsmodellen/"],
                               in: folder.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
