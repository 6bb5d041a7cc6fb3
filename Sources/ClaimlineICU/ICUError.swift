import CICUShim

/// A failed ICU call: the operation and ICU's status name (`U_ILLEGAL_ARGUMENT_ERROR`).
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let status: Int32
    /// For rule and pattern syntax errors: 1-based line and 0-based offset ICU reported.
    public let parseLine: Int32
    public let parseOffset: Int32

    init(_ operation: String, status: Int32, parseLine: Int32 = 0, parseOffset: Int32 = 0) {
        self.operation = operation
        self.status = status
        self.parseLine = parseLine
        self.parseOffset = parseOffset
    }

    public var name: String { String(cString: cicu_error_name(status)) }
    public var description: String { "\(operation) failed: \(name)" }

    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if cicu_failed(status) != 0 { throw ICUError(operation(), status: status) }
    }
}

let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR
