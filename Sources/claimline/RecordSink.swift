import ClaimlineRecords
import Foundation

/// Where results go: record lines to standard output, or with `--output DIR` the three
/// files `records.jsonl`, `manifest.jsonl` and `failures.jsonl` in DIR.
protocol RecordSink: AnyObject {
    func write(record: UnsafeBufferPointer<UInt8>, manifest: ManifestEntry) throws(OutputError)
    /// Several record lines at once, with the manifest entry of each.
    func write(lines: UnsafeBufferPointer<UInt8>, manifests: [ManifestEntry]) throws(OutputError)
    /// Sends out what is buffered (before the input blocks, so a pipe sees finished lines).
    func flush() throws(OutputError)
    /// Completes the output; for files, makes them appear under their final names.
    func finish() throws(OutputError)
    /// Gives up after an error that stops the run: temporary files are removed.
    func abandon()
}

final class StandardOutputSink: RecordSink {
    private let out = OutputFile(fd: 1)

    func write(record: UnsafeBufferPointer<UInt8>, manifest: ManifestEntry) throws(OutputError) { try out.write(record) }
    func write(lines: UnsafeBufferPointer<UInt8>, manifests: [ManifestEntry]) throws(OutputError) { try out.write(lines) }
    func flush() throws(OutputError) { try out.flush() }
    func finish() throws(OutputError) { try out.flush() }
    func abandon() { try? out.flush() }
}

/// Writes each file under a hidden temporary name in DIR and renames it at the end, so a
/// run that is killed leaves no half file under a name that looks complete.
final class DirectorySink: RecordSink {
    private struct Pending {
        let file: OutputFile
        let temporary: String
        let final: String
    }

    private let records: Pending
    private let manifest: Pending
    private let failures: Pending

    init(directory: String) throws(OutputError) {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw .failed("cannot create \(directory): \(error.localizedDescription)")
        }
        func open(_ name: String) throws(OutputError) -> Pending {
            let final = (directory as NSString).appendingPathComponent(name)
            let temporary = (directory as NSString).appendingPathComponent(".\(name).\(getpid()).partial")
            let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .failed("cannot write \(temporary): \(String(cString: strerror(errno)))") }
            return Pending(file: OutputFile(fd: fd), temporary: temporary, final: final)
        }
        records = try open("records.jsonl")
        manifest = try open("manifest.jsonl")
        failures = try open("failures.jsonl")
    }

    func write(record: UnsafeBufferPointer<UInt8>, manifest entry: ManifestEntry) throws(OutputError) {
        try records.file.write(record)
        try writeManifest(entry)
    }

    func write(lines: UnsafeBufferPointer<UInt8>, manifests: [ManifestEntry]) throws(OutputError) {
        try records.file.write(lines)
        for entry in manifests { try writeManifest(entry) }
    }

    private func writeManifest(_ entry: ManifestEntry) throws(OutputError) {
        try manifest.file.append { entry.writeManifestLine(into: &$0) }
        if entry.failed { try failures.file.append { entry.writeFailureLine(into: &$0) } }
    }

    func flush() throws(OutputError) {}

    func abandon() {
        for pending in [records, manifest, failures] {
            close(pending.file.fd)
            unlink(pending.temporary)
        }
    }

    func finish() throws(OutputError) {
        for pending in [records, manifest, failures] {
            try pending.file.flush()
            guard fsync(pending.file.fd) == 0 || errno == EINVAL, close(pending.file.fd) == 0 else {
                throw .failed("cannot complete \(pending.temporary): \(String(cString: strerror(errno)))")
            }
        }
        for pending in [records, manifest, failures] where rename(pending.temporary, pending.final) != 0 {
            throw .failed("cannot rename \(pending.temporary): \(String(cString: strerror(errno)))")
        }
    }
}
