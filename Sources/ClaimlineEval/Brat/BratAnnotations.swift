import ClaimlineCore

/// One `.ann` file as brat standoff states it, before any interpretation: the lines of
/// the kinds the gold scheme uses (T, A, R, E, N, #), each with the line it came from.
public struct BratAnnotations: Sendable, Equatable {
    /// `T1<TAB>PER 285 301<TAB>Omar Ould Hamaha`: a typed span (an entity, TIMEX3, Quote,
    /// Cue or event trigger). Discontinuous fragments (`s e;s e`) keep every fragment.
    public struct TextBound: Sendable, Equatable {
        public var id: String
        public var type: String
        public var fragments: [ScalarSpan]
        /// The text at the offsets (fragments joined by a space), as the .txt has it.
        public var text: String
        public var line: Int
        /// From the first fragment's start to the last fragment's end.
        public var span: ScalarSpan { ScalarSpan(fragments.first!.start, fragments.last!.end) }
    }

    /// `A1<TAB>TimexType T5 DATE` or the binary `A2<TAB>Direct T7` (value nil).
    public struct Attribute: Sendable, Equatable {
        public var id: String
        public var name: String
        public var target: String
        public var value: String?
        public var line: Int
    }

    /// `R1<TAB>Cue Arg1:T7 Arg2:T8`.
    public struct Relation: Sendable, Equatable {
        public var id: String
        public var type: String
        public var arg1: String
        public var arg2: String
        public var line: Int
    }

    /// `E1<TAB>Claim:T9 Speaker:T3 Subject:T1 Time:T5`: trigger and role-labelled arguments.
    public struct Event: Sendable, Equatable {
        public var id: String
        public var type: String
        public var trigger: String
        public var arguments: [(role: String, target: String)]
        public var line: Int

        public static func == (a: Event, b: Event) -> Bool {
            a.id == b.id && a.type == b.type && a.trigger == b.trigger && a.line == b.line
                && a.arguments.map(\.role) == b.arguments.map(\.role) && a.arguments.map(\.target) == b.arguments.map(\.target)
        }

        /// The first argument with this role (brat numbers repeated roles `Speaker2`, …).
        public func argument(_ role: String) -> String? { arguments.first { $0.role == role }?.target }
    }

    /// `N1<TAB>Reference T1 claimline:per.omar_ould_hamaha<TAB>Omar Ould Hamaha`.
    public struct Normalization: Sendable, Equatable {
        public var id: String
        public var type: String
        public var target: String
        /// The database part (`claimline`) and the id within it.
        public var database: String
        public var key: String
        public var text: String
        public var line: Int
    }

    /// `#1<TAB>AnnotatorNotes T5<TAB>2014-04-11`.
    public struct Note: Sendable, Equatable {
        public var id: String
        public var type: String
        public var target: String
        public var text: String
        public var line: Int
    }

    public var textBounds: [TextBound] = []
    public var attributes: [Attribute] = []
    public var relations: [Relation] = []
    public var events: [Event] = []
    public var normalizations: [Normalization] = []
    public var notes: [Note] = []

    public init() {}

    public func textBound(_ id: String) -> TextBound? { textBounds.first { $0.id == id } }
    public func attributes(of target: String) -> [Attribute] { attributes.filter { $0.target == target } }
    public func attribute(_ name: String, of target: String) -> Attribute? {
        attributes.first { $0.target == target && $0.name == name }
    }
}
