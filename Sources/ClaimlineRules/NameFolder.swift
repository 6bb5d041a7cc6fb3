import ClaimlineCore
import ClaimlineICU

/// A name part folded to its matching key, with the rules that changed it on the way.
public struct FoldedPart: Sendable, Equatable {
    /// The key two spellings of one name part share ("oumar", "Umar" → "umar").
    public var key: String
    /// Ids of the fold rules that changed the part, in the order they applied.
    public var rules: [String]
    /// Set when the part is a listed particle (al-, Ould, Abu, …).
    public var particle: FoldRules.ParticleUse?
    /// Index of the part's do-not-merge class, or -1.
    public var guardClass: Int32
}

/// Applies `FoldRules` to name parts. Owns compiled ICU transliterators, so one instance
/// belongs to one thread; the entities plan builds one at load time to report rule errors,
/// and each worker a sibling from its `tables` that compiles an ICU section only when a part
/// first needs it (most English text never needs the Arabic one).
public final class NameFolder {
    /// What the rules compile to besides ICU: built once, shared by the folders of all workers.
    public struct Tables: Sendable {
        fileprivate var script: [FoldRules.ScriptSection] = []
        fileprivate var rewrites = RewriteProgram([])
        fileprivate var particles: [String: FoldRules.WordClass] = [:]
        /// Rewritten spelling → (rewritten key, variant id).
        fileprivate var variants: [String: (key: String, id: String)] = [:]
        fileprivate var guards: [String: Int32] = [:]
        fileprivate var conflicts: Set<Int64> = []
        /// Filters in front of `particles`, `variants` and `guards`, built once they are complete.
        fileprivate var particleFilter = KeyFilter([])
        fileprivate var variantFilter = KeyFilter([])
        fileprivate var guardFilter = KeyFilter([])
    }

    public private(set) var tables = Tables()
    /// The compiled ICU section of each `tables.script` entry, once a part has needed it.
    private var sections: [Transliterator?]
    /// Parts already folded: tables repeat parts ("al", "Abu", "Ould") across many forms.
    private var memo: [UTF8Key: FoldedPart] = [:]
    /// What the sections made of parts in earlier runs, and what they make of new ones.
    private let scriptFolds: ScriptFoldCache?

    /// Compiles and checks the rules. With `scriptFolds` holding the folds of an earlier run
    /// (made with these very sections, which compiled then), the sections are compiled only
    /// for a part it lacks; otherwise all of them now, so that ICU's errors are reported.
    public init(_ rules: FoldRules, scriptFolds: ScriptFoldCache? = nil) throws(RuleErrors) {
        var errors: [RuleError] = []
        var sections = [Transliterator?](repeating: nil, count: rules.script.count)
        self.scriptFolds = scriptFolds
        for (i, section) in rules.script.enumerated() where scriptFolds?.isWarm != true {
            do { sections[i] = try Transliterator(name: section.id, rules: section.rules) } catch {
                errors.append(RuleError(Self.location(of: error, in: section), "ICU rejected rule of \(section.id): \(error.name)"))
            }
        }
        self.sections = sections
        tables.script = rules.script
        tables.rewrites = RewriteProgram(rules.rewrites)
        // A spelling names its class; the key itself only when no class lists it as a
        // spelling ("al" is the plain article, not only the key of the assimilated ones).
        for p in rules.particles { for s in p.spellings { tables.particles[plain(s).text] = p } }
        for p in rules.particles where tables.particles[plain(p.key).text] == nil { tables.particles[plain(p.key).text] = p }
        buildVariants(rules.variants, into: &errors)
        buildGuards(rules.doNotMerge, into: &errors)
        tables.particleFilter = KeyFilter(tables.particles.keys)
        tables.variantFilter = KeyFilter(tables.variants.keys)
        tables.guardFilter = KeyFilter(tables.guards.keys)
        if !errors.isEmpty { throw RuleErrors(errors) }
    }

    /// A folder for another thread, from the tables of one that has checked the rules.
    public init(sharing tables: Tables) {
        self.tables = tables
        self.sections = Array(repeating: nil, count: tables.script.count)
        self.scriptFolds = nil
    }

