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
        #expect(FileManager.default.fileExists(atPath: project.path("content/strategiradet/2026-10-15/vedlegg")),
                "the folder the guide says to put files in")
        let early = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-12-03", "--sakstype", "Godkjenning"],
                                 in: project.root)
        #expect(early.status == 1)
        #expect(early.stderr.contains("møtet content/strategiradet/2026-12-03 finnes ikke ennå; lag det først med: "
                                      + "raad new mote --utvalg strategiradet --dato 2026-12-03"), "\(early.stderr)")
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
        // Only the toppnotat headings raad new left with their placeholder: three in each of the two saker.
        let warnings = build.stderr.split(separator: "\n").filter { $0.contains(": warning: ") || $0.contains(": advarsel: ") }
        #expect(warnings.count == 6 && warnings.allSatisfy { $0.contains("plassholderteksten fra raad new") }, "\(build.stderr)")
    }

    @Test("raad new says in Norwegian what it made and what to do next, and the warnings the new file gives")
    func tellsTheEditor() throws {
        let cli = CLI()
        let project = try cli.project()
        let mote = try cli.raad(["new", "mote", "--utvalg", "strategiradet", "--dato", "2026-10-15"], in: project.root)
        #expect(mote.stderr.hasPrefix("Laget møtet content/strategiradet/2026-10-15/_index.md.\nNeste steg: fyll inn tid, sted"))
        #expect(!mote.stderr.contains("advarsel"), "a new møte loads without warnings: \(mote.stderr)")
        let sak = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-10-15", "--tittel", "Ny"], in: project.root)
        #expect(sak.stderr.hasPrefix("Laget saken content/strategiradet/2026-10-15/17-26.md.\nNeste steg: skriv toppnotatet"))
        #expect(sak.stderr.contains("Den nye filen gir 3 advarsler til den er fylt ut:"))
        let line = try project.read("content/strategiradet/2026-10-15/17-26.md").components(separatedBy: "\n")
            .firstIndex(of: "## Bakgrunn").map { $0 + 1 }
        #expect(sak.stderr.contains("content/strategiradet/2026-10-15/17-26.md:\(line ?? 0): "), "\(sak.stderr)")
        // A Godkjenning without a title approves the previous møte and is named after it.
        let godkjenning = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-10-15", "--sakstype", "Godkjenning"],
                                       in: project.root)
        #expect(godkjenning.status == 0, "\(godkjenning.stderr)")
        let text = try project.read("content/strategiradet/2026-10-15/18-26.md")
        #expect(text.contains("tittel: \"Godkjenning av referat fra møte 2/2026\"\n"))
        #expect(text.contains("\ngodkjenner_referat: strategiradet 2026-06-11\n"))
        #expect(!godkjenning.stderr.contains("advarsel"), "\(godkjenning.stderr)")
        let untitled = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-10-15"], in: project.root)
        #expect(untitled.status == 1)
        #expect(untitled.stderr.contains("--tittel må oppgis"))
    }

    @Test("a sakstype the utvalg does not have is refused with the list, and \"mente du\" for a typo")
    func unknownSakstype() throws {
        let cli = CLI()
        let project = try cli.project()
        let far = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-06-11", "--tittel", "X", "--sakstype", "Vedtak"],
                               in: project.root)
        #expect(far.status == 1)
        #expect(far.stderr.contains("ukjent sakstype `Vedtak`: --sakstype må være en av Godkjenning, Drøfting"), "\(far.stderr)")
        let near = try cli.raad(["new", "sak", "--mote", "content/strategiradet/2026-06-11", "--tittel", "X", "--sakstype", "Drofting"],
                                in: project.root)
        #expect(near.stderr.contains("mente du Drøfting?"), "\(near.stderr)")
    }

    @Test("bad input is refused with usage errors", arguments: [
        ["new", "mote", "--utvalg", "strategiradet", "--dato", "15.10.2026"],
        ["new", "sak", "--mote", "content/strategiradet/2026-06-11", "--nummer", "22", "--tittel", "X"],
    ])
    func badInput(arguments: [String]) throws {
        let cli = CLI()
        let project = try cli.project()
        let run = try cli.raad(arguments, in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Error: --"))
    }
}
