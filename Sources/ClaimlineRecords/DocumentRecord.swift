import ClaimlineCore

/// Writes one document's record as a JSON line: the wire format is documented in the
/// README ("Output") and in `Schemas/document.schema.json`.
public enum DocumentRecord {
    public static func write(_ d: Document, into w: inout JSONWriter) {
        var written = WrittenRefs()
        write(d, into: &w, notes: &written)
    }

    /// `write(_:into:)` with the table of references written kept by the caller from one
    /// record to the next (a record would otherwise allocate one).
    public static func write(_ d: Document, into w: inout JSONWriter, notes written: inout WrittenRefs) {
        w.beginObject()
        w.key("schema"); w.string(RecordSchema.version)
        w.key("id"); w.string(d.id)
        writeMeta(d.metadata, into: &w)
        w.key("entities"); w.beginArray()
        each(d.entities) { writeEntity($0, d, &written, into: &w) }
        w.endArray()
        w.key("roles"); w.beginArray()
        each(d.roles) { writeRole($0, d, into: &w) }
        w.endArray()
        w.key("dates"); w.beginArray()
        each(d.dates) { writeDate($0, into: &w) }
        w.endArray()
        written.start(count: d.quotes.count &* 2 &+ d.claims.count &* 3)
        w.key("quotes"); w.beginArray()
        each(d.quotes) { writeQuote($0, d, &written, into: &w) }
        w.endArray()
        w.key("claims"); w.beginArray()
        each(d.claims) { writeClaim($0, d, &written, into: &w) }
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

    /// Calls `body` with the address of each element: a `for` loop copies each annotation
    /// out (retaining every string in it) and destroys the copy afterwards.
    @inline(__always)
    static func each<T>(_ items: [T], _ body: (UnsafePointer<T>) -> Void) {
        items.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            for i in 0..<p.count { body(base + i) }
        }
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

    /// Inlined: two stores of known keys and two numbers, for every span written.
    @inline(__always)
    static func writeSpan(_ s: ScalarSpan, into w: inout JSONWriter) {
        w.member("start", s.start)
        w.member("end", s.end)
    }

    /// The `text` of a span, written from the document's scalars (no `String` is built).
    static func writeText(_ s: ScalarSpan, _ d: Document, into w: inout JSONWriter) {
        w.key("text")
        d.scalars.withUnsafeBufferPointer { all in w.string(scalars: scalars(of: s, in: all)) }
    }

    /// `,"start":…,"end":…` through a cursor; without the comma when the span comes first
    /// in its object.
    @inline(__always)
    static func writeSpan(_ s: ScalarSpan, into c: inout JSONCursor, first: Bool = false) {
        if first { c.firstKey("start") } else { c.key("start") }
        c.int(s.start)
        c.key("end"); c.int(s.end)
    }

    /// The scalars of a span of the document (held by `all`), checked to lie inside it.
    @inline(__always)
    static func scalars(of s: ScalarSpan, in all: UnsafeBufferPointer<Unicode.Scalar>) -> UnsafeBufferPointer<Unicode.Scalar> {
        precondition(s.start >= 0 && s.start <= s.end && s.end <= all.count, "span \(s) outside the text")
        return UnsafeBufferPointer(rebasing: all[s.start..<s.end])
    }

    /// Annotations are written through their addresses, their strings too (`string(at:)`);
    /// `&` on a field gives its address in the document's array, nothing is changed. An
    /// entity's shared facts are copied from the JSON noted for them (`WrittenFacts`).
    static func writeEntity(_ e: UnsafePointer<EntityMention>, _ d: Document, _ written: inout WrittenRefs, into w: inout JSONWriter) {
        let entity = UnsafeMutablePointer(mutating: e)
        written.facts.withJSON(of: e.pointee.unretainedFacts) { facts in
            var c = w.cursor(room: 96 &+ JSONCursor.room(at: &entity.pointee.text) &+ facts.count)
            c.beginObject()
            writeSpan(e.pointee.span, into: &c, first: true)
            c.key("text"); c.string(at: &entity.pointee.text)
            c.raw(facts)
            w.end(c)
        }
        if !e.pointee.folds.isEmpty {
            w.key("folds"); w.beginArray(); each(e.pointee.folds) { w.string(at: $0) }; w.endArray()
        }
        if case .some = e.pointee.link { w.key("link"); w.string(at: &entity.pointee.link) }
        w.endObject()
    }

    /// `,"type":…,"kind":…,"entity":…,"name":…,"rule":…` of an entity's shared facts, read
    /// where they lie. Returns where it lies in the writer's bytes.
    static func writeFacts(_ fields: UnsafePointer<EntityFacts.Fields>, into w: inout JSONWriter) -> Range<Int> {
        let f = UnsafeMutablePointer(mutating: fields)
        let room = 64 &+ JSONCursor.room(at: &f.pointee.type) &+ JSONCursor.room(at: &f.pointee.kind)
            &+ JSONCursor.room(at: &f.pointee.entity) &+ JSONCursor.room(at: &f.pointee.name) &+ JSONCursor.room(at: &f.pointee.rule)
        var c = w.cursor(room: room)
        let start = c.at
        c.key("type"); c.string(at: &f.pointee.type)
        c.key("kind"); c.string(at: &f.pointee.kind)
        c.key("entity"); c.string(at: &f.pointee.entity)
        c.key("name"); c.string(at: &f.pointee.name)
        c.key("rule"); c.string(at: &f.pointee.rule)
        w.end(c)
        return start..<w.count
    }

    static func writeMentionIndex(_ key: StaticString, _ index: Int?, _ d: Document, into w: inout JSONWriter) {
        w.key(key)
        guard let index, index >= 0, index < d.entities.count else { w.null(); return }
        d.entities.withUnsafeBufferPointer { entities in
            // Copied (two strings retained): a mention's facts are shared, not laid out in the array.
            var entity = entities[index].entity, name = entities[index].name
            writeMention(entity: &entity, name: &name, role: nil, span: entities[index].span, d, into: &w)
        }
    }

    static func writeRole(_ r: UnsafePointer<RoleMention>, _ d: Document, into w: inout JSONWriter) {
        let role = UnsafeMutablePointer(mutating: r)
        d.scalars.withUnsafeBufferPointer { all in
            let text = scalars(of: r.pointee.span, in: all)
            // The fixed members take at most 72 bytes (two offsets of 20 digits).
            var c = w.cursor(room: 96 &+ JSONCursor.room(scalars: text.count) &+ JSONCursor.room(at: &role.pointee.role))
            c.beginObject()
            writeSpan(r.pointee.span, into: &c, first: true)
            c.key("text"); c.text(text)
            c.key("role"); c.string(at: &role.pointee.role)
            w.end(c)
        }
        writeMentionIndex("holder", r.pointee.holder, d, into: &w)
        writeMentionIndex("organisation", r.pointee.organisation, d, into: &w)
        writeMentionIndex("place", r.pointee.place, d, into: &w)
        w.key("rule"); w.string(at: &role.pointee.rule)
        w.endObject()
    }

    static func writeDate(_ t: UnsafePointer<DateMention>, into w: inout JSONWriter) {
        let date = UnsafeMutablePointer(mutating: t)
        var type = t.pointee.type.rawValue  // a literal: held by address like the fields
        let room = 160 &+ JSONCursor.room(at: &date.pointee.id) &+ JSONCursor.room(at: &date.pointee.text)
            &+ JSONCursor.room(at: &type) &+ JSONCursor.room(at: &date.pointee.value)
            &+ JSONCursor.room(at: &date.pointee.anchor) &+ JSONCursor.room(at: &date.pointee.rule)
        var c = w.cursor(room: room)
        c.beginObject()
        c.firstKey("id"); c.string(at: &date.pointee.id)
        writeSpan(t.pointee.span, into: &c)
        c.key("text"); c.string(at: &date.pointee.text)
        c.key("type"); c.string(at: &type)
        c.key("value"); c.string(at: &date.pointee.value)
        c.key("anchor"); c.string(at: &date.pointee.anchor)
        c.key("rule"); c.string(at: &date.pointee.rule)
        c.endObject()
        w.end(c)
    }

    /// `{entity, name, [role,] start, end, text}` of a reference, copied when the record
    /// holds it already (see `WrittenRefs`).
    static func writeRef(_ r: UnsafePointer<MentionRef>, _ d: Document, _ written: inout WrittenRefs, into w: inout JSONWriter) {
        let (earlier, slot) = written.find(r)
        if let earlier { w.repeatValue(earlier); return }
        let ref = UnsafeMutablePointer(mutating: r)
        let start = writeMention(entity: &ref.pointee.entity, name: &ref.pointee.name, role: &ref.pointee.role, span: r.pointee.span, d, into: &w)
        written.add(r, json: start..<w.count, slot: slot)
    }

    /// `{entity, name, [role,] start, end, text}`: a reference, or the mention a role names
    /// (which has no `role`). Returns where it starts in the writer's bytes.
    @inline(__always) @discardableResult
    static func writeMention(entity: UnsafePointer<String?>, name: UnsafePointer<String?>, role: UnsafePointer<String?>?,
                             span: ScalarSpan, _ d: Document, into w: inout JSONWriter) -> Int {
        d.scalars.withUnsafeBufferPointer { all in
            let text = scalars(of: span, in: all)
            let roleRoom = role.map { JSONCursor.room(at: $0) } ?? 0
            let room = 128 &+ JSONCursor.room(at: entity) &+ JSONCursor.room(at: name) &+ roleRoom &+ JSONCursor.room(scalars: text.count)
            var c = w.cursor(room: room)
            let start = c.at
            c.beginObject()
            c.firstKey("entity"); c.string(at: entity)
            c.key("name"); c.string(at: name)
            if let role, case .some = role.pointee { c.key("role"); c.string(at: role) }
            writeSpan(span, into: &c)
            c.key("text"); c.text(text)
            c.endObject()
            w.end(c)
            return start
        }
    }

    /// The reference held by the optional at `r`, or null. Written through its address (an
    /// optional keeps its payload at its own address): binding it copies the reference,
    /// which retains each of its strings and releases them afterwards.
    static func writeRef(_ r: UnsafePointer<MentionRef?>, _ d: Document, _ written: inout WrittenRefs, into w: inout JSONWriter) {
        guard r.pointee?.span != nil else { w.null(); return }
        writeRef(UnsafeRawPointer(r).assumingMemoryBound(to: MentionRef.self), d, &written, into: &w)
    }

    /// Quotes and claims are written through their addresses, their references too (see
    /// `each`); `&` on a field gives its address in the document's array, nothing is changed.
    /// The members between references go through cursors (`JSONWriter.cursor(room:)`).
    static func writeQuote(_ q: UnsafePointer<Quote>, _ d: Document, _ written: inout WrittenRefs, into w: inout JSONWriter) {
        let quote = UnsafeMutablePointer(mutating: q)
        d.scalars.withUnsafeBufferPointer { all in
            let text = scalars(of: q.pointee.span, in: all)
            let cue = q.pointee.cue.map { scalars(of: $0, in: all) }
            let room = 256 &+ JSONCursor.room(at: &quote.pointee.id) &+ JSONCursor.room(scalars: text.count)
                &+ JSONCursor.room(scalars: cue?.count ?? 0) &+ JSONCursor.room(at: &quote.pointee.cueRule)
            var c = w.cursor(room: room)
            c.beginObject()
            c.firstKey("id"); c.string(at: &quote.pointee.id)
            writeSpan(q.pointee.span, into: &c)
            c.key("text"); c.text(text)
            c.key("direct"); c.bool(q.pointee.direct)
            c.key("cue")
            if let span = q.pointee.cue, let cue {
                c.beginObject()
                writeSpan(span, into: &c, first: true)
                c.key("text"); c.text(cue)
                c.key("rule"); c.string(at: &quote.pointee.cueRule)
                c.endObject()
            } else { c.null() }
            c.key("speaker")
            w.end(c)
        }
        withUnsafePointer(to: &quote.pointee.speaker) { writeRef($0, d, &written, into: &w) }
        var c = w.cursor(room: 64 &+ JSONCursor.room(at: &quote.pointee.speakerRule))
        c.firstKey("speaker_rule"); c.string(at: &quote.pointee.speakerRule)
        c.key("chain"); c.beginArray()
        w.end(c)
        each(q.pointee.chain) { writeRef($0, d, &written, into: &w) }
        w.endArray()
        c = w.cursor(room: 32 &+ JSONCursor.room(at: &quote.pointee.rule))
        c.firstKey("rule"); c.string(at: &quote.pointee.rule)
        c.endObject()
        w.end(c)
    }

    static func writeClaim(_ c: UnsafePointer<Claim>, _ d: Document, _ written: inout WrittenRefs, into w: inout JSONWriter) {
        let claim = UnsafeMutablePointer(mutating: c)
        var k = w.cursor(room: 32 &+ JSONCursor.room(at: &claim.pointee.id))
        k.beginObject()
        k.firstKey("id"); k.string(at: &claim.pointee.id)
        k.key("speaker")
        w.end(k)
        withUnsafePointer(to: &claim.pointee.speaker) { writeRef($0, d, &written, into: &w) }
        w.key("chain"); w.beginArray(); each(c.pointee.chain) { writeRef($0, d, &written, into: &w) }; w.endArray()
        var polarity = c.pointee.polarity.rawValue  // a literal: held by address like the fields
        k = w.cursor(room: 64 &+ JSONCursor.room(at: &claim.pointee.predicate) &+ JSONCursor.room(at: &polarity))
        k.firstKey("predicate"); k.string(at: &claim.pointee.predicate)
        k.key("polarity"); k.string(at: &polarity)
        k.key("subject")
        w.end(k)
        withUnsafePointer(to: &claim.pointee.subject) { writeRef($0, d, &written, into: &w) }
        w.key("stance"); w.beginArray(); for s in c.pointee.stance { writeStance(s, d, into: &w) }; w.endArray()
        w.key("time"); withUnsafePointer(to: &claim.pointee.time) { writeTime($0, d, into: &w) }
        d.scalars.withUnsafeBufferPointer { all in
            let evidence = scalars(of: c.pointee.evidence, in: all)
            let room = 128 &+ JSONCursor.room(scalars: evidence.count) &+ JSONCursor.room(at: &claim.pointee.quote)
                &+ JSONCursor.room(at: &claim.pointee.rule)
            var k = w.cursor(room: room)
            k.firstKey("evidence"); k.beginObject()
            writeSpan(c.pointee.evidence, into: &k, first: true)
            k.key("text"); k.text(evidence)
            k.endObject()
            k.key("quote"); k.string(at: &claim.pointee.quote)
            k.key("rule"); k.string(at: &claim.pointee.rule)
            k.endObject()
            w.end(k)
        }
    }

    /// `{entity, name, relation, start, end, text}` of a party's stance towards a claim.
    static func writeStance(_ s: Stance, _ d: Document, into w: inout JSONWriter) {
        w.beginObject()
        w.key("entity"); w.string(s.source.entity)
        w.key("name"); w.string(s.source.name)
        w.key("relation"); w.string(s.relation.rawValue)
        writeSpan(s.source.span, into: &w)
        writeText(s.source.span, d, into: &w)
        w.endObject()
    }

    /// The time held by the optional at `t`, or null (written through its address, as `writeRef`).
    static func writeTime(_ t: UnsafePointer<ClaimTime?>, _ d: Document, into w: inout JSONWriter) {
        guard case .some = t.pointee else { w.null(); return }
        let time = UnsafeMutableRawPointer(mutating: t).assumingMemoryBound(to: ClaimTime.self)
        d.scalars.withUnsafeBufferPointer { all in
            let text = scalars(of: time.pointee.span, in: all)
            let room = 96 &+ JSONCursor.room(at: &time.pointee.value) &+ JSONCursor.room(scalars: text.count)
                &+ JSONCursor.room(at: &time.pointee.date)
            var c = w.cursor(room: room)
            c.beginObject()
            c.firstKey("value"); c.string(at: &time.pointee.value)
            writeSpan(time.pointee.span, into: &c)
            c.key("text"); c.text(text)
            c.key("date"); c.string(at: &time.pointee.date)
            c.endObject()
            w.end(c)
        }
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
