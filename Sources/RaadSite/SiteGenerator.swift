import Foundation
import RaadMessages
import RaadContent

/// One whole `raad build`: load, check, render, write; each step timed, and nothing written unless all succeed.
public struct SiteGenerator: Sendable {
    public struct Request: Sendable {
        public var content: String
        public var themes: String
        public var output: String
        public var baseURL: String?
        public var includeDrafts: Bool
        public var today: Dato
        /// Files made from the rendered site before it is written, such as raad check's manifest of pages.
        public var derivedFiles: (@Sendable (Output, Archive) -> [Output.File])?
        /// Content loaded by an earlier build, reused while its files are unchanged (`raad serve`).
        public var loadCache: LoadCache?
        /// Pages and Markdown of an earlier build, reused where nothing they show changed (`raad serve`).
        public var renderCache: RenderCache?
        /// Asked between stages; `true` abandons the build, which then writes nothing and reports `stopped`.
        public var shouldStop: (@Sendable () -> Bool)?
        /// `raad build --strict`: any warning stops the build before anything is written (`Report.strictWarnings`).
        public var strict = false
        /// `raad build --stage-memory`: the peak memory after each stage goes into the report's clock.
        public var recordsMemory = false

        public init(content: String = "content", themes: String = "themes", output: String = "site",
                    baseURL: String? = nil, includeDrafts: Bool = false, today: Dato = .today(),
                    loadCache: LoadCache? = nil, renderCache: RenderCache? = nil) {
            self.content = content
            self.themes = themes
            self.output = output
            self.baseURL = baseURL
            self.includeDrafts = includeDrafts
            self.today = today
            self.loadCache = loadCache
            self.renderCache = renderCache
        }
    }

    public struct Report: Sendable {
        /// Content problems, errors and warnings, in file order.
        public var diagnostics: [Diagnostic] = []
        /// A failure that is not the content's: a theme or the output folder.
        public var failure: String?
        /// How long each stage took, in the order they ran.
        public var clock = StageClock()
        public var timings: [(stage: String, seconds: Double)] { clock.stages }
        public var archive: Archive?
        public var output: Output?
        /// The views of a successful build, for `Rebuilder.preview`.
        var snapshot: SiteBuilder.Snapshot?

        /// `shouldStop` asked the build to give up; it wrote nothing.
        public var stopped = false
        /// A strict build that met this many warnings (the example `base_url` counted) and so wrote nothing.
        public var strictWarnings: Int?

        public var succeeded: Bool {
            failure == nil && !stopped && strictWarnings == nil && !diagnostics.contains(where: \.isError)
        }
    }

    public let request: Request

    public init(_ request: Request) { self.request = request }

    /// Builds and, when `write` is true, publishes the site; on any error the output folder is untouched.
    public func run(write: Bool = true) -> Report {
        var report = Report()
        report.clock.recordsMemory = request.recordsMemory
        let writer = OutputWriter(destination: request.output,
                                  protected: [request.content, request.themes, FileManager.default.currentDirectoryPath],
                                  linksCopies: write)
        if write {
            do throws(OutputWriter.Failure) {
                try writer.checkDestination()
            } catch {
                report.failure = error.description
                return report
            }
        }
        let loaded = report.clock.time("load") {
            ContentLoader(root: request.content, options: .init(includeDrafts: request.includeDrafts, cache: request.loadCache)).load()
        }
        report.diagnostics = loaded.diagnostics
        report.archive = loaded.archive
        guard let archive = loaded.archive, report.succeeded else { return report }
        if request.shouldStop?() == true {
            report.stopped = true
            return report
        }
        if SitePaths(baseURL: request.baseURL ?? archive.site.baseURL).origin == nil {
            report.diagnostics.append(.warning(SourceLocation(path: request.content + "/_index.md", line: 1),
                                               .baseURLHasNoHost, hint: .setBaseURL))
        }
        report.diagnostics = (report.diagnostics + MentionWarnings.diagnostics(archive)).sorted { $0.location < $1.location }
        if request.strict {
            // `raad build` reports the example base_url itself, and only without --base-url; it counts here too.
            let example = request.baseURL == nil && archive.site.exampleAddressWarning != nil ? 1 : 0
            let count = report.diagnostics.filter { !$0.isError }.count + example
            if count > 0 {
                report.strictWarnings = count
                return report
            }
        }
        let theme: Theme
        do throws(Theme.Failure) {
            theme = try report.clock.time("theme") { () throws(Theme.Failure) -> Theme in
                try Theme(themesRoot: request.themes, name: archive.site.tema)
            }
        } catch {
            report.failure = error.description
            return report
        }
        var staging: StagingFolder?
        if write {
            do throws(OutputWriter.Failure) {
                staging = try writer.stage()
            } catch {
                report.failure = error.description
                return report
            }
        }
        let builder = SiteBuilder(archive: archive, theme: theme,
                                  options: .init(baseURL: request.baseURL, today: request.today, cache: request.renderCache,
                                                 staging: staging, shouldStop: request.shouldStop))
        guard var (output, snapshot) = builder.buildKeepingViews(clock: &report.clock) else {
            if let staging { writer.discard(staging) }
            report.stopped = true
            return report
        }
        // Links written as content files and images: their targets and ids are known only now.
        let linkProblems = report.clock.time("links") {
            ContentLinkCheck(archive: archive, texts: snapshot.views.texts, output: output).diagnostics()
                + ContentLinkCheck.redirectProblems(RedirectPage.all(in: archive, views: snapshot.views), output: output)
        }
        report.diagnostics += linkProblems
        guard !linkProblems.contains(where: \.isError) else {
            if let staging { writer.discard(staging) }
            return report
        }
        report.snapshot = snapshot
        if let derive = request.derivedFiles {
            for file in report.clock.time("derive", { derive(output, archive) }) { output.add(file.path, file.contents) }
        }
        report.output = output
        guard write else { return report }
        do throws(OutputWriter.Failure) {
            try report.clock.time("write") { () throws(OutputWriter.Failure) in try writer.publish(output, staging: staging) }
        } catch {
            report.failure = error.description
        }
        return report
    }
}
