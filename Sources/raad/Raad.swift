import ArgumentParser

@main
struct Raad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raad",
        abstract: "Publishes the national councils' møter, saker and vedtak as a static site.",
        subcommands: [BuildCommand.self],
        defaultSubcommand: nil)
}
