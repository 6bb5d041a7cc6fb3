import ClaimlineCore

/// Compiles the pattern language of the date rule tables. Elements are separated by spaces:
///
///     word|word|,     a literal token (case-insensitive), alternatives with `|`
///     {fragment}      a fragment; its value is captured under its name, or `{fragment@name}`
///     x?  {f}?        optional element
///     ( … )?          optional group
///     [ … ]           context at the start or end: must match, is not part of the span
///     !word|word      the next token must not be one of these
///     \( \? …         a special character as a literal
struct DatePatternParser {
    struct Capture {
        let name: String
        let fragment: Int
        let optional: Bool
    }

    let text: [Unicode.Scalar]
    let base: SourceLocation
    let fragmentIndex: [String: Int]
    var lexicon: DateLexicon
    var position = 0
    var captures: [Capture] = []
    var errors: [RuleError] = []

    init(_ cell: Table.Cell, fragments: [String: Int], lexicon: DateLexicon) {
        text = Array(cell.text.unicodeScalars)
        base = cell.location
        fragmentIndex = fragments
        self.lexicon = lexicon
    }

    func at(_ offset: Int) -> SourceLocation {
        SourceLocation(file: base.file, line: base.line, column: base.column + offset)
    }

    mutating func parse() -> [DatePatternNode] {
        let nodes = sequence(closer: nil, optional: false)
        if position < text.count { errors.append(RuleError(at(position), "unexpected \"\(text[position])\"")) }
        if let first = nodes.firstIndex(where: { if case .spanEnd = $0 { return true }; return false }),
           nodes[(first + 1)...].contains(where: { if case .spanStart = $0 { return true }; return false }) {
            errors.append(RuleError(at(0), "trailing context comes before leading context"))
        }
        // The span is what lies between the leading and the trailing context.
        let first = nodes.lastIndex { if case .spanStart = $0 { return true }; return false }.map { $0 + 1 } ?? 0
        let end = nodes.firstIndex { if case .spanEnd = $0 { return true }; return false } ?? nodes.count
        if first >= end || DatePatternFirst.keys(of: Array(nodes[first..<end])).nullable {
            errors.append(RuleError(at(0), "pattern can match an empty span"))
        }
        return nodes
    }

    mutating func skipSpaces() { while position < text.count, text[position] == " " { position += 1 } }

    mutating func sequence(closer: Unicode.Scalar?, optional: Bool) -> [DatePatternNode] {
        var nodes: [DatePatternNode] = []
        while true {
            skipSpaces()
            guard position < text.count else {
                if let closer { errors.append(RuleError(at(position), "missing \"\(closer)\"")) }
                return nodes
            }
            let c = text[position]
            if c == closer { return nodes }
            switch c {
            case ")", "]", "}": errors.append(RuleError(at(position), "unbalanced \"\(c)\"")); position += 1
            case "(": if let group = group() { nodes.append(group) }
            case "[": context(into: &nodes, closer: closer, optional: optional)
            case "!":
                position += 1
                if let test = literal() { nodes.append(.notNext(test)) }
            case "{": if let node = fragmentReference(optional: optional) { nodes.append(node) }
            default:
                guard let test = literal() else { continue }
                nodes.append(takeOptionalMark() ? .optional([.token(test)]) : .token(test))
            }
        }
    }

    /// `( … )?`, an optional group.
    mutating func group() -> DatePatternNode? {
        let start = position
        position += 1
        let inner = sequence(closer: ")", optional: true)
        position += 1
        guard takeOptionalMark() else {
            errors.append(RuleError(at(start), "a group ( … ) must be optional: write ( … )?"))
            return nil
        }
        return .optional(inner)
    }

    /// `[ … ]`: leading context (then the span starts) or trailing context (the span ends before it).
    mutating func context(into nodes: inout [DatePatternNode], closer: Unicode.Scalar?, optional: Bool) {
        let start = position
        position += 1
        let inner = sequence(closer: "]", optional: optional)
        position += 1
        if nodes.isEmpty && closer == nil { nodes = inner + [.spanStart]; return }
        skipSpaces()
        if position < text.count || closer != nil { errors.append(RuleError(at(start), "context [ … ] goes at the start or the end of a pattern")) }
        nodes.append(.spanEnd)
        nodes.append(contentsOf: inner)
    }

    mutating func takeOptionalMark() -> Bool {
        guard position < text.count, text[position] == "?" else { return false }
        position += 1
        return true
    }

    /// `{fragment}` or `{fragment@capture}`, with its `?`.
    mutating func fragmentReference(optional: Bool) -> DatePatternNode? {
        let start = position
        guard let close = text[position...].firstIndex(of: "}") else {
            errors.append(RuleError(at(position), "missing \"}\"")); position = text.count; return nil
        }
        let inside = ScalarString.make(text[(position + 1)..<close])
        position = close + 1
        let isOptional = takeOptionalMark()
        let parts = inside.split(separator: "@", omittingEmptySubsequences: false)
        let name = String(parts[0]), captureName = parts.count > 1 ? String(parts[1]) : name
        guard let fragment = fragmentIndex[name] else {
            let known = fragmentIndex.keys.sorted().joined(separator: ", ")
            errors.append(RuleError(at(start + 1), "unknown fragment {\(name)}; known: \(known)"))
            return nil
        }
        if captures.contains(where: { $0.name == captureName }) {
            errors.append(RuleError(at(start + 1), "capture \(captureName) appears twice; name one {\(name)@other}"))
            return nil
        }
        captures.append(Capture(name: captureName, fragment: fragment, optional: optional || isOptional))
        let node = DatePatternNode.fragment(fragment, slot: captures.count - 1)
        return isOptional ? .optional([node]) : node
    }

    /// A space or a character of the pattern syntax.
    @inline(__always)
    static func endsLiteral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "?", "(", ")", "[", "]", "{", "}": return true
        default: return false
        }
    }

    /// `a|b|,` up to a space or special character: words and punctuation, or one number.
    mutating func literal() -> DateTokenTest? {
        let start = position
        var end = position
        while end < text.count, !Self.endsLiteral(text[end]) {
            end += text[end] == "\\" && end + 1 < text.count ? 2 : 1
        }
        position = end
        guard end > start else { errors.append(RuleError(at(start), "expected a word, {fragment}, ( … )? or [ … ]")); position += 1; return nil }
        var words: [Int32] = [], puncts: [UInt32] = []
        var column = start
        for alternative in ScalarString.make(text[start..<end]).split(separator: "|", omittingEmptySubsequences: false) {
            defer { column += alternative.unicodeScalars.count + 1 }
            let unescaped = alternative.unicodeScalars.contains("\\")
                ? String(String.UnicodeScalarView(alternative.unicodeScalars.filter { $0 != "\\" })) : String(alternative)
            let pieces = DateSurface.pieces(unescaped)
            guard pieces.count == 1, let test = DateSurface.test(pieces[0], caseSensitive: false, lexicon: &lexicon) else {
                errors.append(RuleError(at(column), "literal \"\(alternative)\" is not one token; use a fragment for phrases"))
                continue
            }
            switch test {
            case .literal(let w, let p, _): words += w; puncts += p
            case .number:
                if start == column && end == start + alternative.unicodeScalars.count { return test }
                errors.append(RuleError(at(column), "a number literal cannot have alternatives; use a fragment"))
            }
        }
        return .literal(words: words, puncts: puncts, capital: false)
    }
}
