import ClaimlineStages
import Foundation

/// `--stats`: where the time went, summed over workers, with each step's throughput over
/// the bytes read (whole JSON lines, or whole files), printed to standard error at the end
/// of a run.
struct RunStats {
    var documents = 0
    var failed = 0
    let started = DispatchTime.now().uptimeNanoseconds

    func report(workers: [DocumentWorker], jobs: Int) -> String {
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let bytes = workers.reduce(0) { $0 + $1.timing.bytes }
        let mb = Double(bytes) / 1e6
        var rows: [(String, UInt64)] = [("decode", workers.reduce(0) { $0 + $1.timing.decodeNanoseconds })]
        if let first = workers.first {
            for (i, stage) in first.pipeline.stages.enumerated() {
                rows.append((stage.kind.rawValue, workers.reduce(0) { $0 + $1.pipeline.nanoseconds[i] }))
            }
        }
        rows.append(("json out", workers.reduce(0) { $0 + $1.timing.writeNanoseconds }))
        var lines = [String(format: "claimline: %d documents (%d failed), %.2f MB read in %.3f s = %.1f MB/s whole run, %d job(s)",
                            documents, failed, mb, wall, mb / max(wall, 1e-9), jobs)]
        if let peak = Self.peakResidentKB() { lines[0] += ", peak RSS \(peak / 1024) MB" }
        lines.append("  step          seconds   share     MB/s")
        let total = rows.reduce(0) { $0 + $1.1 }
        for (name, ns) in rows {
            let s = Double(ns) / 1e9
            let share = total > 0 ? 100 * Double(ns) / Double(total) : 0
            let rate = s > 0 ? String(format: "%8.1f", mb / s) : "       -"
            lines.append("  " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%9.3f  %5.1f%%  ", s, share) + rate)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// This process's peak resident set size (VmHWM), from /proc; nil where there is none.
    static func peakResidentKB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
}
