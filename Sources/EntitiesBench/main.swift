// Measures the entities stage alone over a JSON Lines corpus: every document first goes
// through the stages before it (clean, normalize, segment; not timed), then the entities
// stage is timed on its own. Prints MB/s of document text (10^6 bytes of UTF-8).
//
//     entities-bench PIPELINE CORPUS.jsonl [--gazetteer PATH]... [--gazetteer-only] [--repeat N]
import ClaimlineCore
import ClaimlineRules
import ClaimlineStages
import Foundation

struct Arguments {
    var pipeline = ""
    var corpus = ""
    var gazetteers: [String] = []
    var only = false
    var repeats = 3

    init(_ args: [String]) {
        var rest = args.dropFirst()[...]
        var positional: [String] = []
        while let a = rest.popFirst() {
            switch a {
            case "--gazetteer": gazetteers.append(rest.popFirst() ?? "")
            case "--gazetteer-only": only = true
            case "--repeat": repeats = Int(rest.popFirst() ?? "") ?? 3
            default: positional.append(a)
            }
        }
        guard positional.count == 2 else {
            FileHandle.standardError.write(Data("usage: entities-bench PIPELINE CORPUS.jsonl [--gazetteer PATH]... [--gazetteer-only] [--repeat N]\n".utf8))
            exit(2)
        }
        pipeline = positional[0]
        corpus = positional[1]
    }
}

func loadDocuments(_ path: String) -> (docs: [Document], bytes: Int) {
    guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
    var docs: [Document] = []
    var bytes = 0
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let text = object["text"] as? String else { continue }
        var meta = DocumentMetadata()
        meta.date = (object["date"] as? String).flatMap(CalendarDate.init(iso:))
        docs.append(Document(id: object["id"] as? String ?? "\(docs.count)", text: text, metadata: meta))
        bytes += text.utf8.count
    }
    return (docs, bytes)
}

let args = Arguments(CommandLine.arguments)
let url = URL(fileURLWithPath: args.pipeline)
var spec = try PipelineSpec(contentsOf: url, displayPrefix: url.deletingLastPathComponent().path + "/")
spec.stages.removeAll { $0.kind == .dates || $0.kind == .claims }
if !args.gazetteers.isEmpty {
    try spec.addTables(args.gazetteers, key: "gazetteer", to: .entities, replacing: args.only)
}
let loadStart = Date()
let plan = try PipelinePlan(spec: spec)
let loadSeconds = Date().timeIntervalSince(loadStart)
let (documents, bytes) = loadDocuments(args.corpus)
let before = try plan.makePipeline()
var prepared = documents
for i in prepared.indices {
    let entitiesIndex = before.stages.firstIndex { $0.kind == .entities }!
    for stage in before.stages[..<entitiesIndex] { try stage.run(&prepared[i]) }
}
/// CPU time of this thread: on a shared machine wall time also counts other processes' turns.
func threadSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let entitiesStage = before.stages.first { $0.kind == .entities }!
var bestWall = Double.infinity, bestCPU = Double.infinity
var mentions = 0
for _ in 0..<args.repeats {
    var docs = prepared
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = threadSeconds()
    for i in docs.indices { try entitiesStage.run(&docs[i]) }
    bestCPU = min(bestCPU, threadSeconds() - cpu)
    bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    mentions = docs.reduce(0) { $0 + $1.entities.count }
}
let mb = Double(bytes) / 1e6
print(String(format: "documents %d, %.2f MB, tables loaded in %.2f s", documents.count, mb, loadSeconds))
print(String(format: "entities stage, best of %d: wall %.3f s = %.1f MB/s; thread CPU %.3f s = %.1f MB/s; %d mentions",
             args.repeats, bestWall, mb / bestWall, bestCPU, mb / bestCPU, mentions))
