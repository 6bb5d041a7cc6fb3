import ClaimlineCore

/// Writes one document's record as a JSON line: the wire format is documented in the
/// README ("Output") and in `Schemas/document.schema.json`.
public enum DocumentRecord {
    public static func write(_ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(RecordSchema.version)
        w.key("id"); w.string(d.id)
        writeMeta(d.metadata, into: &w)
        w.key("entities"); w.beginArray()
        for e in d.entities { writeEntity(e, d, into: &w) }
        w.endArray()
        w.key("roles"); w.beginArray()
        for r in d.roles { writeRole(r, d, into: &w) }
        w.endArray()
        w.key("dates"); w.beginArray()
        for t in d.dates { writeDate(t, into: &w) }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in d.quotes { writeQuote(q, d, into: &w) }
        w.endArray()
        w.key("claims"); w.beginArray()
        for c in d.claims { writeClaim(c, d, into: &w) }
        w.endArray()
        w.key("conflicts"); w.beginArray()
        for c in d.conflicts {
            w.beginObject()
            w.key("claims"); w.beginArray(); for id in c.claims { w.string(id) }; w.endArray()
            w.key("subject"); w.string(c.subject)
            w.key("reason"); w.string(c.reason)
            w.endObject()
        }
        w.endArray()
        w.key("regions"); w.beginArray()
        for r in d.regions {
            w.beginObject()
            writeSpan(r.span, into: &w)
            writeText(r.span, d, into: &w)
            w.key("kind"); w.string(r.kind.rawValue)
            w.key("rule"); w.string(r.rule)
            w.endObject()
        }
        w.endArray()
        w.key("warnings"); w.beginArray()
        for warning in d.warnings { writeWarning(warning, into: &w) }
        w.endArray()
        w.key("stats"); w.beginObject()
        w.key("scalars"); w.int(d.scalars.count)
        w.key("sentences"); w.int(d.sentences.count)
        w.key("tokens"); w.int(d.tokens.count)
        w.endObject()
        w.endObject()
    }

    /// The line for a document that could not be processed. `line` is the input line number
    /// for JSON Lines input (the only way to find a line whose id could not be read).
    public static func writeError(id: String?, line: Int?, metadata: DocumentMetadata?, code: String, message: String, into w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(RecordSchema.version)
        w.key("id"); w.string(id)
        if let line { w.key("line"); w.int(line) }
        if let metadata { writeMeta(metadata, into: &w) }
        w.key("entities"); w.beginArray(); w.endArray()
        w.key("dates"); w.beginArray(); w.endArray()
        w.key("quotes"); w.beginArray(); w.endArray()
        w.key("claims"); w.beginArray(); w.endArray()
        w.key("error"); w.beginObject()
        w.key("code"); w.string(code)
        w.key("message"); w.string(message)
        w.endObject()
        w.endObject()
    }

    static func writeMeta(_ m: DocumentMetadata, into w: inout JSONWriter) {
        w.key("meta"); w.beginObject()
        w.key("date"); w.string(m.date?.description)
        w.key("source"); w.string(m.source)
        w.key("translator"); w.string(m.translator)
        w.key("language"); w.string(m.language)
        if let path = m.path { w.key("path"); w.string(path) }
        if let encoding = m.encoding { w.key("encoding"); w.string(encoding) }
        if let confidence = m.encodingConfidence { w.key("encoding_confidence"); w.int(confidence) }
        for (k, json) in m.extra { w.key(k); w.raw(json) }
        w.endObject()
    }

    static func writeSpan(_ s: ScalarSpan, into w: inout JSONWriter) {
        w.key("start"); w.int(s.start)
        w.key("end"); w.int(s.end)
    }

    /// The `text` of a span, written from the document's scalars (no `String` is built).
    static func writeText(_ s: ScalarSpan, _ d: Document, into w: inout JSONWriter) {
        w.key("text"); w.string(scalars: d.scalars[s.start..<s.end])
    }

    static func writeEntity(_ e: EntityMention, _ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        writeSpan(e.span, into: &w)
        w.key("text"); w.string(e.text)
        w.key("type"); w.string(e.type)
        w.key("kind"); w.string(e.kind)
        w.key("entity"); w.string(e.entity)
        w.key("name"); w.string(e.name)
        w.key("rule"); w.string(e.rule)
        if !e.folds.isEmpty { w.key("folds"); w.beginArray(); for f in e.folds { w.string(f) }; w.endArray() }
        if let link = e.link { w.key("link"); w.string(link) }
        w.endObject()
    }