    /// Where in the file an ICU parse error lies: ICU gives a UTF-16 offset into the section's
    /// text (and a line only for some rule kinds).
    static func location(of error: ICUError, in section: FoldRules.ScriptSection) -> SourceLocation {
        var line = section.location.line, column = 1, units = 0
        for s in section.rules.unicodeScalars {
            if units >= Int(error.parseOffset) { break }
            units += s.utf16.count
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: section.location.file, line: line, column: column)
    }

    private func buildVariants(_ classes: [FoldRules.WordClass], into errors: inout [RuleError]) {
        for word in classes {
            let key = rewrite(plain(word.key).text).text
            for spelling in [word.key] + word.spellings {
                let folded = rewrite(plain(spelling).text).text
                if let other = tables.variants[folded], other.key != key {
                    errors.append(RuleError(word.location, "spelling \"\(spelling)\" of \(word.id) folds to \"\(folded)\", already a spelling of \(other.id)"))
                    continue
                }
                tables.variants[folded] = (key, word.id)
            }
        }
    }

    private func buildGuards(_ pairs: [FoldRules.Pair], into errors: inout [RuleError]) {
        for pair in pairs {
            let a = guardClass(plain(pair.a).text), b = guardClass(plain(pair.b).text)
            if let va = tables.variants[rewrite(plain(pair.a).text).text], let vb = tables.variants[rewrite(plain(pair.b).text).text],
               va.id == vb.id, va.key == vb.key {
                errors.append(RuleError(pair.location, "\(pair.a) and \(pair.b) are listed as spellings of one name by \(va.id)"))
            }
            tables.conflicts.insert(Int64(a) << 32 | Int64(b))
            tables.conflicts.insert(Int64(b) << 32 | Int64(a))
        }
    }

    private func guardClass(_ word: String) -> Int32 {
        if let g = tables.guards[word] { return g }
        let g = Int32(tables.guards.count)
        tables.guards[word] = g
        return g
    }

    /// False when the two parts are a listed do-not-merge pair.
    @inline(__always)
    public func mayMatch(text: Int32, form: Int32) -> Bool {
        if text < 0 || form < 0 || text == form { return true }
        return !tables.conflicts.contains(Int64(text) << 32 | Int64(form))
    }

    /// Folds one name part (no spaces or hyphens inside), remembering the result: the tables
    /// repeat parts ("al", "Abu", "Ould") across many forms.
    public func fold(_ part: String) -> FoldedPart {
        let key = UTF8Key(part)
        if let hit = memo[key] { return hit }
        let result = foldOnce(part)
        if memo.count >= 100_000 { memo.removeAll(keepingCapacity: true) }
        memo[key] = result
        return result
    }

    /// Folds one name part without remembering it, for callers that keep their own cache.
    public func foldOnce(_ part: String) -> FoldedPart {
        let (text, scriptRules) = plain(part)
        let guardClass = tables.guardFilter.mayContain(text) ? tables.guards[text] ?? -1 : -1
        if tables.particleFilter.mayContain(text), let p = tables.particles[text] {
            return FoldedPart(key: p.key, rules: text == p.key ? scriptRules : scriptRules + [p.id], particle: p.use,
                              guardClass: guardClass)
        }
        var (key, rules) = rewrite(text)
        if tables.variantFilter.mayContain(key), let v = tables.variants[key], v.key != key {
            key = v.key
            rules.append(v.id)
        }
        // Most parts hold only ASCII letters: no script rule to put first, nothing to concatenate.
        return FoldedPart(key: key, rules: scriptRules.isEmpty ? rules : scriptRules + rules, particle: nil,
                          guardClass: guardClass)
    }

