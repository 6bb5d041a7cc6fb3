import ClaimlineCore
import Foundation

/// Writes a document the pipeline annotated as brat standoff, in the scheme of the gold
/// corpora (Corpora/annotation.conf), so that a rule author can open the output in brat
/// next to the text and correct it into gold:
/// - entity mentions as `T` with their canonical id as `N  Reference Tn claimline:<id>`;
/// - dates as `TIMEX3` with `A  TimexType` and the value as `#  AnnotatorNotes`;
/// - quotes as `Quote` (+ `Direct`), their `Cue` and `Speaker` as relations;
/// - claims as `Claim` events (trigger: the evidence span) with `Speaker`, `Subject`, `Time`
///   arguments and `Predicate`, `Polarity` attributes.
/// The rule behind an entity, quote or claim is an `AnnotatorNotes` line (`rule: <id>`);
/// readers of gold ignore those notes.
public enum BratWriter {
    /// The `.ann` text of a document.
    public static func annotations(for document: Document) -> String {
        var b = BratBuilder(document)
        for e in document.entities { b.entity(e) }
        for t in document.dates { b.date(t) }
        for q in document.quotes { b.quote(q) }
        for c in document.claims { b.claim(c) }
        return b.lines.joined(separator: "\n") + (b.lines.isEmpty ? "" : "\n")
    }

    /// An id that names no file (see `fileName`).
    public struct UnnamableID: Error, CustomStringConvertible {
        public let id: String
        public init(id: String) { self.id = id }
        public var description: String {
            id.isEmpty ? "an empty id cannot name brat files" : "the id \"\(id)\" holds NUL, which no file name can"
        }
    }

    /// Writes `<id>.txt` (the exact text) and `<id>.ann` into `folder`, and an
    /// `annotation.conf` there when the folder has none, so brat can open it as it is.
    public static func write(_ document: Document, toFolder folder: URL) throws {
        guard let name = fileName(document.id) else { throw UnnamableID(id: document.id) }
        try write(text: document.text, annotations: annotations(for: document), named: name, toFolder: folder)
    }

    /// Writes `<name>.txt` and `<name>.ann` (and `annotation.conf`) from text already made.
    public static func write(text: String, annotations: String, named name: String, toFolder folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: base.appendingPathExtension("txt"))
        try Data(annotations.utf8).write(to: base.appendingPathExtension("ann"))
        let conf = folder.appendingPathComponent("annotation.conf")
        if !FileManager.default.fileExists(atPath: conf.path) {
            try Data(BratConfiguration.annotationConf.utf8).write(to: conf)
        }
    }

    /// A document id as a file name in the folder: path separators become `_`. Nil for an
    /// empty id (its files would be the folder's own name plus `.txt`, beside the folder)
    /// and one holding NUL, which no file name can.
    public static func fileName(_ id: String) -> String? {
        guard !id.isEmpty, !id.unicodeScalars.contains("\0") else { return nil }
        return String(String.UnicodeScalarView(id.unicodeScalars.map { $0 == "/" || $0 == "\\" ? "_" : $0 }))
    }
}

/// Numbers brat ids and remembers which text-bound stands for which entity mention or date,
/// so that relations and event arguments point at them.
struct BratBuilder {
    let document: Document
    var lines: [String] = []
    private var next: [Character: Int] = [:]
    private var entityIDs: [ScalarSpan: String] = [:]
    private var dateIDs: [ScalarSpan: String] = [:]

    init(_ document: Document) { self.document = document }

    private mutating func id(_ kind: Character) -> String {
        next[kind, default: 0] += 1
        return "\(kind)\(next[kind]!)"
    }

    /// `Tn<TAB>TYPE start end<TAB>text`; the text column is one line.
    private mutating func textBound(_ type: String, _ span: ScalarSpan) -> String {
        let t = id("T")
        let text = String(String.UnicodeScalarView(document.scalars[span.start..<span.end].map {
            $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0
        }))
        lines.append("\(t)\t\(type) \(span.start) \(span.end)\t\(text)")
        return t
    }

    private mutating func note(_ target: String, _ text: String) {
        lines.append("\(id("#"))\tAnnotatorNotes \(target)\t\(text)")
    }

    private mutating func attribute(_ name: String, _ target: String, _ value: String? = nil) {
        lines.append("\(id("A"))\t\(name) \(target)" + (value.map { " \($0)" } ?? ""))
    }

    /// Every mention is written, duplicates included, so that the output shows them.
    mutating func entity(_ e: EntityMention) {
        let t = mention(type: e.type, span: e.span, entity: e.entity, name: e.name)
        note(t, "rule: \(e.rule)")
    }

    /// A new entity text-bound; the first one at a span is what relations and events point at.
    private mutating func mention(type: String, span: ScalarSpan, entity: String?, name: String?) -> String {
        let t = textBound(type, span)
        if entityIDs[span] == nil { entityIDs[span] = t }
        if let entity { lines.append("\(id("N"))\tReference \(t) claimline:\(entity)\t\(name ?? entity)") }
        return t
    }

    /// A speaker or subject: the entity mention at its span, else a new mention typed by
    /// the prefix of its canonical id.
    private mutating func ref(_ r: MentionRef) -> String {
        if let t = entityIDs[r.span] { return t }
        let type = r.entity.map { $0.hasPrefix("org.") ? "ORG" : $0.hasPrefix("loc.") ? "LOC" : "PER" } ?? "PER"
        return mention(type: type, span: r.span, entity: r.entity, name: r.name)
    }

    mutating func date(_ d: DateMention) {
        _ = timex(span: d.span, type: d.type.rawValue, value: d.value)
    }

    private mutating func timex(span: ScalarSpan, type: String, value: String?) -> String {
        if let t = dateIDs[span] { return t }
        let t = textBound("TIMEX3", span)
        dateIDs[span] = t
        attribute("TimexType", t, type)
        if let value { note(t, value) }
        return t
    }

    mutating func quote(_ q: Quote) {
        let t = textBound("Quote", q.span)
        if q.direct { attribute("Direct", t) }
        if let cue = q.cue {
            let c = textBound("Cue", cue)
            lines.append("\(id("R"))\tCue Arg1:\(t) Arg2:\(c)")
        }
        if let speaker = q.speaker { lines.append("\(id("R"))\tSpeaker Arg1:\(t) Arg2:\(ref(speaker))") }
        note(t, "rule: \(q.rule)" + (q.speakerRule.map { "; speaker: \($0)" } ?? ""))
    }

    mutating func claim(_ c: Claim) {
        let trigger = textBound("Claim", c.evidence)
        var args = "Claim:\(trigger)"
        if let s = c.speaker { args += " Speaker:\(ref(s))" }
        if let s = c.subject { args += " Subject:\(ref(s))" }
        if let time = c.time {
            let type = document.dates.first { $0.span == time.span }?.type.rawValue ?? "DATE"
            args += " Time:\(timex(span: time.span, type: type, value: time.value))"
        }
        let e = id("E")
        lines.append("\(e)\t\(args)")
        attribute("Predicate", e, c.predicate)
        if c.polarity == .negated { attribute("Polarity", e, "negated") }
        note(e, "rule: \(c.rule)")
    }
}
