import ArgumentParser

@main
struct Raad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raad",
        abstract: "Publishes the national councils' møter, saker and vedtak as a static site.",
        subcommands: [BuildCommand.self, ServeCommand.self, NewCommand.self],
        defaultSubcommand: nil)
}