    /// The key `foldOnce` gives a part of ASCII letters and digits, lower-cased in the first
    /// `count` bytes of `part`: written over `part`, with `spare` (as large) for scratch, so
    /// that nothing is allocated; returns its length. Nil when a table may list the part or
    /// its key (particle, do-not-merge class, variant spelling) or the rewrites outgrow the
    /// room: `foldOnce` then decides. The ids of the rules applied are not collected.
    public func plainASCIIKey(_ part: UnsafeMutableBufferPointer<UInt8>, count: Int,
                              spare: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let text = UnsafeBufferPointer(rebasing: part[..<count])
        if tables.guardFilter.mayContain(bytes: text) || tables.particleFilter.mayContain(bytes: text) { return nil }
        guard let n = tables.rewrites.run(inPlace: part, count: count, spare: spare, applied: { _ in }) else { return nil }
        return tables.variantFilter.mayContain(bytes: UnsafeBufferPointer(rebasing: part[..<n])) ? nil : n
    }

    /// Script sections (for parts holding anything but ASCII letters and digits), then lower case.
    private func plain(_ part: String) -> (text: String, rules: [String]) {
        // Read through `withUTF8`: iterating `utf8` costs several times more per byte.
        var bytes = part
        let (simple, upper) = bytes.withUTF8 { utf8 in
            var upper = false
            for b in utf8 {
                if b &- 97 < 26 || b &- 48 < 10 { continue }
                if b &- 65 < 26 { upper = true; continue }
                return (false, upper)
            }
            return (true, upper)
        }
        if simple { return (upper ? Self.asciiLowercased(&bytes) : part, []) }
        // What the loop below makes of a part is kept across runs: a change to the loop must
        // raise `ScriptFoldCache.format`.
        if let known = scriptFolds?[part] { return (known.text.lowercased(), known.rules) }
        var text = part
        var rules: [String] = []
        for i in tables.script.indices {
            // Judged on the part as the earlier sections left it.
            if tables.script[i].nonASCIIOnly && text.utf8.allSatisfy({ $0 < 0x80 }) { continue }
            guard let out = try? section(i)?.apply(text) else { continue }
            if out.unicodeScalars.elementsEqual(text.unicodeScalars) { continue }
            text = out
            rules.append(tables.script[i].id)
        }
        scriptFolds?.add(part, (text, rules))
        return (text.lowercased(), rules)
    }

    /// The transliterator of script section `i`, compiled on first use (the rules were checked
    /// when the tables were built).
    private func section(_ i: Int) -> Transliterator? {
        if let t = sections[i] { return t }
        sections[i] = try? Transliterator(name: tables.script[i].id, rules: tables.script[i].rules)
        return sections[i]
    }

    /// `lowercased()` of a string of ASCII letters and digits.
    private static func asciiLowercased(_ s: inout String) -> String {
        s.withUTF8 { utf8 in
            String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (n, b) in utf8.enumerated() { buffer[n] = b &- 65 < 26 ? b | 0x20 : b }
                return utf8.count
            }
        }
    }

    /// The rewrite rules in order; returns the ids of those that changed the text.
    private func rewrite(_ text: String) -> (text: String, rules: [String]) {
        var text = text
        var bytes = text.withUTF8 { Array($0) }
        let ids = tables.rewrites.ids
        guard ids.count <= 64 else {
            var applied: [String] = []
            tables.rewrites.run(&bytes) { applied.append(ids[$0]) }
            return (String(decoding: bytes, as: UTF8.self), applied)
        }
        // Rules apply in order, each once at most: a bit per rule keeps their order, and the
        // list is then allocated once at its size (growing it id by id reallocates it).
        var mask: UInt64 = 0
        tables.rewrites.run(&bytes) { mask |= 1 << UInt64($0) }
        return (String(decoding: bytes, as: UTF8.self), Self.ids(ids, in: mask))
    }

    /// The ids whose bits are set in `mask`, in order.
    private static func ids(_ ids: [String], in mask: UInt64) -> [String] {
        if mask == 0 { return [] }
        var applied: [String] = []
        applied.reserveCapacity(mask.nonzeroBitCount)
        var rest = mask
        while rest != 0 {
            applied.append(ids[rest.trailingZeroBitCount])
            rest &= rest - 1
        }
        return applied
    }
}
