import Foundation

/// Runs the built `claimline` binary: `.build/<config>/claimline`, found beside the test
/// bundle (or from this file's place in the package when that fails).
enum CLI {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String

        var text: String { String(decoding: stdout, as: UTF8.self) }
        var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        var records: [[String: Any]] { lines.map(JSON.object) }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        var candidates: [URL] = []
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("claimline"))
            folder = folder.deletingLastPathComponent()
        }
        for config in ["debug", "release"] {
            candidates.append(packageRoot.appendingPathComponent(".build/\(config)/claimline"))
        }
        return candidates.first { isExecutableFile($0) } ?? candidates.last!
    }()

    private static func isExecutableFile(_ url: URL) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &dir) && !dir.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// Runs `claimline ARGS` with `stdin` as its standard input; stdout and stderr go through
    /// files so that large outputs cannot fill a pipe. `launcher` (`["/usr/bin/taskset", "-c", "0"]`)
    /// runs claimline through another command; `environment` adds to (or replaces) variables.
    static func run(_ arguments: [String], stdin: Data = Data(), in directory: URL? = nil,
                    launcher: [String] = [], environment: [String: String] = [:]) throws -> Result {
        let scratch = try Scratch()
        let inURL = try scratch.file("stdin", [UInt8](stdin))
        let outURL = try scratch.file("stdout", [UInt8]())
        let errURL = try scratch.file("stderr", [UInt8]())
        let process = Process()
        if let command = launcher.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = launcher.dropFirst() + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory ?? packageRoot
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func run(_ arguments: [String], stdin: String) throws -> Result { try run(arguments, stdin: Data(stdin.utf8)) }
}

enum JSON {
    static func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? ["unparsable": line]
    }

    static func line(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}

/// A temporary folder removed when the value goes away.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("claimline-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        return target
    }

    @discardableResult
    func file(_ name: String, _ text: String) throws -> URL { try file(name, Array(text.utf8)) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

enum Seed {
    static let id = "000_5e63b64f8ebb7a33"
    static let url = CLI.packageRoot.appendingPathComponent("Corpora/seed/\(id).txt")
    static let bytes: [UInt8] = (try? [UInt8](Data(contentsOf: url))) ?? []
    static var text: String { String(decoding: bytes, as: UTF8.self) }
}
