import ArgumentParser
import Foundation
import RaadContent
import RaadMessages
import RaadServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser, rebuilt and reloaded on every save.",
        discussion: """
            Builds the site with drafts included into a temporary folder (never into site/, so a draft or a \
            link to this machine cannot end up in what is published), serves it, watches content/ and themes/, \
            and reloads open tabs when a page changes. A content error is shown in the browser until it is fixed.
            """)

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The folder holding the themes.")
    var themes = "themes"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 1313

    @Option(help: "The address to listen on. Anything but 127.0.0.1 lets other machines see your drafts.")
    var host = "127.0.0.1"

    @Option(name: .customLong("allowed-host"),
            help: ArgumentHelp("Another name this machine has that the preview answers to (repeatable).",
                               discussion: """
                                   Only localhost, 127.0.0.1, [::1] and --host are answered otherwise, so that no other \
                                   website can read the drafts; a name without a port is answered on any port.
                                   """,
                               valueName: "name[:port]"))
    var allowedHosts: [String] = []

    @Option(help: .hidden)
    var today: String?

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        for name in allowedHosts where !AllowedHosts.isValidName(name) {
            throw ValidationError("--allowed-host takes a host name or address, optionally with :PORT (an IPv6 address in brackets), not '\(name)'")
        }
        if let today, Dato(iso: today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD") }
    }

    func run() async throws {
        let language = languageOption.language
        let printer = DiagnosticPrinter(language)
        try ContentFolderCheck.require(content, printer)
        if !PreviewServer.isLoopback(host) {
            printer.warning(.listeningOnNetwork(host))
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("raad-serve-\(getpid())").path
        let server = PreviewServer(.init(content: content, themes: themes, output: output, host: host,
                                         allowedHosts: allowedHosts, port: port,
                                         today: today.flatMap { Dato(iso: $0) }, language: language,
                                         // Served under the base path of `base_url`, as in production.
                                         baseURL: ContentLoader(root: content).siteBaseURL()))
        do {
            try await server.run()
        } catch {
            // The one failure an editor meets: a second `raad serve` (or another program) on the same port.
            if "\(error)".contains("Address already in use") {
                printer.error(.portInUse(port))
                printer.hint(.pickAnotherPort)
            } else {
                printer.error(.serveFailed("\(error)"))
            }
            throw ExitCode.failure
        }
    }
}
