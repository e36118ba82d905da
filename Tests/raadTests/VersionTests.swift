import Foundation
import Testing
import RaadTestSupport

@Suite("raad --version")
struct VersionTests {
    @Test("prints the version that heads CHANGELOG.md, and the commit (dev outside a release build)")
    func version() throws {
        let changelog = try String(contentsOfFile: Repository.root + "/CHANGELOG.md", encoding: .utf8)
        let heading = changelog.split(separator: "\n").first { $0.hasPrefix("## ") }
        let newest = try #require(heading?.dropFirst(3).split(separator: " ").first.map(String.init),
                                  "CHANGELOG.md has no '## <version>' heading")
        let run = try CLI().raad(["--version"], in: Repository.root)
        #expect(run.status == 0)
        #expect(run.stdout == "raad \(newest) (dev)\n", "a release changes RaadVersion.number and CHANGELOG.md together")
    }
}
