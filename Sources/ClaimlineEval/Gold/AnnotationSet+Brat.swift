import ClaimlineCore
import Foundation

extension AnnotationSet {
    /// Interprets brat standoff by the gold scheme. Values outside the scheme (an unknown
    /// type, predicate or TIMEX3 type, a speaker that is not an entity mention) are errors;
    /// text-bound and event types that `conf` declares beyond the scheme are read, not scored.
    public init(brat: BratAnnotations, file: String, conf: AnnotationConf = AnnotationConf()) throws(GoldErrors) {
        var reader = GoldInterpreter(brat: brat, file: file, declared: conf.types)
        self = reader.interpret()
        if !reader.errors.isEmpty { throw GoldErrors(reader.errors) }
    }
}

/// Turns brat lines into scored annotations, collecting scheme errors.
struct GoldInterpreter {
    let brat: BratAnnotations
    let file: String
    /// Types the corpus's annotation.conf declares.
    let declared: Set<String>
    var errors: [GoldError] = []
    private let entityIDs: [String: String]
    private let known: Set<String> = GoldScheme.entityTypes.union([GoldScheme.timex, GoldScheme.quote, GoldScheme.cue, GoldScheme.claim])

    init(brat: BratAnnotations, file: String, declared: Set<String>) {
        self.brat = brat
        self.file = file
        self.declared = declared
        var ids: [String: String] = [:]
        for n in brat.normalizations where n.type == "Reference" { ids[n.target] = n.key }
        entityIDs = ids
    }

    mutating func interpret() -> AnnotationSet {
        var set = AnnotationSet()
        for t in brat.textBounds {
            if GoldScheme.entityTypes.contains(t.type) {
                set.entities.append(EvalEntity(span: t.span, text: t.text, type: t.type, entity: entityIDs[t.id]))
            } else if t.type == GoldScheme.timex {
                if let date = date(t) { set.dates.append(date) }
            } else if t.type == GoldScheme.quote {
                set.quotes.append(quote(t))
            } else if !known.contains(t.type) && !declared.contains(t.type) {
                fail(t.line, "unknown type \(t.type) of \(t.id); expected one of \(known.sorted().joined(separator: ", "))"
                    + " or a type declared in annotation.conf")
            }
        }
        for n in brat.normalizations where n.database != GoldScheme.database || n.type != "Reference" {
            fail(n.line, "normalization \(n.id) is \(n.type) \(n.database):\(n.key); expected Reference \(GoldScheme.database):<id>")
        }
        for e in brat.events {
            if e.type == GoldScheme.claim {
                if let claim = claim(e) { set.claims.append(claim) }
            } else if !declared.contains(e.type) {
                fail(e.line, "unknown event type \(e.type); expected \(GoldScheme.claim) or a type declared in annotation.conf")
            }
        }
        return set
    }

    private mutating func fail(_ line: Int, _ message: String) { errors.append(GoldError(file: file, line: line, message)) }

    private mutating func date(_ t: BratAnnotations.TextBound) -> EvalDate? {
        guard let attribute = brat.attribute("TimexType", of: t.id), let type = attribute.value else {
            fail(t.line, "TIMEX3 \(t.id) has no TimexType attribute (DATE, TIME, DURATION or SET)")
            return nil
        }
        guard GoldScheme.timexTypes.contains(type) else {
            fail(attribute.line, "TimexType \(type) of \(t.id); expected DATE, TIME, DURATION or SET")
            return nil
        }
        return EvalDate(span: t.span, text: t.text, type: type, value: note(t.id))
    }

    /// The TIMEX3 value: the annotation's AnnotatorNotes, trimmed; nil when empty or absent.
    private func note(_ id: String) -> String? {
        let text = brat.notes.first { $0.target == id && $0.type == "AnnotatorNotes" }?.text.trimmingCharacters(in: .whitespaces)
        return text?.isEmpty == false ? text : nil
    }

    private mutating func quote(_ t: BratAnnotations.TextBound) -> EvalQuote {
        let cue = brat.relations.first { $0.type == "Cue" && $0.arg1 == t.id }.flatMap { brat.textBound($0.arg2)?.span }
        var speaker: EvalRef?
        if let r = brat.relations.first(where: { $0.type == "Speaker" && $0.arg1 == t.id }) {
            speaker = entityRef(r.arg2, role: "speaker of \(t.id)", line: r.line)
        }
        return EvalQuote(span: t.span, text: t.text, direct: brat.attribute("Direct", of: t.id) != nil, cue: cue, speaker: speaker)
    }

    /// An argument that must be an entity mention (PER, ORG, LOC).
    private mutating func entityRef(_ id: String, role: String, line: Int) -> EvalRef? {
        guard let t = brat.textBound(id), GoldScheme.entityTypes.contains(t.type) else {
            fail(line, "\(role) is \(id), which is not an entity mention (PER, ORG, LOC)")
            return nil
        }
        return EvalRef(span: t.span, entity: entityIDs[id])
    }

    private mutating func claim(_ e: BratAnnotations.Event) -> EvalClaim? {
        guard let trigger = brat.textBound(e.trigger), trigger.type == GoldScheme.claim else {
            fail(e.line, "claim \(e.id): trigger \(e.trigger) is not a Claim text-bound")
            return nil
        }
        guard let attribute = brat.attribute("Predicate", of: e.id), let predicate = attribute.value else {
            fail(e.line, "claim \(e.id) has no Predicate attribute")
            return nil
        }
        guard GoldScheme.predicates.contains(predicate) else {
            fail(attribute.line, "predicate \(predicate) of \(e.id) is not in the vocabulary: \(GoldScheme.predicates.sorted().joined(separator: ", "))")
            return nil
        }
        let polarity = brat.attribute("Polarity", of: e.id)?.value ?? "asserted"
        if !GoldScheme.polarities.contains(polarity) { fail(e.line, "polarity \(polarity) of \(e.id); expected negated or asserted") }
        let speaker = e.argument("Speaker").flatMap { entityRef($0, role: "Speaker of \(e.id)", line: e.line) }
        let subject = e.argument("Subject").flatMap { entityRef($0, role: "Subject of \(e.id)", line: e.line) }
        var time: String?
        if let timeID = e.argument("Time") {
            if brat.textBound(timeID)?.type != GoldScheme.timex { fail(e.line, "Time of \(e.id) is \(timeID), which is not a TIMEX3") }
            time = note(timeID)
        }
        return EvalClaim(anchor: trigger.span, text: trigger.text, speaker: speaker, predicate: predicate, polarity: polarity,
                         subject: subject, time: time, rule: nil)
    }
}
