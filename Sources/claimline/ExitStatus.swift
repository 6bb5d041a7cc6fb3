import ArgumentParser

/// Exit statuses: 0 every document processed; 1 some documents failed (their error lines
/// are in the output); 2 nothing could start (usage, pipeline or rule-table errors).
enum ExitStatus {
    static let someDocumentsFailed = ExitCode(1)
    static let cannotStart = ExitCode(2)
}
