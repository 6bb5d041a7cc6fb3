/// The shape of a compound ICU transform id, checked without opening it: opening any id
/// builds ICU's registry of transforms, which costs far more than the rest of start-up.
///
///     Any-Latin; Latin-ASCII; [\u02BE\u02BF] Remove; NFC (NFD)
///
/// Elements are separated by `;`; each is an optional UnicodeSet filter `[…]` followed by
/// an optional `Source-Target/Variant` name (at least one of the two) and an optional
/// inverse in parentheses. Whether a well-formed name exists is only known when the id is
/// opened.
public enum TransformIDSyntax {
    /// What is wrong with `id`, or nil when it is well formed.
    public static func problem(in id: String) -> String? {
        let scalars = Array(id.unicodeScalars)
        var elements: [ArraySlice<Unicode.Scalar>] = []
        var start = 0, i = 0
        while i < scalars.count {
            if scalars[i] == "[" {
                guard let end = setEnd(scalars, from: i) else { return "unclosed \"[\" at character \(i + 1)" }
                i = end
                continue
            }
            if scalars[i] == ";" { elements.append(scalars[start..<i]); start = i + 1 }
            i += 1
        }
        elements.append(scalars[start..<scalars.count])
        for (k, element) in elements.enumerated() {
            let trimmed = trim(element)
            if trimmed.isEmpty {
                if k == elements.count - 1 && k > 0 { continue }  // a trailing ";"
                return "empty element \(k + 1)"
            }
            if let problem = elementProblem(trimmed) { return "element \"\(String(String.UnicodeScalarView(trimmed)))\": \(problem)" }
        }
        return nil
    }

    /// One element: `[filter]`, `name`, `[filter] name`, each with an optional `(inverse)`.
    static func elementProblem(_ element: ArraySlice<Unicode.Scalar>) -> String? {
        var rest = element
        if rest.first == "[" {
            guard let end = setEnd(Array(rest), from: 0) else { return "unclosed \"[\"" }
            rest = trim(rest.dropFirst(end))
        }
        if let open = rest.firstIndex(of: "(") {
            guard rest.last == ")" else { return "\"(\" without a closing \")\" at the end" }
            let inverse = trim(rest[(open + 1)..<(rest.endIndex - 1)])
            if !inverse.isEmpty, !isName(inverse) { return "bad inverse name" }
            rest = trim(rest[..<open])
        } else if rest.contains(")") {
            return "\")\" without \"(\""
        }
        if rest.isEmpty { return element.first == "[" || element.contains("(") ? nil : "no name" }
        return isName(rest) ? nil : "a name is Source-Target/Variant in letters, digits and \"_\""
    }

    /// `Target`, `Source-Target`, either with `/Variant` (ICU lets the source or the
    /// target be empty).
    static func isName(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var dashes = 0, slashes = 0, letters = 0
        for c in s {
            if c == "-" {
                dashes += 1
                if dashes > 1 || slashes > 0 { return false }
            } else if c == "/" {
                slashes += 1
                if slashes > 1 { return false }
            } else if c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil {
                letters += 1
            } else {
                return false
            }
        }
        return letters > 0
    }

    /// The offset just after the `]` closing the set that opens at `start` (nested sets and
    /// backslash escapes allowed), or nil.
    static func setEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0, i = start
        while i < s.count {
            switch s[i] {
            case "\\": i += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return i + 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    static func trim(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var r = s
        while let f = r.first, f.properties.isWhitespace { r = r.dropFirst() }
        while let l = r.last, l.properties.isWhitespace { r = r.dropLast() }
        return r
    }
}
