import Foundation
import Testing

@Suite("Bounded memory")
struct MemoryTests {
    /// Peak RSS in MB, as `--stats` reports it (the process's own VmHWM).
    func peakRSS(documents: Int, jobs: Int) throws -> Int? {
        let body = String(repeating: "Mr. Hamaha said on Friday that “he is alive” — قال إنه حي. ", count: 10)
        let lines = (0..<documents).map { JSON.line(["id": "d\($0)", "text": "\($0) " + body]) }
        let result = try CLI.run(["run", "--input-format", "jsonl", "--stats", "--jobs", "\(jobs)"],
                                 stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.lines.count == documents)
        guard let range = result.stderr.range(of: "peak RSS ") else { return nil }
        return Int(result.stderr[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("peak RSS over 3,200 documents stays within 20 % of that over 400", arguments: [1, 2])
    func rssIndependentOfDocumentCount(jobs: Int) throws {
        let small = try #require(try peakRSS(documents: 400, jobs: jobs))
        let large = try #require(try peakRSS(documents: 3_200, jobs: jobs))
        #expect(Double(large) <= Double(small) * 1.2, "400 docs: \(small) MB, 3,200 docs: \(large) MB")
    }
}
