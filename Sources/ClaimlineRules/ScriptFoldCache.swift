import ClaimlineCore
import ClaimlineICU
import Foundation

/// What the ICU script sections of the fold rules made of the name parts the tables hold,
/// kept on disk from one run to the next. Folding a table's Arabic-script and accented
/// spellings needs ICU's transliterators, and opening the first one makes ICU build its
/// registry of transliterators: about half of start-up, for a few hundred parts whose folds
/// never change. With their folds read from this file, a run of English text never opens a
/// transliterator at all.
///
/// A fold is a function of the part, the sections' rules and ICU's version: the file is
/// named by a SHA-256 of the rules and the version, so a changed section or another ICU
/// finds no file and folds afresh. Parts new to the file (a table gained a spelling) are
/// folded by ICU and added. Only ICU's output is kept, never what Swift does to it after.
/// A file that cannot be read whole is ignored; one that cannot be written is not written.
///
/// A release may ship the file beside its pipeline (`Scripts/spark/build-release.sh` does):
/// read from there, never written there, it lets the first run on a machine (or a run with
/// no cache folder, as on a cluster node) start as warm as the next.
public final class ScriptFoldCache {
    /// A part's text after the sections, and the ids of those that changed it.
    public typealias Fold = (text: String, rules: [String])

    /// Where the files go: `$CLAIMLINE_CACHE_DIR` (set but empty: nowhere), else
    /// `$XDG_CACHE_HOME/claimline`, else `~/.cache/claimline`.
    public static var defaultDirectory: String? {
        let environment = ProcessInfo.processInfo.environment
        if let dir = environment["CLAIMLINE_CACHE_DIR"] { return dir.isEmpty ? nil : dir }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/claimline" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/claimline" }
        return nil
    }

    /// Whether one of `directories` holds a file of folds at all. A run that finds none is the
    /// first (or keeps none): it will need ICU's registry, and can start building it at once.
    public static func anyFile(in directories: [String?]) -> Bool {
        directories.contains { directory in
            guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return false }
            return names.contains { $0.hasPrefix("script-folds-") && $0.hasSuffix(".tsv") }
        }
    }

    /// Part of the key and the file's first line: raise its number whenever
    /// `NameFolder.plain` applies the sections otherwise, so that no file of the old way is read.
    static let format = "claimline script folds 1"
    /// More distinct parts than any set of tables holds: a file is never grown past it.
    static let maxEntries = 200_000

    /// The file's path, nil when there is no directory to keep it in.
    public let path: String?
    /// Set when the folds were read from a file (kept or shipped): the sections need not be
    /// compiled until a part the file lacks comes up.
    public let isWarm: Bool
    private let key: String
    private var folds: [UTF8Key: Fold] = [:]
    private var added = 0

    /// `shipped`: a folder whose file of folds is read when `directory` holds none (the
    /// pipeline's folder); it is never written.
    public init(sections: [FoldRules.ScriptSection], directory: String? = ScriptFoldCache.defaultDirectory,
                shipped: String? = nil) {
        var material = "\(Self.format)\n\(Transliterator.icuVersions)\n"
        for s in sections { material += "\(s.id)\u{0}\(s.nonASCIIOnly)\u{0}\(s.rules)\u{0}" }
        let key = SHA256.hex(Array(material.utf8))
        self.key = key
        let name = "script-folds-\(key.prefix(32)).tsv"
        path = directory.map { "\($0)/\(name)" }
        // Parts folded beyond a shipped file's are kept in `path`, with the shipped ones.
        if let loaded = path.flatMap({ Self.read($0, key: key) }) ?? shipped.flatMap({ Self.read("\($0)/\(name)", key: key) }) {
            folds = loaded
            isWarm = true
        } else {
            isWarm = false
        }
    }

    public subscript(part: String) -> Fold? { folds[UTF8Key(part)] }

    /// Keeps the fold of a part for the file; a field that holds a tab or a line break (which
    /// name parts never do) is not kept.
    public func add(_ part: String, _ fold: Fold) {
        func breaksLines(_ s: String) -> Bool { s.utf8.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        guard folds.count < Self.maxEntries, !breaksLines(part), !breaksLines(fold.text), !fold.rules.contains(where: breaksLines)
        else { return }
        if folds.updateValue(fold, forKey: UTF8Key(part)) == nil { added += 1 }
    }

    /// Writes the file when parts were added: into a file of its own first, then renamed over
    /// the old one, so that a reader (another run) sees one whole file or the other.
    public func save() {
        guard added > 0, let path else { return }
        let lines = folds.map { part, fold in "\(part.text)\t\(fold.text)\t\(fold.rules.joined(separator: ","))\n" }
        let text = "\(Self.format)\t\(key)\n" + lines.sorted().joined()
        let folder = (path as NSString).deletingLastPathComponent
        // A name of its own: two writers (two runs, or two threads of one) never share one.
        let scratch = "\(path).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: scratch))
            guard rename(scratch, path) == 0 else { unlink(scratch); return }
            added = 0
        } catch {
            unlink(scratch)
        }
    }

    /// The folds of a file whose first line names this key, nil for anything else. Split on
    /// its bytes: splitting the text on characters would read Arabic letters grapheme by
    /// grapheme, and cost more than the folds it saves.
    static func read(_ path: String, key: String) -> [UTF8Key: Fold]? {
        guard let data = FileManager.default.contents(atPath: path), data.last == 0x0A else { return nil }
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        guard let header = lines.first, header.elementsEqual("\(format)\t\(key)".utf8) else { return nil }
        lines.removeFirst()
        var folds: [UTF8Key: Fold] = [:]
        folds.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty else { return nil }
            let rules = fields[2].split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) }
            folds[UTF8Key(String(decoding: fields[0], as: UTF8.self))] = (String(decoding: fields[1], as: UTF8.self), rules)
        }
        return folds
    }
}
