import CICUShim
import Foundation
import Synchronization

/// An ICU transliterator, opened by id (`Any-Latin; Latin-ASCII`) or from rule text in ICU's
/// rule syntax. Not shared between threads: each pipeline worker opens its own.
public final class Transliterator: @unchecked Sendable {
    private let handle: OpaquePointer

    public init(id: String) throws(ICUError) {
        handle = try Transliterator.open(id: id, rules: nil)
    }

    /// Compiles rule text; a syntax error carries ICU's line and offset.
    public init(name: String, rules: String) throws(ICUError) {
        handle = try Transliterator.open(id: name, rules: rules)
    }

    private static func open(id: String, rules: String?) throws(ICUError) -> OpaquePointer {
        let idUnits = UTF16.encode(id)
        let ruleUnits = rules.map(UTF16.encode)
        var status: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        let handle = idUnits.withUnsafeBufferPointer { idp in
            if let ruleUnits {
                return ruleUnits.withUnsafeBufferPointer { rp in
                    cicu_translit_open(idp.baseAddress, Int32(idp.count), rp.baseAddress ?? idp.baseAddress, Int32(rp.count), &line, &offset, &status)
                }
            }
            return cicu_translit_open(idp.baseAddress, Int32(idp.count), nil, 0, &line, &offset, &status)
        }
        guard let handle, cicu_failed(status) == 0 else {
            throw ICUError("utrans_openU(\(id))", status: status == 0 ? 1 : status, parseLine: line, parseOffset: offset)
        }
        return handle
    }

    deinit { cicu_translit_close(handle) }

    /// Makes ICU build its registry of transliterators, the ids that rules name
    /// (`::Latin-ASCII;`), on a thread of its own, once per process. Whatever opens the first
    /// transliterator builds it otherwise (about 140M instructions); started as soon as a
    /// caller knows it will open one, it is built while that caller does other work. A
    /// transliterator opened meanwhile waits for it. Call `waitForRegistry` before exiting.
    public static func buildRegistryInBackground() {
        registryBuild.withLock { started in
            guard started == nil else { return }
            let done = DispatchSemaphore(value: 0)
            Thread {
                _ = try? Transliterator(id: "Null")
                done.signal()
            }.start()
            started = done
        }
    }

    /// Returns once a registry build that `buildRegistryInBackground` started has ended (at
    /// once when none was): a process must not exit while that thread is inside ICU.
    public static func waitForRegistry() {
        guard let done = registryBuild.withLock({ $0 }) else { return }
        done.wait()
        done.signal()  // for the next caller
    }

    private static let registryBuild = Mutex<DispatchSemaphore?>(nil)

    /// ICU's versions, library, data and Unicode ("ICU 72.1, data 72.1, Unicode 15.0"): what
    /// a transliterator's output depends on besides its rules and its input.
    public static let icuVersions: String = {
        var buffer = [CChar](repeating: 0, count: 128)
        cicu_versions(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    public func apply(_ units: [UInt16]) throws(ICUError) -> [UInt16] {
        if units.isEmpty { return units }
        var capacity = units.count * 4 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var status: Int32 = 0
            buffer.withUnsafeMutableBufferPointer { cicu_translit_run(handle, $0.baseAddress, &length, Int32($0.count), &status) }
            if status == bufferOverflow { capacity = Int(length) * 2 + 16; continue }
            try ICUError.check(status, "utrans_transUChars")
            buffer.removeSubrange(Int(length)...)
            return buffer
        }
    }

    public func apply(_ string: String) throws(ICUError) -> String {
        UTF16.decode(try apply(UTF16.encode(string)))
    }
}
