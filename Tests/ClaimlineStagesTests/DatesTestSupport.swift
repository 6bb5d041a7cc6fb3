import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRules
@testable import ClaimlineStages
import Foundation
import Testing

/// The default pipeline up to and including the dates stage, loaded once per test process.
enum DatesTestPipeline {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipelineURL = repository.appendingPathComponent("Pipelines/default.pipeline")

    /// The plan of the default pipeline cut after `dates` (without entities), with `options`
    /// (`key=value` words) added to the dates line; a later option of the same key wins.
    static func plan(options: [String] = []) throws -> PipelinePlan {
        let text = try String(contentsOf: pipelineURL, encoding: .utf8)
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("entities") || line.hasPrefix("claims") { lines.append(""); continue }
            lines.append(line.hasPrefix("dates") ? ([String(line)] + options).joined(separator: " ") : String(line))
        }
        let source = RuleSource(base: pipelineURL.deletingLastPathComponent(), displayPrefix: "Pipelines/")
        return try PipelinePlan(spec: PipelineSpec(text: lines.joined(separator: "\n"), file: "Pipelines/default.pipeline", source: source))
    }

    static let shared: PipelinePlan = try! plan()

    /// Runs the pipeline on a text with an optional document date.
    static func run(_ text: String, date: String?, source: String? = nil, entities: [EntityMention] = [],
                    plan: PipelinePlan = shared) throws -> Document {
        var metadata = DocumentMetadata()
        metadata.date = date.flatMap(CalendarDate.init(iso:))
        metadata.source = source
        var document = Document(id: "example", text: text, metadata: metadata)
        document.entities = entities
        try plan.makePipeline().run(&document)
        return document
    }
}

/// One line of a `*.examples.tsv` file beside a date rule table.
struct DateExample: Sendable, CustomTestStringConvertible {
    let file: String
    let line: Int
    let text: String
    let date: String?
    /// nil for a negative example (nothing may be found).
    let span: String?
    let value: String?
    let type: String?

    var testDescription: String { "\(file):\(line): \(text)" }

    /// Every example of every `*.examples.tsv` under Pipelines/tables/dates/.
    static func all() -> [DateExample] {
        let folder = DatesTestPipeline.repository.appendingPathComponent("Pipelines/tables/dates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".examples.tsv") }.sorted().flatMap { name -> [DateExample] in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let file = "Pipelines/tables/dates/\(name)"
            guard let table = try? Table(file: file, text: text, required: ["text", "date", "span", "value", "type"]) else {
                return [DateExample(file: file, line: 1, text: "(unreadable examples file)", date: nil, span: "?", value: "?", type: "?")]
            }
            return table.rows.map { row in
                let span = row["span"].text
                return DateExample(file: file, line: row.line, text: row["text"].text,
                                   date: row["date"].text == "-" ? nil : row["date"].text,
                                   span: span == "-" ? nil : span == "=" ? row["text"].text : span,
                                   value: row["value"].text, type: row["type"].text)
            }
        }
    }
}
