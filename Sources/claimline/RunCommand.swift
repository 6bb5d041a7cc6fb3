import ArgumentParser
import ClaimlineCore
import ClaimlineICU
import ClaimlineStages
import Foundation

/// Runs the pipeline over files, folders or standard input and writes one JSON line per document.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the pipeline and write one JSON record per document to standard output.",
        discussion: """
            Exit status: 0 every document was processed; 1 some documents failed (their error \
            records are in the output); 2 nothing could run (usage, pipeline, rule table or \
            metadata table error, or the output could not be written).
            """
    )

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var pipeline: PipelineOptions

    @Option(name: .long, help: "How standard input is read: text (one document) or jsonl (one {\"id\",\"text\",\"date\"} a line).")
    var inputFormat: InputFormat = .text

    @Option(name: .long, help: "Document date (YYYY-MM-DD) for inputs whose metadata gives none.")
    var date: String?

    @Option(name: .long, help: "Metadata KEY=VALUE (source, translator, language or any other key) for inputs whose metadata gives none; repeatable.")
    var meta: [String] = []

    @Option(name: .long, help: "Id of the document read from standard input as text.")
    var id: String = "stdin"

    @Option(name: .long, help: "Read files and standard input text in this encoding (an ICU name such as windows-1256) instead of detecting it.")
    var encoding: String?

    @Flag(name: .long, help: "Replace invalid bytes with U+FFFD instead of failing the document.")
    var replaceInvalid = false

    // `.unconditional` (here and on `jobs`): "-5" is the value, refused by `validate()`, not taken for a flag.
    @Option(name: .long, parsing: .unconditional, help: "Largest document in bytes; larger ones get a too_large error record.")
    var maxBytes: Int = 64 << 20

    @Option(name: [.short, .long], parsing: .unconditional, help: "Documents processed in parallel (default: the cores this process may use: its CPU affinity and cgroup quota).")
    var jobs: Int?

    @Flag(name: .long, help: "Print the time spent in each step and its MB/s to standard error.")
    var stats = false

    @Option(name: .long, help: "Output: jsonl (records) or brat (<id>.txt and <id>.ann into --output).")
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: "Folder to write into. jsonl: records.jsonl, manifest.jsonl and failures.jsonl instead of records on standard output; brat: the documents as brat standoff.")
    var output: String?

    @Argument(help: "Files or folders (folders: every *.txt below them). None: read standard input.")
    var paths: [String] = []

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, found \"\(date)\"") }
        _ = try defaultMetadata()
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        // Each job holds a pipeline of its own (about 1 MB) and a thread: a mistyped count
        // would take minutes and gigabytes before the first document.
        if let jobs, jobs > 1024 { throw ValidationError("--jobs must be at most 1024") }
        if format == .brat && output == nil { throw ValidationError("--format brat needs --output DIR") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
        if let encoding, case .failure(let f) = TextDecoder(forcedEncoding: encoding).decode([0x20]), f.code == "unknown_encoding" {
            throw ValidationError("--encoding: \(f.message)")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        // Many documents: some word among them will most likely need ICU's transliterators,
        // whose registry is then built while the tables load, not when the word comes. One
        // document opens them only if its text needs them (see `ScriptFoldCache`).
        if !singleDocument { Transliterator.buildRegistryInBackground() }
        let defaults = try defaultMetadata()
        let driver: RunDriver
        do {
            let plan = try pipeline.loadPlan()
            let records = format == .jsonl ? output : nil
            let sink: any RecordSink = try records.map { dir throws(OutputError) in try DirectorySink(directory: dir) } ?? StandardOutputSink()
            let decoder = TextDecoder(forcedEncoding: encoding, replaceInvalid: replaceInvalid)
            driver = try RunDriver(plan: plan, jobs: singleDocument ? 1 : jobs ?? UsableCores.count, decoder: decoder, defaults: defaults, sink: sink,
                                   checksums: records != nil, bratFolder: format == .brat ? output : nil)
        } catch {
            FileHandle.standardError.write(Data("claimline: \(error)\n".utf8))
            throw ExitStatus.cannotStart
        }
        let failed = try driver.run { submit in try readInputs(defaults: defaults, driver: driver, submit) }
        if stats { FileHandle.standardError.write(Data(driver.statsReport().utf8)) }
        // The workers, their stages and the plan's tables stay allocated until the process
        // ends: freeing them one by one costs more than a run over one short document.
        _ = Unmanaged.passRetained(driver)
        if failed > 0 { throw ExitStatus.someDocumentsFailed }
    }

    /// `--date` and `--meta`, as the metadata of inputs that bring none.
    private func defaultMetadata() throws -> DocumentMetadata {
        var defaults = DocumentMetadata()
        defaults.date = date.flatMap(CalendarDate.init(iso:))
        for pair in meta {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else { throw ValidationError("--meta expects KEY=VALUE, found \"\(pair)\"") }
            let key = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
            do throws(RuleError) { try Sidecars.apply(key, .string(value), to: &defaults, at: SourceLocation(file: "--meta", line: 1)) } catch {
                throw ValidationError("--meta: \(error.message)")
            }
        }
        return defaults
    }

    /// One document (stdin text, or one file): workers beyond the first would only cost start-up time.
    private var singleDocument: Bool {
        if paths.isEmpty { return inputFormat == .text }
        var st = stat()
        return paths.count == 1 && stat(paths[0], &st) == 0 && st.st_mode & S_IFMT != S_IFDIR
    }

    private func readInputs(defaults: DocumentMetadata, driver: RunDriver, _ submit: (InputItem) throws -> Void) throws {
        if !paths.isEmpty {
            return try FileInput(maxBytes: maxBytes, defaults: defaults).read(paths, emit: submit)
        }
        let stdin = StandardInput(maxBytes: maxBytes)
        switch inputFormat {
        case .text:
            let payload: InputItem.Payload
            switch stdin.readWhole() {
            case .bytes(let bytes): payload = .bytes(bytes, defaults)
            case .tooLarge(let n): payload = .failed(code: "too_large", message: "standard input has more than --max-bytes \(maxBytes) bytes", bytes: n)
            case .unreadable(let reason): payload = .failed(code: "unreadable", message: "cannot read standard input: \(reason)", bytes: 0)
            }
            try submit(InputItem(id: id, path: nil, line: nil, payload: payload))
        case .jsonl:
            try stdin.readLines(beforeBlocking: driver.flush) { line in
                switch line {
                case .text(let bytes, let number):
                    try submit(InputItem(id: nil, path: nil, line: number, payload: .jsonLine(bytes)))
                case .tooLong(let bytes, let number):
                    let message = "line \(number) has \(bytes) bytes, more than --max-bytes \(maxBytes)"
                    try submit(InputItem(id: nil, path: nil, line: number, payload: .failed(code: "too_large", message: message, bytes: bytes)))
                }
            }
        }
    }
}
