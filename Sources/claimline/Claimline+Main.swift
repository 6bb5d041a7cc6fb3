import ArgumentParser
import ClaimlineICU
import ClaimlinePipelines
import ClaimlineRules
import Foundation

extension Claimline {
    /// Like ArgumentParser's `main`, but usage errors exit with 2, the status claimline
    /// uses for everything that stops a run before it starts (ArgumentParser uses 64).
    static func main() {
        // `claimline run` folds the entity tables' non-ASCII spellings with ICU unless an
        // earlier run kept their folds or the default pipeline ships them (`ScriptFoldCache`);
        // with neither, ICU's registry is built from the first instruction, while the
        // arguments are parsed and tables load.
        if CommandLine.arguments.dropFirst().first == "run",
           !ScriptFoldCache.anyFile(in: [ScriptFoldCache.defaultDirectory, DefaultPipeline.folder(executable: Bundle.main.executableURL)]) {
            Transliterator.buildRegistryInBackground()
        }
        DefaultPlanPrefetch.start(for: Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot()
            try command.run()
            Transliterator.waitForRegistry()
        } catch let code as ExitCode {
            Transliterator.waitForRegistry()
            Foundation.exit(code.rawValue)
        } catch {
            Transliterator.waitForRegistry()
            if exitCode(for: error) == .success { exit(withError: error) }
            FileHandle.standardError.write(Data("claimline: \(message(for: error))\n".utf8))
            Foundation.exit(ExitStatus.cannotStart.rawValue)
        }
    }
}
