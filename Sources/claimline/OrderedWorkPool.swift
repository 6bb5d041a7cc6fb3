import Foundation

/// Runs batches of documents through several workers, each on its own thread, and delivers
/// the results in submission order. At most `window` batches are in flight (queued, being
/// processed or finished but waiting for an earlier one), so memory stays bounded however
/// long the input is: the submitting thread blocks, delivering finished results, until the
/// oldest batch is done. Batches (rather than single documents) keep the cost of handing
/// work between threads small next to the work itself.
final class OrderedWorkPool: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    // Guarded by `condition`:
    private var queue: [(sequence: Int, batch: [InputItem])] = []
    private var queueHead = 0
    private var results: [BatchResult?]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var running = 0
    let workers: [DocumentWorker]

    init(workers: [DocumentWorker], window: Int) {
        self.workers = workers
        self.window = max(window, workers.count)
        self.results = Array(repeating: nil, count: self.window)
        running = workers.count
        for worker in workers {
            let thread = Thread { [self] in self.serve(worker) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues one batch; delivers every result that is ready, in order, meanwhile.
    func submit(_ batch: [InputItem], deliver: (BatchResult) throws -> Void) throws {
        try deliverReady(until: { $0.submitted - $0.delivered < $0.window }, deliver)
        condition.lock()
        queue.append((submitted, batch))
        submitted += 1
        condition.broadcast()
        condition.unlock()
        try deliverReady(until: { _ in true }, deliver)
    }

    /// Delivers everything submitted so far, waiting for it (before the input blocks).
    func drain(deliver: (BatchResult) throws -> Void) throws {
        try deliverReady(until: { $0.delivered == $0.submitted }, deliver)
    }

    /// Delivers everything still pending and stops the workers.
    func finish(deliver: (BatchResult) throws -> Void) throws {
        defer { stop() }
        try deliverReady(until: { $0.delivered == $0.submitted }, deliver)
    }

    /// Delivers ready results in order; blocks while `done` is false and nothing is ready.
    private func deliverReady(until done: (OrderedWorkPool) -> Bool, _ deliver: (BatchResult) throws -> Void) throws {
        condition.lock()
        while true {
            if delivered < submitted, let batch = results[delivered % window] {
                results[delivered % window] = nil
                delivered += 1
                condition.broadcast()
                condition.unlock()
                do { try deliver(batch) } catch { stop(); throw error }
                condition.lock()
                continue
            }
            if done(self) { break }
            condition.wait()
        }
        condition.unlock()
    }

    /// Tells the workers to stop after their current document, and waits for them.
    private func stop() {
        condition.lock()
        closed = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func serve(_ worker: DocumentWorker) {
        condition.lock()
        while true {
            while queueHead == queue.count && !closed { condition.wait() }
            if closed { break }
            let (sequence, batch) = queue[queueHead]
            queue[queueHead].batch = []  // taken: its inputs must not stay alive in the queue
            queueHead += 1
            // Drop taken entries, so the queue's size is bounded by the window even when it
            // never runs empty.
            if queueHead == queue.count || queueHead >= 64 {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let result = worker.results(batch)
            condition.lock()
            if closed { break }
            results[sequence % window] = result
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
