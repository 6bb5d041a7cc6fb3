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
/// belongs to one thread; the entities plan builds one at load time to report rule errors.
public final class NameFolder {
    private let sections: [(id: String, transliterator: Transliterator, nonASCIIOnly: Bool)]
    private let rewrites: RewriteProgram
    private var particles: [String: FoldRules.WordClass] = [:]
    /// Rewritten spelling → (rewritten key, variant id).
    private var variants: [String: (key: String, id: String)] = [:]
    private var guards: [String: Int32] = [:]
    private var conflicts: Set<Int64> = []
    /// Parts already folded: tables repeat parts ("al", "Abu", "Ould") across many forms.
    private var memo: [String: FoldedPart] = [:]

    public init(_ rules: FoldRules) throws(RuleErrors) {
        var errors: [RuleError] = []
        var sections: [(String, Transliterator, Bool)] = []
        for section in rules.script {
            do { sections.append((section.id, try Transliterator(name: section.id, rules: section.rules), section.nonASCIIOnly)) } catch {
                errors.append(RuleError(Self.location(of: error, in: section), "ICU rejected rule of \(section.id): \(error.name)"))
            }
        }
        self.sections = sections
        self.rewrites = RewriteProgram(rules.rewrites)
        // A spelling names its class; the key itself only when no class lists it as a
        // spelling ("al" is the plain article, not only the key of the assimilated ones).
        for p in rules.particles { for s in p.spellings { particles[plain(s).text] = p } }
        for p in rules.particles where particles[plain(p.key).text] == nil { particles[plain(p.key).text] = p }
        buildVariants(rules.variants, into: &errors)
        buildGuards(rules.doNotMerge, into: &errors)
        if !errors.isEmpty { throw RuleErrors(errors) }
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
                if let other = variants[folded], other.key != key {
                    errors.append(RuleError(word.location, "spelling \"\(spelling)\" of \(word.id) folds to \"\(folded)\", already a spelling of \(other.id)"))
                    continue
                }
                variants[folded] = (key, word.id)
            }
        }
    }

    private func buildGuards(_ pairs: [FoldRules.Pair], into errors: inout [RuleError]) {
        for pair in pairs {
            let a = guardClass(plain(pair.a).text), b = guardClass(plain(pair.b).text)
            if let va = variants[rewrite(plain(pair.a).text).text], let vb = variants[rewrite(plain(pair.b).text).text],
               va.id == vb.id, va.key == vb.key {
                errors.append(RuleError(pair.location, "\(pair.a) and \(pair.b) are listed as spellings of one name by \(va.id)"))
            }
            conflicts.insert(Int64(a) << 32 | Int64(b))
            conflicts.insert(Int64(b) << 32 | Int64(a))
        }
    }

    private func guardClass(_ word: String) -> Int32 {
        if let g = guards[word] { return g }
        let g = Int32(guards.count)
        guards[word] = g
        return g
    }

    /// False when the two parts are a listed do-not-merge pair.
    @inline(__always)
    public func mayMatch(text: Int32, form: Int32) -> Bool {
        if text < 0 || form < 0 || text == form { return true }
        return !conflicts.contains(Int64(text) << 32 | Int64(form))
    }

    /// Folds one name part (no spaces or hyphens inside), remembering the result: the tables
    /// repeat parts ("al", "Abu", "Ould") across many forms.
    public func fold(_ part: String) -> FoldedPart {
        if let hit = memo[part] { return hit }
        let result = foldOnce(part)
        if memo.count >= 100_000 { memo.removeAll(keepingCapacity: true) }
        memo[part] = result
        return result
    }

    /// Folds one name part without remembering it, for callers that keep their own cache.
    public func foldOnce(_ part: String) -> FoldedPart {
        let (text, scriptRules) = plain(part)
        if let p = particles[text] {
            return FoldedPart(key: p.key, rules: scriptRules + (text == p.key ? [] : [p.id]), particle: p.use, guardClass: guards[text] ?? -1)
        }
        var (key, rules) = rewrite(text)
        if let v = variants[key], v.key != key {
            key = v.key
            rules.append(v.id)
        }
        return FoldedPart(key: key, rules: scriptRules + rules, particle: nil, guardClass: guards[text] ?? -1)
    }

    /// Script sections (for parts holding anything but ASCII letters and digits), then lower case.
    private func plain(_ part: String) -> (text: String, rules: [String]) {
        var simple = true, upper = false
        for b in part.utf8 {
            if b &- 97 < 26 || b &- 48 < 10 { continue }
            if b &- 65 < 26 { upper = true; continue }
            simple = false
            break
        }
        if simple { return (upper ? Self.asciiLowercased(part) : part, []) }
        var text = part
        var rules: [String] = []
        for (id, t, nonASCIIOnly) in sections {
            // Judged on the part as the earlier sections left it.
            if nonASCIIOnly && text.utf8.allSatisfy({ $0 < 0x80 }) { continue }
            guard let out = try? t.apply(text) else { continue }
            if out.unicodeScalars.elementsEqual(text.unicodeScalars) { continue }
            text = out
            rules.append(id)
        }
        return (text.lowercased(), rules)
    }

    /// `lowercased()` of a string of ASCII letters and digits.
    private static func asciiLowercased(_ s: String) -> String {
        let bytes = s.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The rewrite rules in order; returns the ids of those that changed the text.
    private func rewrite(_ text: String) -> (text: String, rules: [String]) {
        var bytes = Array(text.utf8)
        var applied: [String] = []
        rewrites.run(&bytes) { applied.append(rewrites.ids[$0]) }
        return (String(decoding: bytes, as: UTF8.self), applied)
    }
}
