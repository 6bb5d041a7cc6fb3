import ClaimlineCore
import ClaimlineICU
import ClaimlineRules

/// Builds the analysis view: typographic folding from a table (curly quotes, dashes, NBSP,
/// ellipsis), NFKC, and transliteration of words that still hold non-ASCII letters
/// (Arabic script, accents) to Latin ASCII. ASCII text is copied through untouched; only
/// non-ASCII clusters and words reach ICU. Both steps are made in one pass that writes the
/// view and its offset map to the original once.
struct NormalizePlan: StagePlan {
    let kind = StageKind.normalize
    /// Single scalars and what they become (possibly nothing).
    let typography: [Unicode.Scalar: [Unicode.Scalar]]
    /// ICU transform id for words holding non-ASCII, or nil to keep them.
    let transliteration: String?

    init(_ line: PipelineSpec.StageLine, source: RuleSource) throws(RuleErrors) {
        try line.checkKeys(["typography", "transliterate"])
        var typography: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        var errors: [RuleError] = []
        for option in line.values("typography") {
            let table = try source.table(option.value, required: ["id", "from", "to"], from: option.location)
            for row in table.rows {
                do {
                    let from = try Self.scalars(row["from"])
                    guard from.count == 1 else { throw RuleError(row["from"].location, "\"from\" must be one character, found \(from.count)") }
                    typography[from[0]] = try Self.scalars(row["to"])
                } catch let error as RuleError { errors.append(error) } catch {}
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors) }
        self.typography = typography
        // Only the id's shape is checked here: opening it would build ICU's whole registry of
        // transforms at start-up. A well-formed id that names no transform fails when a
        // document first needs it.
        let id = line.value("transliterate")
        if let id, let problem = TransformIDSyntax.problem(in: id.value) {
            throw RuleErrors([RuleError(id.location, "malformed transform \"\(id.value)\": \(problem)")])
        }
        self.transliteration = id?.value
    }

    /// A cell as scalars: literal text, or `U+XXXX` code points separated by spaces, or `-` for nothing.
    static func scalars(_ cell: Table.Cell) throws -> [Unicode.Scalar] {
        if cell.text == "-" { return [] }
        if cell.text.hasPrefix("U+") {
            var out: [Unicode.Scalar] = []
            for part in cell.text.split(separator: " ") {
                guard part.hasPrefix("U+"), let v = UInt32(part.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) else {
                    throw RuleError(cell.location, "bad code point \"\(part)\"; write U+XXXX")
                }
                out.append(s)
            }
            return out
        }
        return Array(cell.text.unicodeScalars)
    }

    func makeStage() throws(StageError) -> any Stage { NormalizeStage(plan: self) }
}

final class NormalizeStage: Stage {
    let kind = StageKind.normalize
    let plan: NormalizePlan
    /// Opened on the first word that needs it: most documents have none, and opening costs
    /// more than normalising a short document.
    private var transliterator: Transliterator?
    /// Results for clusters and words already seen: names and Arabic words repeat a lot.
    private var nfkcCache: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
    private var wordCache = WordCache()
    private var singleCache: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    let facts = ScalarFacts()
    /// Reused by every stretch of non-ASCII text.
    var scratch = StretchScratch()

    init(plan: NormalizePlan) {
        self.plan = plan
    }

    func run(_ document: inout Document) throws(StageError) {
        let source = document.view
        let (text, map) = try normalize(source.scalars)
        document.view = TextView(scalars: text, map: source.map.then(map))
    }

