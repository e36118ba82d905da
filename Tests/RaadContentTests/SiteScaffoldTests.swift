import Foundation
import Testing
import RaadTestSupport
@testable import RaadContent

@Suite("raad new site: the files of a new site")
struct SiteScaffoldTests {
    func request(_ folder: String, utvalg: String = "styret", sha256: String? = nil) -> Scaffold.SiteRequest {
        Scaffold.SiteRequest(folder: folder, tittel: "Styret: møter og vedtak", utvalg: utvalg, navn: "Styret",
                             raadVersion: "1.2.3", raadSHA256: sha256)
    }

    @Test("the content loads without a diagnostic, and a known SHA-256 replaces the placeholder in both CI files")
    func loadsAndPins() throws {
        let parent = try TemporaryContent()
        let sha = String(repeating: "ab", count: 32)
        let paths = try Scaffold.site(request(parent.path("ny"), sha256: sha))
        #expect(paths.first == parent.path("ny/README.md"))
        let loaded = ContentLoader(root: parent.path("ny/content")).load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.archive?.site.tittel == "Styret: møter og vedtak")
        #expect(loaded.archive?.utvalg("styret")?.navn == "Styret")
        for file in ["ny/.github/workflows/raad.yml", "ny/.gitlab-ci.yml"] {
            let text = try parent.read(file)
            #expect(text.contains("RAAD_VERSION: \"1.2.3\"\n") && text.contains("RAAD_SHA256: \"\(sha)\"\n"), "\(file)")
            #expect(!text.contains(Scaffold.sha256Placeholder), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: parent.path("ny.tmp-\(ProcessInfo.processInfo.processIdentifier)")))
    }

    @Test("an utvalg folder name the loader would refuse is refused before anything is written", arguments: ["Styret", "sok", "styret/a"])
    func badUtvalg(utvalg: String) throws {
        let parent = try TemporaryContent()
        #expect(throws: Scaffold.Failure.self) { try Scaffold.site(request(parent.path("ny"), utvalg: utvalg)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.root).isEmpty)
    }
}
