import Foundation
import Testing
import RaadTestSupport

/// An editor who opens the terminal in the wrong folder is told which folder to use, in plain bokmål,
/// before any server or scaffold says something less helpful.
@Suite("Run from the wrong folder")
struct WrongFolderTests {
    let cli = CLI()

    @Test("serve, new, build and check from inside content/ name the project folder to cd to; nothing else is printed")
    func insideContent() throws {
        let project = try cli.project()
        let inside = project.path("content/strategiradet")
        for arguments in [["serve", "--port", "0"], ["new", "mote", "--utvalg", "strategiradet", "--dato", "2026-12-03"],
                          ["build"], ["check"]] {
            let run = try cli.raad(arguments, in: inside)
            #expect(run.status == 1)
            #expect(run.stderr == """
                raad: feil: fant ikke mappen content/ i \(inside)
                    tips: kjør raad i mappen \(project.root) (`cd \(project.root)`), der content/ ligger

                """, "\(arguments)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test("above several projects, raad does not guess which one is meant")
    func severalBelow() throws {
        let parent = try TemporaryContent()
        for name in ["a", "b"] { try parent.write(name + "/content/_index.md", "---\ntittel: T\n---\n") }
        let run = try cli.raad(["check"], in: parent.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("tips: kjør raad i mappen som har content/ (der README.md ligger), eller bruk --content MAPPE"),
                "\(run.stderr)")
    }

    @Test("far from any project, the hint says how to point at one, in English on request")
    func nowhere() throws {
        let empty = try TemporaryContent()
        let run = try cli.raad(["serve", "--port", "0", "--lang", "en"], in: empty.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("raad: error: there is no folder content/ in \(empty.root)"))
        #expect(run.stderr.contains("hint: run raad in the folder that holds content/"))
        #expect(!run.stderr.contains("Hummingbird"))
    }
}
