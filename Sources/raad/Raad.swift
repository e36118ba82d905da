import ArgumentParser
import Foundation

@main
struct Raad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raad",
        abstract: "Publishes the møter, saker and vedtak of councils and boards as a static site.",
        version: RaadVersion.description,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, GenerateCommand.self],
        defaultSubcommand: nil)

    /// Bad usage exits 2, as `grep` and `diff` do, so CI can tell it from a failed check (1); argument-parser's
    /// own default is 64.
    static let usageExitCode: Int32 = 2

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usageExitCode)
            }
            exit(withError: error)
        }
    }
}
