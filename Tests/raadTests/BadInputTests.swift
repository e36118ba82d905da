import Foundation
import Testing
import RaadTestSupport

/// Each folder in Tests/Fixtures/broken/ is laid over a good project; `expected` says what `raad build`
/// must do: its exit status, lines its output must hold, and (for exit 1) that the old site is untouched.
/// The fixtures' messages are in English, so these runs have an English locale (`LANG=en_GB.UTF-8`); the
/// bokmål default is asserted by `CLITests` and the meeting cycle.
@Suite("Bad input: a clear error and an unchanged site")
struct BadInputTests {
    let cli = CLI()

    static let fixtures: [String] = {
        let root = Repository.fixture("broken")
        return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    static let english = ["LANG": "en_GB.UTF-8"]

    @Test("the fixtures are there")
    func fixturesPresent() {
        #expect(Self.fixtures.count >= 20)
    }

    @Test("each broken project", arguments: fixtures)
    func fixture(_ name: String) throws {
        let folder = Repository.fixture("broken/" + name)
        let expected = try String(contentsOfFile: folder + "/expected", encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) } }
        let project = try cli.project()
        #expect(try cli.raad(["build"], in: project.root).status == 0)
        let before = try cli.snapshot(project.path("site"))
        try overlay(folder, onto: project.root)

        let run = try cli.raad(["build"], in: project.root, environment: Self.english)
        for line in expected where line.count == 2 {
            switch line[0] {
            case "exit": #expect(run.status == Int32(line[1]), "\(run.stderr)")
            case "stderr": #expect(run.stderr.contains(line[1]), "stderr was:\n\(run.stderr)")
            case "stdout": #expect(run.stdout.contains(line[1]), "stdout was:\n\(run.stdout)")
            case "site":
                let parts = line[1].components(separatedBy: " contains ")
                #expect(try project.read("site/" + parts[0]).contains(parts[1]))
            default: Issue.record("unknown line in \(name)/expected: \(line)")
            }
        }
        if run.status != 0 {
            #expect(try cli.snapshot(project.path("site")) == before, "the site changed")
            #expect(run.stderr.contains("site/ was not changed"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root).sorted() == ["content", "site"])
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("a 50 MB sak is refused without being read")
    func hugeFile() throws {
        let project = try cli.project()
        let path = project.path("content/strategiradet/2026-06-11/16-26.md")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data("---\nsak: 16/26\ntittel: T\n---\n".utf8))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let run = try cli.raad(["build"], in: project.root, environment: Self.english)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/strategiradet/2026-06-11/16-26.md:1: error: the file is 50 MB; a content file may be at most 5 MB"))
    }

    @Test("a symbolic link that loops is reported, not followed", arguments: [
        "content/strategiradet/loop", "content/strategiradet/2026-06-11/loop", "content/loop",
    ])
    func symlinkLoop(link: String) throws {
        let project = try cli.project()
        let parent = (project.path(link) as NSString).deletingLastPathComponent
        try FileManager.default.createSymbolicLink(atPath: project.path(link), withDestinationPath: parent)
        let run = try cli.raad(["build"], in: project.root, environment: Self.english)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(link):1: error: `loop` is a symbolic link back to"))
    }

    @Test("a file that cannot be read is named")
    func unreadable() throws {
        let project = try cli.project()
        try FileManager.default.createSymbolicLink(atPath: project.path("content/strategiradet/2026-06-11/17-26.md"),
                                                   withDestinationPath: "/nonexistent/17-26.md")
        let run = try cli.raad(["build"], in: project.root, environment: Self.english)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/strategiradet/2026-06-11/17-26.md:1: error: cannot read the file"))
    }

    @Test("every output that would replace something precious is refused before anything is deleted")
    func dangerousOutputs() throws {
        let project = try cli.project()
        try FileManager.default.createDirectory(atPath: project.path("work"), withIntermediateDirectories: true)
        let before = try cli.snapshot(project.root)
        var targets = ["content", ".", "/", project.root, "content/..", "themes"]
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        // Only where the home folder holds something raad did not write, so a second guard stands behind the first.
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: home), !entries.isEmpty, !entries.contains(".raad-build") {
            targets.append(home)
        }
        for target in targets {
            let run = try cli.raad(["build", "--output", target], in: project.root)
            #expect(run.status == 1, "\(target)")
            #expect(run.stderr.contains("refusing"), "\(target): \(run.stderr)")
        }
        #expect(try cli.snapshot(project.root) == before)
    }

    /// Copies every file of `fixture` except `expected` into `root`, replacing what is there.
    private func overlay(_ fixture: String, onto root: String) throws {
        let enumerator = FileManager.default.enumerator(atPath: fixture)
        while let path = enumerator?.nextObject() as? String {
            guard path != "expected" else { continue }
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: fixture + "/" + path, isDirectory: &isDirectory)
            let target = root + "/" + path
            if isDirectory.boolValue {
                try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            } else {
                try? FileManager.default.removeItem(atPath: target)
                try FileManager.default.copyItem(atPath: fixture + "/" + path, toPath: target)
            }
        }
    }
}
