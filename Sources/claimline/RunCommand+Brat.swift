import ArgumentParser

/// `run --format brat --output DIR`: each document's text and annotations as brat standoff,
/// to open in brat and correct into gold.
extension RunCommand {
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, brat
    }
}