    /// Room for the derived text of `count` scalars: a little more than the source, which it
    /// often outgrows by a few scalars ("…" → "..."); an array that outgrows its room is
    /// copied to one twice its size, and on a long document those fresh pages cost more
    /// than the folding.
    static func room(_ count: Int) -> Int { count + count / 32 + 16 }

    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        !s.isASCII && s.properties.canonicalCombiningClass != .notReordered
    }

    /// Appends what a scalar without combining marks becomes; most become themselves or
    /// one other scalar, which the scalar's slot remembers.
    @inline(__always)
    func appendFolded(_ c: Unicode.Scalar, to out: inout [Unicode.Scalar], _ builder: inout OffsetMap.Builder) throws(StageError) {
        let slot = try foldSlot(c)
        switch slot.pointee.fold {
        case .same:
            out.append(c); builder.copy(1)
        case .one:
            out.append(Unicode.Scalar(slot.pointee.foldedTo)!); builder.replace(source: 1, derived: 1)
        case .several, .unknown:
            let derived = try single(c)
            out.append(contentsOf: derived)
            builder.replace(source: 1, derived: derived.count)
        }
    }

    /// The slot of `c`, with how it folds on its own filled in.
    @inline(__always)
    func foldSlot(_ c: Unicode.Scalar) throws(StageError) -> UnsafeMutablePointer<ScalarFacts.Slot> {
        let slot = facts.slot(c)
        if slot.pointee.fold == .unknown {
            let derived = try single(c)
            slot.pointee.fold = derived.count != 1 ? .several : derived[0] == c ? .same : .one
            slot.pointee.foldedTo = derived.first?.value ?? 0
            // Not `facts.isWordScalar`: it may take this very slot for another scalar.
            slot.pointee.separates = !derived.isEmpty && !derived.contains { Self.isWordScalar($0) }
        }
        return slot
    }

    /// The offset of the first non-ASCII scalar at or after `i`, or the length.
    static func firstNonASCII(_ s: [Unicode.Scalar], from i: Int) -> Int {
        s.withUnsafeBufferPointer { $0.firstNonASCII(from: i) }
    }

    /// What a scalar without combining marks becomes: its typographic replacement, else its NFKC form.
    func single(_ c: Unicode.Scalar) throws(StageError) -> [Unicode.Scalar] {
        if let hit = singleCache[c] { return hit }
        let derived: [Unicode.Scalar]
        if let replacement = plan.typography[c] { derived = replacement } else { derived = try nfkc([c]) }
        if singleCache.count > 50_000 { singleCache.removeAll(keepingCapacity: true) }
        singleCache[c] = derived
        return derived
    }

    func nfkc(_ cluster: [Unicode.Scalar]) throws(StageError) -> [Unicode.Scalar] {
        if let hit = nfkcCache[cluster] { return hit }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: cluster)
        let result: [Unicode.Scalar]
        do {
            result = Array(try NormalizationForm.nfkc.apply(String(text)).unicodeScalars)
        } catch {
            throw StageError(.normalize, code: "icu", "NFKC failed: \(error)")
        }
        if nfkcCache.count > 50_000 { nfkcCache.removeAll(keepingCapacity: true) }
        nfkcCache[cluster] = result
        return result
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            || s == "\u{02BE}" || s == "\u{02BF}"
    }

    private func openTransliterator() throws(StageError) -> Transliterator? {
        if let transliterator { return transliterator }
        guard let id = plan.transliteration else { return nil }
        do { transliterator = try Transliterator(id: id) } catch {
            throw StageError(.normalize, code: "icu", "cannot open transform \"\(id)\" (transliterate=): \(error)")
        }
        return transliterator
    }

    /// The most scalars of a word ICU transliterates at once. ICU rewrites the text in place,
    /// moving all that follows at each replacement, so a word costs the square of its length
    /// (a 160,000-letter Han word took 70 s). Real words are far shorter (the corpora's
    /// longest non-ASCII word has 11 scalars; a Chinese clause between two punctuation marks
    /// rarely has 100), so a longer word is transliterated in pieces of at most this many.
    static let maxTransliteratedRun = 256

    func transliterate(_ word: ArraySlice<Unicode.Scalar>) throws(StageError) -> [Unicode.Scalar] {
        guard word.count > Self.maxTransliteratedRun else { return try transliterateRun(word) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.count)
        var start = word.startIndex
        while start < word.endIndex {
            let end = Self.pieceEnd(word, from: start)
            result.append(contentsOf: try transliterateRun(word[start..<end]))
            start = end
        }
        return result
    }

    /// Where the piece of a long word that starts at `start` ends: at most
    /// `maxTransliteratedRun` scalars on, and not before a mark, which stays with its letter
    /// (unless more than `maxClusterMarks` marks, which no letter keeps, come before it).
    static func pieceEnd(_ word: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        let limit = start + maxTransliteratedRun
        if limit >= word.endIndex { return word.endIndex }
        var end = limit
        let lowest = max(start + 1, limit - maxClusterMarks)
        while end > lowest && isMark(word[end]) { end -= 1 }
        return isMark(word[end]) ? limit : end
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private func transliterateRun(_ slice: ArraySlice<Unicode.Scalar>) throws(StageError) -> [Unicode.Scalar] {
        if let hit = wordCache.result(for: slice) { return hit }
        let word = Array(slice)
        guard let transliterator = try openTransliterator() else { return word }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: word)
        let result: [Unicode.Scalar]
        do {
            result = Array(try transliterator.apply(String(text)).unicodeScalars)
        } catch {
            throw StageError(.normalize, code: "icu", "transliteration failed: \(error)")
        }
        wordCache.store(result, for: word)
        return result
    }
}
