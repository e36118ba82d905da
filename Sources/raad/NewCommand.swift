import ArgumentParser
import Foundation
import RaadContent
import RaadMessages

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new site, or the file of a new møte or sak with the right front matter.",
        subcommands: [Site.self, Mote.self, Sak.self])

    struct Mote: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mote", abstract: "Create content/<utvalg>/<dato>/_index.md, marked as a draft.")

        @Option(help: "The content folder.")
        var content = "content"

        @Option(help: "The utvalg's folder name, e.g. strategiradet.")
        var utvalg: String

        @Option(help: "The date of the møte, YYYY-MM-DD.")
        var dato: String

        @OptionGroup var languageOption: LanguageOption

        func validate() throws {
            guard Dato(iso: dato) != nil else { throw ValidationError(Message.datoOption.text(languageOption.language)) }
        }

        func run() throws {
            let printer = DiagnosticPrinter(languageOption.language)
            try ContentFolderCheck.require(content, printer)
            let path = try NewCommand.create(printer) { try Scaffold.mote(content: content, utvalg: utvalg, dato: Dato(iso: dato)!) }
            NewCommand.report(created: path, content: content, what: .createdMote(path), next: .nextStepsMote, printer)
        }
    }

    struct Sak: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sak", abstract: "Create a sak file NN-YY.md in a møte folder, with the next free saksnummer.")

        @Option(help: "The møte folder, e.g. content/strategiradet/2026-10-15.")
        var mote: String

        @Option(help: "The saksnummer, NN/YY (or as the utvalg writes them: 26/2016, 108/03 B); by default the utvalg's next free number in the møte's year, written like its last one.")
        var nummer: String?

        @Option(help: "The title of the sak; a Godkjenning is named after the møte whose referat it approves.")
        var tittel: String?

        @Option(help: "Godkjenning, Drøfting, Orientering, Anbefaling, Beslutning or Åpen sak, or one of the utvalg's own sakstyper.")
        var sakstype: String?

        @Flag(help: "The sak approves the referat of the utvalg's previous møte, as a Godkjenning does: for an utvalg with its own sakstyper.")
        var godkjennerReferat = false

        @OptionGroup var languageOption: LanguageOption

        func validate() throws {
            let language = languageOption.language
            if let nummer, Saksnummer(nummer) == nil { throw ValidationError(Message.nummerOption.text(language)) }
        }

        func run() throws {
            let printer = DiagnosticPrinter(languageOption.language)
            let path = try NewCommand.create(printer) {
                try Scaffold.sak(mote: mote, nummer: nummer.flatMap(Saksnummer.init), tittel: tittel, sakstype: sakstype,
                                 approvesReferat: godkjennerReferat)
            }
            // content/<utvalg>/<dato>/NN-YY.md: the content folder is three levels up.
            let content = ((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            NewCommand.report(created: path, content: (content as NSString).deletingLastPathComponent,
                              what: .createdSak(path), next: godkjennerReferat || sakstype?.lowercased() == RaadContent.Sakstype.godkjenning.rawValue.lowercased()
                                ? .nextStepsGodkjenning : .nextStepsSak,
                              printer)
        }
    }

    /// Runs a scaffold step, printing the new file's path, or the reason it was refused.
    @discardableResult
    static func create(_ printer: DiagnosticPrinter, _ step: () throws -> String) throws -> String {
        do {
            let path = try step()
            // The bare path is for scripts; in a terminal the Norwegian line that follows already names it.
            if isatty(STDOUT_FILENO) == 0 { print(path) }
            return path
        } catch let error as Scaffold.Failure {
            printer.error(error.message)
            throw ExitCode.failure
        }
    }
}
