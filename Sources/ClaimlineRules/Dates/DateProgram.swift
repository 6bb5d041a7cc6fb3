/// A pattern flattened into instructions for a small backtracking matcher: optional parts
/// become a `split` that tries the part and, failing or not, the jump past it.
public enum DateInstruction: Sendable {
    case test(DateTokenTest)
    case fragment(Int, slot: Int)
    /// Try the next instruction, and also continue at `skip`.
    case split(skip: Int)
    case spanStart, spanEnd
    case notNext(DateTokenTest)
    case accept
}

enum DateProgram {
    static func compile(_ nodes: [DatePatternNode]) -> [DateInstruction] {
        var program: [DateInstruction] = []
        emit(nodes, into: &program)
        program.append(.accept)
        return program
    }

    private static func emit(_ nodes: [DatePatternNode], into program: inout [DateInstruction]) {
        for node in nodes {
            switch node {
            case .token(let t): program.append(.test(t))
            case .fragment(let f, let slot): program.append(.fragment(f, slot: slot))
            case .spanStart: program.append(.spanStart)
            case .spanEnd: program.append(.spanEnd)
            case .notNext(let t): program.append(.notNext(t))
            case .optional(let inner):
                let split = program.count
                program.append(.split(skip: 0))
                emit(inner, into: &program)
                program[split] = .split(skip: program.count)
            }
        }
    }
}
