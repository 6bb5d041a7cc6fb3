import ClaimlineCore
import ClaimlineRules
import ClaimlineStages
import Foundation

// Throughput of the dates stage over a JSON Lines corpus ({"id","text","date"} a line).
//
//   swift build -c release --product claimline-bench-dates
//   .build/release/claimline-bench-dates /work/benchdata/corpus.jsonl [Pipelines/default.pipeline] [--with-normalize]
//
// Reads and decodes the corpus first (not timed), then runs the pipeline's dates line alone
// (or clean + normalize + segment + dates with --with-normalize, timing each stage) and prints
// MB/s of UTF-8 text (wall time per stage, and CPU time of the whole pass), the best of three passes.
let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let withNormalize = CommandLine.arguments.contains("--with-normalize")
guard let corpusPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: claimline-bench-dates CORPUS.jsonl [PIPELINE] [--with-normalize]\n".utf8))
    exit(2)
}
let pipelineURL = URL(fileURLWithPath: arguments.dropFirst().first ?? "Pipelines/default.pipeline")

/// CPU time this process has used (user + system), in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

var documents: [Document] = []
var bytes = 0
let data = FileManager.default.contents(atPath: corpusPath) ?? Data()
for line in data.split(separator: UInt8(ascii: "\n")) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
          let text = object["text"] as? String else { continue }
    var metadata = DocumentMetadata()
    metadata.date = (object["date"] as? String).flatMap(CalendarDate.init(iso:))
    documents.append(Document(id: object["id"] as? String ?? "", text: text, metadata: metadata))
    bytes += text.utf8.count
}

do {
    var spec = try PipelineSpec(contentsOf: pipelineURL, displayPrefix: "Pipelines/")
    let kept: Set<StageKind> = withNormalize ? [.clean, .normalize, .segment, .dates] : [.dates]
    spec.stages = spec.stages.filter { kept.contains($0.kind) }
    let plan = try PipelinePlan(spec: spec)
    var best: [Double] = []
    var bestCPU = Double.infinity
    var found = 0
    for _ in 0..<3 {
        let pipeline = try plan.makePipeline()
        found = 0
        let cpuStart = cpuSeconds()
        for var document in documents {
            try pipeline.run(&document)
            found += document.dates.count
        }
        bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
        let seconds = pipeline.nanoseconds.map { Double($0) / 1e9 }
        best = best.isEmpty ? seconds : zip(best, seconds).map { min($0, $1) }
    }
    let mb = Double(bytes) / 1e6
    print("documents=\(documents.count) MB=\(String(format: "%.2f", mb)) dates=\(found)")
    for (stage, seconds) in zip(spec.stages, best) {
        print("\(stage.kind.rawValue): \(String(format: "%.3f", seconds)) s, \(String(format: "%.1f", mb / seconds)) MB/s")
    }
    // On a shared machine wall time includes waiting for a core; CPU time of the pass does not.
    print("all stages, CPU time of the pass: \(String(format: "%.3f", bestCPU)) s, \(String(format: "%.1f", mb / bestCPU)) MB/s")
} catch {
    FileHandle.standardError.write(Data("claimline-bench-dates: \(error)\n".utf8))
    exit(2)
}
