import Foundation
import Testing
import RaadTestSupport

@Suite("raad new, end to end")
struct NewCommandTests {
    @Test("new mote and new sak print the paths they wrote, the site builds, and nothing is written twice")
    func scaffolds() throws {
        let cli = CLI()
        let project = try cli.project()
        let mote = try cli.raad(["new", "mote", "--utvalg", "strategiradet", "--dato", "2026-10-15"], in: project.root)
        #expect(mote.status == 0, "\(mote.stderr)")
        #expect(mote.stdout == "content/strategiradet/2026-10-15/_index.md\n")
        let sak = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-10-15", "--tittel", "Ny sak: prismodell",
                                "--sakstype", "drøfting"], in: project.root)
        #expect(sak.status == 0, "\(sak.stderr)")
        #expect(sak.stdout == "content/strategiradet/2026-10-15/17-26.md\n")
        let numbered = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-10-15/", "--nummer", "22/26",
                                     "--tittel", "Nummerert"], in: project.root)
        #expect(numbered.stdout == "content/strategiradet/2026-10-15/22-26.md\n")
        let again = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-10-15", "--nummer", "22/26",
                                  "--tittel", "Igjen"], in: project.root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("sak 22/26 er allerede content/strategiradet/2026-10-15/22-26.md"))
        #expect(try project.read("content/strategiradet/2026-10-15/22-26.md").contains("tittel: \"Nummerert\""))
        // A real address, so that any warning would be about the scaffolded files, not the example base_url.
        let build = try cli.raad(["build", "--drafts", "--base-url", "https://radsmodellen.no/"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty, "\(build.stderr)")
    }

    @Test("bad input is refused with usage errors", arguments: [
        ["new", "mote", "--utvalg", "strategiradet", "--dato", "15.10.2026"],
        ["new", "sak", "--mote", "content/strategiradet/2026-06-11", "--nummer", "22", "--tittel", "X"],
        ["new", "sak", "--mote", "content/strategiradet/2026-06-11", "--tittel", "X", "--sakstype", "Vedtak"],
    ])
    func badInput(arguments: [String]) throws {
        let cli = CLI()
        let project = try cli.project()
        let run = try cli.raad(arguments, in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Error: --"))
    }
}
