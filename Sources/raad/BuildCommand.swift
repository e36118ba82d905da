import ArgumentParser
import Foundation
import RaadCheck
import RaadContent
import RaadMessages
import RaadSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ into site/.",
        discussion: "Writes the whole site or nothing: on any error the output folder is left as it was.")

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The folder holding the themes.")
    var themes = "themes"

    @Option(help: "Where to write the site.")
    var output = "site"

    @Option(help: "The address the site is published at; overrides base_url in content/_index.md.")
    var baseURL: String?

    @Flag(help: "Include møter and saker marked `utkast: true`.")
    var drafts = false

    @Flag(help: "Treat warnings as errors: print them, write nothing, and exit with status 1 (as CI does).")
    var strict = false

    @Option(help: .hidden)
    var today: String?

    /// For tuning: the summary also gives the peak memory after each stage (`Benchmarks/run.sh` passes it).
    @Flag(help: .hidden)
    var stageMemory = false

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if let today, Dato(iso: today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD")
        }
    }

    func run() throws {
        try ContentFolderCheck.require(content, DiagnosticPrinter(languageOption.language))
        var request = SiteGenerator.Request(
            content: content, themes: themes, output: output, baseURL: baseURL, includeDrafts: drafts,
            today: today.flatMap { Dato(iso: $0) } ?? .today())
        request.strict = strict
        request.recordsMemory = stageMemory
        let baseURL = baseURL
        request.derivedFiles = { output, archive in
            // Every page and anchor this build publishes, for `raad check --previous` on the next build: the
            // anchors as each page was rendered, so no page is read and parsed again.
            let manifest = Manifest.of(files: output.files.map { ($0.path, $0.anchors) }, baseURL: baseURL ?? archive.site.baseURL)
            return [Output.File(path: Manifest.fileName, contents: .text(String(decoding: manifest.encoded(), as: UTF8.self)))]
        }
        let report = SiteGenerator(request).run()
        let printer = DiagnosticPrinter(languageOption.language)
        // Only here: `check` and `serve` do not publish, and --base-url replaces the example address.
        let example = baseURL == nil ? report.archive?.site.exampleAddressWarning : nil
        printer.print((example.map { [$0] } ?? []) + report.diagnostics)
        if let failure = report.failure {
            printer.error(Message(verbatim: failure))
            throw ExitCode.failure
        }
        if let count = report.strictWarnings {
            printer.strictSummary(count)
            throw ExitCode.failure
        }
        guard report.succeeded, let output = report.output else {
            printer.error(.notBuilt(errors: report.diagnostics.filter(\.isError).count, content: content, output: self.output))
            throw ExitCode.failure
        }
        printer.summary(report, output: output, folder: self.output)
        // The site is on disk and the summary printed: leave without releasing the archive, its texts and the
        // output one object at a time (0.2 s at 10,000 saker, 1 s at 50,000); `exit` flushes stdout.
        withExtendedLifetime(report) { Foundation.exit(EXIT_SUCCESS) }
    }
}
