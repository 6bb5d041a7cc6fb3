import ArgumentParser
import ClaimlineCore
import ClaimlineRecords
import Foundation

/// `run --format brat --output DIR`: each document's text and annotations as brat standoff,
/// to open in brat and correct into gold.
extension RunCommand {
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, brat
    }

    /// Writes `<id>.txt` and `<id>.ann`; reports on standard error and returns false when it cannot.
    static func writeBrat(_ document: Document, toFolder folder: String) -> Bool {
        do {
            try BratWriter.write(document, toFolder: URL(fileURLWithPath: folder))
            return true
        } catch {
            FileHandle.standardError.write(Data("claimline: \(document.id): cannot write brat output to \(folder): \(error)\n".utf8))
            return false
        }
    }
}
