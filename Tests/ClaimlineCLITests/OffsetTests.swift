import Foundation
import Testing

/// Offsets are sacred: every item of every record that has `start`, `end` and `text` must
/// have `text` equal to the original text at `[start, end)` in Unicode scalars.
@Suite("Record offsets")
struct OffsetTests {
    /// Every `{start, end, text}` object inside a record, with where it sits.
    func spans(_ value: Any, _ path: String = "$") -> [(path: String, start: Int, end: Int, text: String)] {
        if let object = value as? [String: Any] {
            var found: [(String, Int, Int, String)] = []
            if let start = object["start"] as? Int, let end = object["end"] as? Int, let text = object["text"] as? String {
                found.append((path, start, end, text))
            }
            for (key, child) in object { found += spans(child, "\(path).\(key)") }
            return found
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { spans($0.element, "\(path)[\($0.offset)]") }
        }
        return []
    }

    /// Checks every span; returns how many there were.
    @discardableResult
    func check(_ records: [[String: Any]], texts: [String: String]) -> Int {
        var checked = 0
        for record in records {
            guard let id = record["id"] as? String, let text = texts[id] else { continue }
            let scalars = Array(text.unicodeScalars)
            for span in spans(record) {
                let inside = span.start >= 0 && span.start <= span.end && span.end <= scalars.count
                #expect(inside, "\(id) \(span.path): [\(span.start), \(span.end)) outside \(scalars.count) scalars")
                guard inside else { continue }
                checked += 1
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[span.start..<span.end])
                #expect(Array(String(slice).unicodeScalars) == Array(span.text.unicodeScalars), "\(id) \(span.path)")
            }
        }
        return checked
    }

    @Test("every corpus document: spans in its record index the original text")
    func corpora() throws {
        let root = CLI.packageRoot.appendingPathComponent("Corpora")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") } ?? []
        #expect(!files.isEmpty)
        var lines: [String] = []
        var texts: [String: String] = [:]
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            texts[file] = text
            lines.append(JSON.line(["id": file, "text": text, "date": "2014-04-16"]))
        }
        let result = try CLI.run(["run", "--input-format", "jsonl"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.records.count == files.count)
        #expect(check(result.records, texts: texts) > 0)
    }

    @Test("text full of NBSP, curly quotes, decomposed accents, Arabic, emoji and CRLF")
    func hardText() throws {
        let pieces = ["Mr. Omar Ould Hamaha", "\u{00A0}", "“alive”", "—", "Cafe\u{0301}", "قال المتحدث", "👍🏽", "🇲🇱", "\r\n",
                      "Translated by: TheMaghrebiNote\r\n", "ﬁnal…", "on Friday, April 11th", "AQIM", "Related\n", "Leave a Reply\n"]
        var rng = SystemRandomNumberGenerator()
        var texts: [String: String] = [:]
        var lines: [String] = []
        for n in 0..<40 {
            let text = (0..<60).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: " ")
            texts["h\(n)"] = text
            lines.append(JSON.line(["id": "h\(n)", "text": text]))
        }
        let result = try CLI.run(["run", "--input-format", "jsonl"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.records.count == 40)
        #expect(check(result.records, texts: texts) > 0)
        expectSchemaValid(result)
    }
}
