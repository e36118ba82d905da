import ArgumentParser
import Foundation
import RaadCheck
import RaadContent
import RaadMessages
import RaadSite

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every link, anchor and vedlegg of the site.",
        discussion: """
            Without --site, builds the site in memory first, so that a broken link written in content is reported \
            at its Markdown file and line. Exits 0 when every link works, 1 when something is broken, 2 on bad usage.
            """)

    @Option(help: "Check a site already built into this folder, instead of building one.")
    var site: String?

    @Option(help: "The content folder to build from (default: content).")
    var content: String?

    @Option(help: "The folder holding the themes (default: themes).")
    var themes: String?

    @Option(help: "The address the site is published at; by default base_url from the content, or from the site's manifest.")
    var baseURL: String?

    @Flag(help: "Also fetch http(s) links outside the site.")
    var external = false

    @Flag(help: "Include møter and saker marked `utkast: true`, to check a draft before it is published.")
    var drafts = false

    @Option(help: "How to print the report: text, json, github (workflow commands) or junit (XML).")
    var format: CheckReport.Format = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "A manifest of an earlier build (site/\(Manifest.fileName)): report every page or anchor it had and this build lost.")
    var previous: String?

    @OptionGroup
    var externalOptions: ExternalOptions

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if site != nil && (content != nil || themes != nil) {
            throw ValidationError(Message.siteOrContent.text(languageOption.language))
        }
        if let site, !isFolder(site) {
            throw ValidationError(Message.noSuchFolder("--site", site).text(languageOption.language))
        }
        if let content, !isFolder(content) {
            throw ValidationError(Message.noSuchFolder("--content", content).text(languageOption.language))
        }
        if let previous, !FileManager.default.fileExists(atPath: previous) {
            throw ValidationError(Message.noSuchFile("--previous", previous).text(languageOption.language))
        }
    }

    func run() async throws {
        let printer = DiagnosticPrinter(languageOption.language)
        let (builtSite, baseURL, warnings) = try loadSite(printer)
        let result = LinkChecker(baseURL: baseURL).check(builtSite)
        var problems = result.problems
        if let previous {
            do throws(Manifest.Failure) {
                problems += result.manifest.lost(since: try Manifest.read(previous), source: previous,
                                                 displayPrefix: builtSite.displayPrefix)
            } catch {
                throw ValidationError(error.description)
            }
        }
        var externalCount: Int?
        if external {
            let checked = await ExternalChecker(options: externalOptions.options).check(result.externalLinks)
            checked.notes.forEach { printer.warning($0) }
            problems += checked.problems
            externalCount = result.externalLinks.count
        }
        let report = CheckReport(problems: problems, pageCount: result.pageCount, linkCount: result.linkCount,
                                 externalCount: externalCount, language: languageOption.language)
        try write(report.render(format))
        // Warnings do not fail the check, but CI builds with --strict: say so where the editor looks last.
        if warnings > 0 { printer.warning(.warningsBeforeDelivery(warnings)) }
        if !report.isClean { throw ExitCode.failure }
    }

    /// The site to check and its base URL: read from --site, or built in memory from the content.
    private func loadSite(_ printer: DiagnosticPrinter) throws -> (BuiltSite, String, warnings: Int) {
        if let site {
            let built: BuiltSite
            do throws(BuiltSite.ReadFailure) {
                built = try BuiltSite.read(folder: site)
            } catch {
                printer.error(Message(verbatim: error.description))
                throw ExitCode(Raad.usageExitCode)
            }
            if let baseURL { return (built, baseURL, 0) }
            let manifest = site + "/" + Manifest.fileName
            guard FileManager.default.fileExists(atPath: manifest) else { return (built, "/", 0) }
            do throws(Manifest.Failure) {
                return (built, try Manifest.read(manifest).baseURL, 0)
            } catch {
                printer.error(.giveBaseURL(error.description))
                throw ExitCode(Raad.usageExitCode)
            }
        }
        let content = content ?? "content"
        try ContentFolderCheck.require(content, printer)
        let request = SiteGenerator.Request(content: content, themes: themes ?? "themes", baseURL: baseURL,
                                            includeDrafts: drafts)
        let report = SiteGenerator(request).run(write: false)
        printer.print(report.diagnostics)
        if let failure = report.failure {
            printer.error(Message(verbatim: failure))
            throw ExitCode.failure
        }
        guard report.succeeded, let output = report.output, let archive = report.archive else {
            printer.error(.cannotCheck(content))
            throw ExitCode.failure
        }
        return (BuiltSite(output), baseURL ?? archive.site.baseURL, report.diagnostics.filter { !$0.isError }.count)
    }

    private func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            DiagnosticPrinter(languageOption.language).error(.cannotWriteReport(output, error.localizedDescription))
            throw ExitCode.failure
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension CheckReport.Format: ExpressibleByArgument {}
