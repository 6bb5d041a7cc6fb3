import ClaimlineCore
import ClaimlineRules

/// One step of a pipeline: reads what earlier stages left on the document and adds its own
/// annotations. A stage instance belongs to one worker (it may own ICU objects, which are
/// not shared between threads); `StagePlan` makes one per worker from tables loaded once.
public protocol Stage: AnyObject {
    var kind: StageKind { get }
    func run(_ document: inout Document) throws(StageError)
}

/// What a stage needs to exist: its tables, loaded and checked once, shared by all workers.
public protocol StagePlan: Sendable {
    var kind: StageKind { get }
    func makeStage() throws(StageError) -> any Stage
}

/// A stage could not process a document (or could not be set up).
public struct StageError: Error, Sendable, CustomStringConvertible {
    public var stage: StageKind
    public var code: String
    public var message: String

    public init(_ stage: StageKind, code: String, _ message: String) {
        self.stage = stage
        self.code = code
        self.message = message
    }

    public var description: String { "\(stage.rawValue): \(message)" }
}
