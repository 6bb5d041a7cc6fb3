import ClaimlineCore

/// Reads brat standoff (`.ann`) against its text. Offsets are Unicode scalar offsets; every
/// text-bound's text column must equal the text at its offsets. Errors are collected, each
/// naming `file:line`, and thrown together.
public struct BratReader {
    public let file: String
    let scalars: [Unicode.Scalar]
    private var errors: [GoldError] = []
    private var result = BratAnnotations()
    private var lineOfID: [String: Int] = [:]

    /// `file` is how errors name the `.ann` (a repository-relative path).
    public init(file: String, text: String) {
        self.file = file
        self.scalars = Array(text.unicodeScalars)
    }

    public static func read(_ ann: String, text: String, file: String) throws(GoldErrors) -> BratAnnotations {
        var reader = BratReader(file: file, text: text)
        return try reader.read(ann)
    }

    public mutating func read(_ ann: String) throws(GoldErrors) -> BratAnnotations {
        let ann = ann.hasPrefix("\u{FEFF}") ? String(ann.unicodeScalars.dropFirst()) : ann
        for (index, raw) in ann.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            readLine(String(line), number: index + 1)
        }
        checkReferences()
        if !errors.isEmpty { throw GoldErrors(errors) }
        return result
    }

    private mutating func fail(_ line: Int, _ message: String) {
        errors.append(GoldError(file: file, line: line, message))
    }

    private mutating func readLine(_ line: String, number: Int) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let id = fields[0]
        guard fields.count >= 2, let kind = id.unicodeScalars.first else {
            return fail(number, "expected an id, a tab and an annotation; found \"\(line)\"")
        }
        if let earlier = lineOfID[id] { return fail(number, "id \(id) already used on line \(earlier)") }
        lineOfID[id] = number
        let body = fields[1].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let tail = fields.count > 2 ? fields[2...].joined(separator: "\t") : nil
        switch kind {
        case "T": readTextBound(id, body, tail, number)
        case "A", "M": readAttribute(id, body, number)
        case "R": readRelation(id, body, number)
        case "E": readEvent(id, body, number)
        case "N": readNormalization(id, body, tail, number)
        case "#": readNote(id, body, tail, number)
        default: fail(number, "unknown annotation kind \"\(kind)\" in id \(id); expected T, A, R, E, N or #")
        }
    }

    private mutating func readTextBound(_ id: String, _ body: [String], _ text: String?, _ line: Int) {
        guard body.count >= 3, let text else {
            return fail(line, "text-bound \(id): expected \"TYPE start end<TAB>text\"")
        }
        var fragments: [ScalarSpan] = []
        for piece in body.dropFirst().joined(separator: " ").split(separator: ";") {
            let bounds = piece.split(separator: " ")
            guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]) else {
                return fail(line, "text-bound \(id): offsets \"\(piece)\" are not \"start end\"")
            }
            guard start >= 0, start <= end, end <= scalars.count else {
                return fail(line, "text-bound \(id): span \(start) \(end) outside the text (\(scalars.count) characters)")
            }
            fragments.append(ScalarSpan(start, end))
        }
        let actual = fragments.map(covered).joined(separator: " ")
        guard actual == text || flattened(actual) == text else {
            return fail(line, "text-bound \(id): text at \(fragments.map { "\($0.start) \($0.end)" }.joined(separator: ";")) is \"\(actual)\", the .ann says \"\(text)\"")
        }
        result.textBounds.append(.init(id: id, type: body[0], fragments: fragments, text: actual, line: line))
    }

    private func covered(_ span: ScalarSpan) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span.start..<span.end])
        return String(s)
    }

    /// brat writes a line break or tab inside a span as a space (the column is one line).
    private func flattened(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    private mutating func readAttribute(_ id: String, _ body: [String], _ line: Int) {
        guard body.count == 2 || body.count == 3 else {
            return fail(line, "attribute \(id): expected \"Name target [value]\"")
        }
        result.attributes.append(.init(id: id, name: body[0], target: body[1], value: body.count == 3 ? body[2] : nil, line: line))
    }

    private mutating func readRelation(_ id: String, _ body: [String], _ line: Int) {
        let args = body.dropFirst().map { $0.split(separator: ":", maxSplits: 1).map(String.init) }
        guard body.count == 3, args.allSatisfy({ $0.count == 2 }),
              let a1 = args.first(where: { $0[0] == "Arg1" }), let a2 = args.first(where: { $0[0] == "Arg2" }) else {
            return fail(line, "relation \(id): expected \"Type Arg1:ID Arg2:ID\"")
        }
        result.relations.append(.init(id: id, type: body[0], arg1: a1[1], arg2: a2[1], line: line))
    }

    private mutating func readEvent(_ id: String, _ body: [String], _ line: Int) {
        let parts = body.map { $0.split(separator: ":", maxSplits: 1).map(String.init) }
        guard let head = parts.first, head.count == 2, parts.allSatisfy({ $0.count == 2 && !$0[1].isEmpty }) else {
            return fail(line, "event \(id): expected \"Type:TRIGGER Role:ID …\"")
        }
        let args = parts.dropFirst().map { (role: $0[0], target: $0[1]) }
        result.events.append(.init(id: id, type: head[0], trigger: head[1], arguments: args, line: line))
    }

    private mutating func readNormalization(_ id: String, _ body: [String], _ text: String?, _ line: Int) {
        let ref = body.count == 3 ? body[2].split(separator: ":", maxSplits: 1).map(String.init) : []
        guard ref.count == 2, !ref[1].isEmpty else {
            return fail(line, "normalization \(id): expected \"Reference target db:id<TAB>name\"")
        }
        result.normalizations.append(.init(id: id, type: body[0], target: body[1], database: ref[0], key: ref[1], text: text ?? "", line: line))
    }

    private mutating func readNote(_ id: String, _ body: [String], _ text: String?, _ line: Int) {
        guard body.count == 2, let text else { return fail(line, "note \(id): expected \"AnnotatorNotes target<TAB>text\"") }
        result.notes.append(.init(id: id, type: body[0], target: body[1], text: text, line: line))
    }

    /// Every id an annotation points at must exist: attributes and notes may point at any
    /// annotation, relations and normalizations at text-bounds, events at text-bounds or events.
    private mutating func checkReferences() {
        let textBounds = Set(result.textBounds.map(\.id))
        let events = Set(result.events.map(\.id))
        let any = Set(lineOfID.keys)
        let defined = Set(result.attributes.map(\.id) + result.relations.map(\.id) + result.normalizations.map(\.id)
            + result.notes.map(\.id)).union(textBounds).union(events)
        func need(_ target: String, in ids: Set<String>, _ what: String, _ line: Int) {
            // An id whose own line was wrong has been reported already.
            let failed = lineOfID[target] != nil && !defined.contains(target)
            if !ids.contains(target) && !failed { fail(line, "\(what) refers to \(target), which is not defined") }
        }
        for a in result.attributes { need(a.target, in: any, "attribute \(a.id)", a.line) }
        for n in result.notes { need(n.target, in: any, "note \(n.id)", n.line) }
        for n in result.normalizations { need(n.target, in: textBounds, "normalization \(n.id)", n.line) }
        for r in result.relations {
            need(r.arg1, in: textBounds, "relation \(r.id)", r.line)
            need(r.arg2, in: textBounds, "relation \(r.id)", r.line)
        }
        for e in result.events {
            need(e.trigger, in: textBounds, "event \(e.id) trigger", e.line)
            for arg in e.arguments { need(arg.target, in: textBounds.union(events), "event \(e.id) \(arg.role)", e.line) }
        }
    }
}
