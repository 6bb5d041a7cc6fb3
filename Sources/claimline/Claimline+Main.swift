import ArgumentParser
import ClaimlineICU
import Foundation

extension Claimline {
    /// Like ArgumentParser's `main`, but usage errors exit with 2, the status claimline
    /// uses for everything that stops a run before it starts (ArgumentParser uses 64).
    static func main() {
        let registry = startRegistry()
        do {
            var command = try parseAsRoot()
            try command.run()
            registry?.wait()
        } catch let code as ExitCode {
            registry?.wait()
            Foundation.exit(code.rawValue)
        } catch {
            registry?.wait()
            if exitCode(for: error) == .success { exit(withError: error) }
            FileHandle.standardError.write(Data("claimline: \(message(for: error))\n".utf8))
            Foundation.exit(ExitStatus.cannotStart.rawValue)
        }
    }

    /// `claimline run` needs ICU's registry of transliterators, whose building was a third of
    /// start-up on the thread that loads the entity tables: a thread of its own builds it
    /// while the arguments are parsed and the tables load. The process does not exit while
    /// that thread is inside ICU (the returned semaphore is waited for first).
    private static func startRegistry() -> DispatchSemaphore? {
        guard CommandLine.arguments.dropFirst().first == "run" else { return nil }
        let done = DispatchSemaphore(value: 0)
        Thread {
            Transliterator.buildRegistry()
            done.signal()
        }.start()
        return done
    }
}
