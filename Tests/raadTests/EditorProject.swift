import Foundation
import RaadTestSupport
import Testing

/// A copy of the repository's real `content/` and theme, edited the way an editor edits it: through `raad`,
/// then by hand in the files `raad new` wrote.
struct EditorProject {
    let folder: TemporaryContent
    let cli = CLI()

    init() throws {
        folder = try TemporaryContent()
        try FileManager.default.copyItem(atPath: Repository.content, toPath: folder.path("content"))
        try FileManager.default.copyItem(atPath: Repository.themes, toPath: folder.path("themes"))
        // A site going live has its own address; the repository's example one draws a warning on every build.
        let site = try folder.read("content/_index.md")
        try folder.write("content/_index.md", site.replacing("https://example.org/radsmodellen/", with: Self.siteURL))
    }

    static let siteURL = "https://www.radsmodellen.no/radsmodellen/"

    var root: String { folder.root }

    /// Runs `raad` in the project and records a failed run as a test issue, with what it printed.
    @discardableResult
    func raad(_ arguments: [String], expecting status: Int32 = 0,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Run {
        let run = try cli.raad(arguments, in: root)
        #expect(run.status == status, "raad \(arguments.joined(separator: " ")): \(run.stdout)\(run.stderr)",
                sourceLocation: sourceLocation)
        return run
    }

    /// `raad new …`, returning the path it printed (relative to the project).
    func new(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try raad(["new"] + arguments, sourceLocation: sourceLocation).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `raad build` with a fixed today, so "kommende møter" does not depend on the clock.
    func build(today: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try raad(["build", "--today", today], sourceLocation: sourceLocation)
        #expect(run.stderr.isEmpty, "a warning: \(run.stderr)", sourceLocation: sourceLocation)
    }

    // MARK: Editing files

    func read(_ file: String) throws -> String { try folder.read(file) }

    /// Adds YAML lines at the end of a file's front matter, before its closing `---`.
    func addFrontMatter(_ file: String, _ yaml: String) throws {
        var lines = try read(file).components(separatedBy: "\n")
        let closing = try #require(lines.indices.dropFirst().first { lines[$0] == "---" }, "no front matter in \(file)")
        lines.insert(contentsOf: yaml.trimmingCharacters(in: .newlines).components(separatedBy: "\n"), at: closing)
        try folder.write(file, lines.joined(separator: "\n"))
    }

    /// Removes the front-matter line that starts with `key:`, as an editor deletes `utkast: true`.
    func removeKey(_ key: String, from file: String) throws {
        let lines = try read(file).components(separatedBy: "\n")
        let kept = lines.filter { !$0.hasPrefix(key + ":") }
        #expect(kept.count == lines.count - 1, "\(file) has no single `\(key):` line")
        try folder.write(file, kept.joined(separator: "\n"))
    }

    /// Adds Markdown at the end of a file's body.
    func appendBody(_ file: String, _ markdown: String) throws {
        try folder.write(file, try read(file) + "\n" + markdown + "\n")
    }

    func replace(_ old: String, with new: String, in file: String) throws {
        let text = try read(file)
        #expect(text.contains(old), "\(file) does not contain \(old)")
        try folder.write(file, text.replacingOccurrences(of: old, with: new))
    }

    func write(_ file: String, data: Data) throws { try folder.write(file, data: data) }

    /// The 1-based line of `file` that holds `text`, where an error about it must be reported.
    func line(of text: String, in file: String) throws -> Int {
        let lines = try read(file).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }, "\(file) does not contain \(text)") + 1
    }

    // MARK: Reading the built site

    /// The HTML of the page at a site path such as `strategiradet/2026-10-15/22-26/`.
    func page(_ path: String) throws -> String { try read("site/" + path + "index.html") }

    func site(_ file: String) throws -> String { try read("site/" + file) }

    /// Every sak page of the built site (`…/NN-YY/index.html`), by site path.
    func sakPages() throws -> [String: String] {
        let site = folder.path("site")
        let files = try #require(FileManager.default.subpaths(atPath: site))
        var pages: [String: String] = [:]
        for file in files where file.wholeMatch(of: /[^\/]+\/\d{4}-\d\d-\d\d\/\d\d-\d\d\/index\.html/) != nil {
            pages[String(file.dropLast("index.html".count))] = try read("site/" + file)
        }
        #expect(!pages.isEmpty, "no sak pages under \(site)")
        return pages
    }
}
