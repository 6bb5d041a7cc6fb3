import ArgumentParser
import Foundation

extension Claimline {
    /// Like ArgumentParser's `main`, but usage errors exit with 2, the status claimline
    /// uses for everything that stops a run before it starts (ArgumentParser uses 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            FileHandle.standardError.write(Data("claimline: \(message(for: error))\n".utf8))
            Foundation.exit(ExitStatus.cannotStart.rawValue)
        }
    }
}
