import ArgumentParser

@main
struct Claimline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimline",
        abstract: "Turn translated statements into source-attributed claim records (JSON Lines).",
        subcommands: [RunCommand.self, CheckCommand.self, EvalCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
