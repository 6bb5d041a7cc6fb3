import ArgumentParser
import ClaimlineCore
import ClaimlineICU
import ClaimlineRecords
import ClaimlineStages
import Foundation

/// Connects the input to the workers and the workers to the output: inline with one job,
/// through an `OrderedWorkPool` with more. Counts failures for the exit status.
final class RunDriver {
    private let workers: [DocumentWorker]
    private let pool: OrderedWorkPool?
    private let sink: any RecordSink
    private let brat: BratFolder?
    private var stats = RunStats()
    /// Inputs gathered for the next batch handed to a worker.
    private var batch: [InputItem] = []
    private var batchBytes = 0

    init(plan: PipelinePlan, jobs: Int, decoder: TextDecoder, defaults: DocumentMetadata, sink: any RecordSink,
         checksums: Bool, bratFolder: String? = nil) throws {
        var workers: [DocumentWorker] = []
        for _ in 0..<jobs {
            let worker = DocumentWorker(pipeline: try plan.makePipeline(), decoder: decoder, defaults: defaults, checksums: checksums)
            worker.makesBrat = bratFolder != nil
            workers.append(worker)
        }
        self.workers = workers
        self.sink = sink
        brat = bratFolder.map(BratFolder.init)
        pool = jobs > 1 ? OrderedWorkPool(workers: workers, window: jobs * 4) : nil
    }

    /// Runs `read`, which submits every input; returns the number of failed documents.
    /// A closed standard output ends the run quietly with status 0.
    func run(_ read: (_ submit: (InputItem) throws -> Void) throws -> Void) throws -> Int {
        do {
            try read(submit)
            try submitBatch()
            try pool?.finish(deliver: deliver)
            try sink.finish()
        } catch OutputError.brokenPipe {
            throw ExitCode.success
        } catch OutputError.failed(let reason) {
            sink.abandon()
            FileHandle.standardError.write(Data("claimline: \(reason)\n".utf8))
            throw ExitStatus.cannotStart
        } catch let error as CLIError {
            sink.abandon()
            FileHandle.standardError.write(Data("claimline: \(error)\n".utf8))
            throw ExitStatus.cannotStart
        }
        return stats.failed
    }

    /// Writes out every result so far: called before the input would block, so that a
    /// reader of a pipe gets the record of each line it has sent.
    func flush() throws {
        try submitBatch()
        try pool?.drain(deliver: deliver)
        try sink.flush()
    }

    func statsReport() -> String { stats.report(workers: workers, jobs: workers.count) }

    /// Inputs go to a worker in batches of up to 64 documents and 256 kB, whatever the number
    /// of jobs: a worker runs each stage over a whole batch (see `Pipeline.run(_:failures:)`),
    /// so a batch's documents and records are all in memory at once. Over the bench corpus
    /// (2 kB a document), batches of 64 ran as fast as larger ones and faster than batches
    /// of 16 or 32. An input that would take a batch past 256 kB starts the next one: a
    /// document that large is long enough to amortise the stages' code on its own.
    private static let batchDocuments = 64, batchBytesLimit = 256 << 10

    private func submit(_ item: InputItem) throws {
        let size = item.size
        if !batch.isEmpty && batchBytes + size > Self.batchBytesLimit { try submitBatch() }
        batch.append(item)
        batchBytes += size
        if batch.count >= Self.batchDocuments || batchBytes >= Self.batchBytesLimit { try submitBatch() }
    }

    private func submitBatch() throws {
        guard !batch.isEmpty else { return }
        let full = batch
        batch.removeAll(keepingCapacity: true)
        batchBytes = 0
        guard let pool else { return try deliver(workers[0].results(full)) }
        try pool.submit(full, deliver: deliver)
    }

    private func deliver(_ batch: BatchResult) throws {
        guard let brat else {
            batch.manifests.forEach(count)
            return try batch.records.withBytes { try sink.write(lines: $0, manifests: batch.manifests) }
        }
        try batch.records.withBytes { lines in
            var start = 0
            for (i, end) in batch.ends.enumerated() {
                defer { start = end }
                guard let files = batch.brat[i] else {
                    try deliver(record: UnsafeBufferPointer(rebasing: lines[start..<end]), manifest: batch.manifests[i])
                    continue
                }
                var out = JSONWriter(capacity: 1024)
                let manifest = brat.write(files, batch.manifests[i], into: &out)
                try out.withBytes { try deliver(record: $0, manifest: manifest) }
            }
        }
    }

    private func deliver(record: UnsafeBufferPointer<UInt8>, manifest: ManifestEntry) throws {
        count(manifest)
        try sink.write(record: record, manifest: manifest)
    }

    private func count(_ manifest: ManifestEntry) {
        stats.documents += 1
        if manifest.failed { stats.failed += 1 }
    }
}