    static func writeMentionIndex(_ key: StaticString, _ index: Int?, _ d: Document, into w: inout JSONWriter) {
        w.key(key)
        guard let index, index < d.entities.count else { w.null(); return }
        let e = d.entities[index]
        writeRef(MentionRef(span: e.span, entity: e.entity, name: e.name), d, into: &w)
    }

    static func writeRole(_ r: RoleMention, _ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        writeSpan(r.span, into: &w)
        writeText(r.span, d, into: &w)
        w.key("role"); w.string(r.role)
        writeMentionIndex("holder", r.holder, d, into: &w)
        writeMentionIndex("organisation", r.organisation, d, into: &w)
        writeMentionIndex("place", r.place, d, into: &w)
        w.key("rule"); w.string(r.rule)
        w.endObject()
    }

    static func writeDate(_ t: DateMention, into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(t.id)
        writeSpan(t.span, into: &w)
        w.key("text"); w.string(t.text)
        w.key("type"); w.string(t.type.rawValue)
        w.key("value"); w.string(t.value)
        w.key("anchor"); w.string(t.anchor)
        w.key("rule"); w.string(t.rule)
        w.endObject()
    }

    /// `{entity, name, [role,] start, end, text}` of a mention.
    static func writeRef(_ r: MentionRef, _ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        w.key("entity"); w.string(r.entity)
        w.key("name"); w.string(r.name)
        if let role = r.role { w.key("role"); w.string(role) }
        writeSpan(r.span, into: &w)
        writeText(r.span, d, into: &w)
        w.endObject()
    }

    static func writeQuote(_ q: Quote, _ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(q.id)
        writeSpan(q.span, into: &w)
        writeText(q.span, d, into: &w)
        w.key("direct"); w.bool(q.direct)
        w.key("cue")
        if let cue = q.cue {
            w.beginObject()
            writeSpan(cue, into: &w)
            writeText(cue, d, into: &w)
            w.key("rule"); w.string(q.cueRule)
            w.endObject()
        } else { w.null() }
        w.key("speaker")
        if let s = q.speaker { writeRef(s, d, into: &w) } else { w.null() }
        w.key("speaker_rule"); w.string(q.speakerRule)
        w.key("chain"); w.beginArray(); for link in q.chain { writeRef(link, d, into: &w) }; w.endArray()
        w.key("rule"); w.string(q.rule)
        w.endObject()
    }

    static func writeClaim(_ c: Claim, _ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(c.id)
        w.key("speaker"); if let s = c.speaker { writeRef(s, d, into: &w) } else { w.null() }
        w.key("chain"); w.beginArray(); for link in c.chain { writeRef(link, d, into: &w) }; w.endArray()
        w.key("predicate"); w.string(c.predicate)
        w.key("polarity"); w.string(c.polarity.rawValue)
        w.key("subject"); if let s = c.subject { writeRef(s, d, into: &w) } else { w.null() }
        w.key("stance"); w.beginArray()
        for s in c.stance {
            w.beginObject()
            w.key("entity"); w.string(s.source.entity)
            w.key("name"); w.string(s.source.name)
            w.key("relation"); w.string(s.relation.rawValue)
            writeSpan(s.source.span, into: &w)
            writeText(s.source.span, d, into: &w)
            w.endObject()
        }
        w.endArray()
        w.key("time")
        if let t = c.time {
            w.beginObject()
            w.key("value"); w.string(t.value)
            writeSpan(t.span, into: &w)
            writeText(t.span, d, into: &w)
            w.key("date"); w.string(t.date)
            w.endObject()
        } else { w.null() }
        w.key("evidence"); w.beginObject(); writeSpan(c.evidence, into: &w); writeText(c.evidence, d, into: &w); w.endObject()
        w.key("quote"); w.string(c.quote)
        w.key("rule"); w.string(c.rule)
        w.endObject()
    }

    static func writeWarning(_ warning: Warning, into w: inout JSONWriter) {
        w.beginObject()
        w.key("code"); w.string(warning.code)
        w.key("message"); w.string(warning.message)
        if let span = warning.span { writeSpan(span, into: &w) }
        if let rule = warning.rule { w.key("rule"); w.string(rule) }
        w.endObject()
    }
}
