import Foundation

/// Runs documents through several workers, each on its own thread, and delivers the
/// results in submission order. At most `window` documents are in flight (queued, being
/// processed or finished but waiting for an earlier one), so memory stays bounded however
/// long the input is: the submitting thread blocks, delivering finished results, until the
/// oldest document is done.
final class OrderedWorkPool: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    // Guarded by `condition`:
    private var queue: [(sequence: Int, item: InputItem)] = []
    private var queueHead = 0
    private var results: [WorkResult?]
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

    /// Queues one input; delivers every result that is ready, in order, meanwhile.
    func submit(_ item: InputItem, deliver: (WorkResult) throws -> Void) throws {
        try deliverReady(until: { $0.submitted - $0.delivered < $0.window }, deliver)
        condition.lock()
        queue.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
        try deliverReady(until: { _ in true }, deliver)
    }

    /// Delivers everything submitted so far, waiting for it (before the input blocks).
    func drain(deliver: (WorkResult) throws -> Void) throws {
        try deliverReady(until: { $0.delivered == $0.submitted }, deliver)
    }

    /// Delivers everything still pending and stops the workers.
    func finish(deliver: (WorkResult) throws -> Void) throws {
        defer { stop() }
        try deliverReady(until: { $0.delivered == $0.submitted }, deliver)
    }

    /// Delivers ready results in order; blocks while `done` is false and nothing is ready.
    private func deliverReady(until done: (OrderedWorkPool) -> Bool, _ deliver: (WorkResult) throws -> Void) throws {
        condition.lock()
        while true {
            if delivered < submitted, let result = results[delivered % window] {
                results[delivered % window] = nil
                delivered += 1
                condition.broadcast()
                condition.unlock()
                do { try deliver(result) } catch { stop(); throw error }
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
            let (sequence, item) = queue[queueHead]
            queueHead += 1
            if queueHead == queue.count { queue.removeAll(keepingCapacity: true); queueHead = 0 }
            condition.unlock()
            let result = worker.process(item)
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
