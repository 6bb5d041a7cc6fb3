import Foundation
import Testing

@Suite("--stats")
struct StatsTests {
    @Test("prints per-stage time and MB/s to standard error; records are unchanged")
    func statsOnStandardError() throws {
        let plain = try CLI.run(["run", "Corpora/seed"])
        let withStats = try CLI.run(["run", "--stats", "Corpora/seed"])
        #expect(withStats.stdout == plain.stdout)
        for step in ["decode", "clean", "normalize", "segment", "json out", "MB read", "MB/s"] {
            #expect(withStats.stderr.contains(step), "\(step) missing")
        }
    }
}
