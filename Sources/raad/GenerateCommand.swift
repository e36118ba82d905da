import ArgumentParser
import Foundation
import RaadBench
import RaadMessages

/// `raad generate`: a synthetic archive for benchmarks; hidden from help, since editors never need it.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic archive of N saker (for benchmarks).",
        shouldDisplay: false)

    @Option(help: "How many saker to write.")
    var saker: Int

    @Option(help: "The folder to write the content into; it must not exist or be empty.")
    var output: String

    @Option(help: "The seed; the same seed and count give byte-identical files.")
    var seed: UInt64 = 1

    func validate() throws {
        if saker < 1 { throw ValidationError("--saker must be at least 1") }
    }

    func run() throws {
        do {
            let summary = try ArchiveGenerator(saker: saker, seed: seed).write(to: output)
            print("Wrote \(summary.saker) saker in \(summary.moter) møter (\(summary.files) files, \(summary.bytes / 1_000_000) MB) into \(output)/")
        } catch {
            DiagnosticPrinter(.fromLocale(ProcessInfo.processInfo.environment)).error(Message(verbatim: error.description))
            throw ExitCode.failure
        }
    }
}
