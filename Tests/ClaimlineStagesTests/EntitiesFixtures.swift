import ClaimlineCore
import ClaimlinePipelines
import ClaimlineRules
@testable import ClaimlineStages
import Foundation

/// The default pipeline up to the entities stage, loaded once for the entities tests.
enum EntitiesFixtures {
    static let pipelineURL: URL = DefaultPipeline.locate(executable: nil)!

    static let plan: PipelinePlan = {
        var spec = try! PipelineSpec(contentsOf: pipelineURL, displayPrefix: "Pipelines/")
        spec.stages.removeAll { $0.kind == .dates || $0.kind == .claims }
        return try! PipelinePlan(spec: spec)
    }()

    static var entitiesPlan: EntitiesPlan { plan.plans.compactMap { $0 as? EntitiesPlan }[0] }

    /// Runs clean, normalize, segment and entities on a text.
    static func run(_ text: String, date: String? = nil, plan: PipelinePlan = plan) throws -> Document {
        var meta = DocumentMetadata()
        meta.date = date.flatMap(CalendarDate.init(iso:))
        var document = Document(id: "test", text: text, metadata: meta)
        try plan.makePipeline().run(&document)
        return document
    }

    /// The repository's Corpora folder.
    static var corpora: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpora")
    }

    /// A folder holding the given files, and a pipeline reading them.
    static func pipeline(files: [String: String], line: String) throws -> PipelinePlan {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimline-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let source = RuleSource(base: folder, displayPrefix: "t/")
        let spec = try PipelineSpec(text: line, file: "t/test.pipeline", source: source)
        return try PipelinePlan(spec: spec)
    }

    /// The mentions of a document as (text, entity) pairs, after checking every span.
    static func mentions(_ d: Document) -> [(text: String, entity: String?)] {
        d.entities.map { (d.string($0.span), $0.entity) }
    }
}

extension Document {
    /// The first mention whose original text is `text`.
    func mention(_ text: String, after offset: Int = 0) -> EntityMention? {
        entities.first { $0.span.start >= offset && string($0.span) == text }
    }
}
