import ArgumentParser
import ClaimlineCore
import ClaimlineRecords
import ClaimlineStages
import Foundation

/// Runs the pipeline over files, folders or standard input and writes one JSON line per document.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the pipeline and write one JSON record per document to standard output."
    )

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var pipeline: PipelineOptions

    @Option(name: .long, help: "How standard input is read: text (one document) or jsonl (one {\"id\",\"text\",\"date\"} a line).")
    var inputFormat: InputFormat = .text

    @Option(name: .long, help: "Document date (YYYY-MM-DD) for inputs that carry none.")
    var date: String?

    @Option(name: .long, help: "Output: jsonl (records on standard output) or brat (<id>.txt and <id>.ann into --output).")
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: "Folder for --format brat.")
    var output: String?

    @Argument(help: "Files or folders (folders: every *.txt below them). None: read standard input.")
    var paths: [String] = []

    func run() throws {
        let plan: PipelinePlan
        let worker: Pipeline
        do {
            plan = try pipeline.loadPlan()
            worker = try plan.makePipeline()
        } catch {
            FileHandle.standardError.write(Data("claimline: \(error)\n".utf8))
            throw ExitStatus.cannotStart
        }
        var failed = 0
        var w = JSONWriter()
        let out = FileHandle.standardOutput
        func emit(_ document: Document) {
            var doc = document
            w.reset()
            do {
                try worker.run(&doc)
                if format == .brat { if !Self.writeBrat(doc, toFolder: output!) { failed += 1 }; return }
                DocumentRecord.write(doc, into: &w)
            } catch {
                failed += 1
                w.reset()
                DocumentRecord.writeError(id: doc.id, line: nil, metadata: doc.metadata, code: error.code, message: error.description, into: &w)
            }
            w.newline()
            out.write(Data(w.bytes))
        }
        func emitError(id: String?, line: Int?, code: String, message: String) {
            failed += 1
            w.reset()
            DocumentRecord.writeError(id: id, line: line, metadata: nil, code: code, message: message, into: &w)
            w.newline()
            out.write(Data(w.bytes))
        }
        let fallbackDate = date.flatMap(CalendarDate.init(iso:))
        if paths.isEmpty {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            switch inputFormat {
            case .text:
                switch Decoding.decode(bytes) {
                case .success(let (text, encoding)):
                    var meta = DocumentMetadata()
                    meta.date = fallbackDate
                    meta.encoding = encoding
                    emit(Document(id: "stdin", text: text, metadata: meta))
                case .failure(let f): emitError(id: "stdin", line: nil, code: f.code, message: f.message)
                }
            case .jsonl:
                var lineNumber = 0
                for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    lineNumber += 1
                    if line.isEmpty || line == [13] { continue }
                    switch JSONLInput.parse(Array(line), lineNumber: lineNumber, fallbackDate: fallbackDate) {
                    case .success(let doc): emit(doc)
                    case .failure(let f): emitError(id: f.id, line: lineNumber, code: f.code, message: f.message)
                    }
                }
            }
        } else {
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    emitError(id: path, line: nil, code: "unreadable", message: "cannot read \(path)")
                    continue
                }
                switch Decoding.decode([UInt8](data)) {
                case .success(let (text, encoding)):
                    var meta = DocumentMetadata()
                    meta.date = fallbackDate
                    meta.path = path
                    meta.encoding = encoding
                    emit(Document(id: (path as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: ""), text: text, metadata: meta))
                case .failure(let f): emitError(id: path, line: nil, code: f.code, message: f.message)
                }
            }
        }
        if failed > 0 { throw ExitStatus.someDocumentsFailed }
    }
}
