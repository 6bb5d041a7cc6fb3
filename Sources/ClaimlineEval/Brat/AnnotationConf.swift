import Foundation

/// The types a brat `annotation.conf` declares in its `[entities]` and `[events]` sections
/// (indentation marks a hierarchy, `!` an abstract type, `#` a comment). Gold files may use
/// such types beyond the scheme's; they are read and left out of the scores.
public struct AnnotationConf: Sendable, Equatable {
    public var types: Set<String>

    public init(types: Set<String> = []) { self.types = types }

    public init(text: String) {
        var types: Set<String> = []
        var section = ""
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = line; continue }
            guard section == "[entities]" || section == "[events]" else { continue }
            let name = line.prefix { $0 != "\t" && $0 != " " }
            types.insert(String(name.hasPrefix("!") ? name.dropFirst() : name))
        }
        self.types = types
    }

    /// The `annotation.conf` brat would use for documents in `folder`: the nearest one in the
    /// folder or above it, up to three levels (brat looks up the directory tree).
    public static func nearest(to folder: URL) -> AnnotationConf? {
        var dir = folder.standardizedFileURL
        for _ in 0..<4 {
            let url = dir.appendingPathComponent("annotation.conf")
            if let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) {
                return AnnotationConf(text: text)
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
