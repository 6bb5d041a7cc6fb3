import Foundation

/// Validates JSON values against the subset of JSON Schema (2020-12) that `Schemas/` uses:
/// type, const, enum, properties, required, additionalProperties (boolean), items,
/// maxItems, minimum, maximum, anyOf and local `$ref`s into `$defs`. Any other keyword in
/// a schema is reported as unsupported, so the schemas cannot silently outgrow it.
struct SchemaValidator: @unchecked Sendable {
    /// Parsed once and never mutated.
    let root: [String: Any]

    static let supported: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum", "properties",
        "required", "additionalProperties", "items", "maxItems", "minimum", "maximum", "anyOf",
    ]

    init(schemaFile name: String) throws {
        let url = CLI.packageRoot.appendingPathComponent("Schemas/\(name)")
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// Every violation, as `path: problem`; empty when the value is valid.
    func errors(_ value: Any) -> [String] {
        var out: [String] = []
        check(value, root, "$", &out)
        return out
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/$defs/"), let defs = root["$defs"] as? [String: Any] else { return nil }
        return defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any]
    }

    private func check(_ value: Any, _ schema: [String: Any], _ path: String, _ out: inout [String]) {
        for key in schema.keys where !Self.supported.contains(key) { out.append("\(path): unsupported schema keyword \(key)") }
        if let ref = schema["$ref"] as? String {
            guard let target = resolve(ref) else { out.append("\(path): unresolved $ref \(ref)"); return }
            check(value, target, path, &out)
        }
        if let types = schema["type"] {
            let names = (types as? [String]) ?? [(types as? String) ?? ""]
            if !names.contains(where: { Self.matches(value, type: $0) }) { out.append("\(path): expected \(names.joined(separator: "|")), found \(Self.describe(value))") }
        }
        if let constant = schema["const"], !Self.equal(value, constant) { out.append("\(path): expected \(constant)") }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal(value, $0) }) {
            out.append("\(path): \(Self.describe(value)) not in \(choices)")
        }
        if let anyOf = schema["anyOf"] as? [[String: Any]] {
            let fits = anyOf.contains { option in var sub: [String] = []; check(value, option, path, &sub); return sub.isEmpty }
            if !fits { out.append("\(path): matches none of anyOf") }
        }
        checkNumber(value, schema, path, &out)
        if let object = value as? [String: Any] { checkObject(object, schema, path, &out) }
        if let array = value as? [Any] { checkArray(array, schema, path, &out) }
    }

    private func checkNumber(_ value: Any, _ schema: [String: Any], _ path: String, _ out: inout [String]) {
        guard let n = value as? NSNumber, !Self.isBool(value) else { return }
        if let min = schema["minimum"] as? NSNumber, n.doubleValue < min.doubleValue { out.append("\(path): \(n) < minimum \(min)") }
        if let max = schema["maximum"] as? NSNumber, n.doubleValue > max.doubleValue { out.append("\(path): \(n) > maximum \(max)") }
    }

    private func checkObject(_ object: [String: Any], _ schema: [String: Any], _ path: String, _ out: inout [String]) {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for name in schema["required"] as? [String] ?? [] where object[name] == nil { out.append("\(path): missing \(name)") }
        for (key, value) in object {
            if let sub = properties[key] as? [String: Any] {
                check(value, sub, "\(path).\(key)", &out)
            } else if (schema["additionalProperties"] as? Bool) == false {
                out.append("\(path): unexpected property \(key)")
            }
        }
    }

    private func checkArray(_ array: [Any], _ schema: [String: Any], _ path: String, _ out: inout [String]) {
        if let max = schema["maxItems"] as? Int, array.count > max { out.append("\(path): more than \(max) items") }
        if let items = schema["items"] as? [String: Any] {
            for (i, item) in array.enumerated() { check(item, items, "\(path)[\(i)]", &out) }
        }
    }

    static func isBool(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer": if let n = value as? NSNumber, !isBool(value) { return n.doubleValue == n.doubleValue.rounded() } else { return false }
        case "number": return value is NSNumber && !isBool(value)
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        default: return false
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return a is NSNull && b is NSNull
    }

    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if isBool(value) { return "boolean" }
        if value is String { return "string \"\(value)\"" }
        if value is NSNumber { return "number \(value)" }
        if value is [Any] { return "array" }
        return "object"
    }
}

extension SchemaValidator {
    static let document = try! SchemaValidator(schemaFile: "document.schema.json")
    static let error = try! SchemaValidator(schemaFile: "error.schema.json")
    static let manifest = try! SchemaValidator(schemaFile: "manifest.schema.json")
    static let failure = try! SchemaValidator(schemaFile: "failure.schema.json")

    /// A record line is a document record or, when it carries `error`, an error record.
    static func recordErrors(_ record: [String: Any]) -> [String] {
        record["error"] != nil ? error.errors(record) : document.errors(record)
    }
}
