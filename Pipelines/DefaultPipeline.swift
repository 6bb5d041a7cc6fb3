import Foundation

/// Where the default pipeline file is: in the resource folder installed beside the
/// `claimline` binary, or else in the source tree this file was built from.
public enum DefaultPipeline {
    public static let resourceFolder = "claimline_ClaimlinePipelines.resources"

    /// Candidate locations, in order; the first that exists is used.
    public static func candidates(executable: URL?) -> [URL] {
        var urls: [URL] = []
        if let exe = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            urls.append(exe.appendingPathComponent(resourceFolder).appendingPathComponent("default.pipeline"))
        }
        urls.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("default.pipeline"))
        return urls
    }

    public static func locate(executable: URL?) -> URL? {
        candidates(executable: executable).first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The folder of the default pipeline, nil when there is none.
    public static func folder(executable: URL?) -> String? {
        locate(executable: executable)?.deletingLastPathComponent().path
    }
}
