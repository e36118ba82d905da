import ArgumentParser
import Foundation
import RaadContent
import RaadMessages

extension NewCommand {
    struct Site: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "site",
            abstract: "Start a new site repository: content with one utvalg, a README and CI files for GitHub and GitLab.")

        /// The raad release the new site's CI files pin: this one.
        static let raadVersion = RaadVersion.number

        @Argument(help: "The new site's folder; it must not exist, or be empty.")
        var folder: String

        @Option(help: "The site's title (default: the utvalg's name).")
        var tittel: String?

        @Option(help: "The utvalg's folder name, e.g. styret.")
        var utvalg = "styret"

        @Option(help: "The utvalg's name, e.g. \"Styret\".")
        var navn = "Styret"

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let printer = DiagnosticPrinter(languageOption.language)
            let request = Scaffold.SiteRequest(folder: folder, tittel: tittel ?? navn, utvalg: utvalg, navn: navn,
                                               raadVersion: Self.raadVersion, raadSHA256: nil)
            let paths: [String]
            do throws(Scaffold.Failure) {
                paths = try Scaffold.site(request)
            } catch {
                printer.error(error.message)
                throw ExitCode.failure
            }
            // The bare folder is for scripts; in a terminal the Norwegian lines that follow already name it.
            if isatty(STDOUT_FILENO) == 0 { print(folder) }
            let language = printer.language
            let next = Message.nextStepsSite(folder: folder, utvalg: utvalg, raadVersion: Self.raadVersion)
            let lines = [Message.createdSite(folder).text(language)] + paths.map { "  " + $0 } + [next.text(language)]
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
