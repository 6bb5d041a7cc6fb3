import CICUShim

/// Conversions between Swift strings and the UTF-16 buffers ICU works on, through ICU's own
/// converters (the standard library's UTF-16 decoding is an order of magnitude slower).
public enum UTF16 {
    public static func encode(_ string: String) -> [UInt16] {
        var s = string
        return s.withUTF8 { utf8 -> [UInt16] in
            if utf8.isEmpty { return [] }
            let count = utf8.count
            return [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
                var status: Int32 = 0
                let n = utf8.withMemoryRebound(to: CChar.self) {
                    cicu_utf8_to_utf16($0.baseAddress, Int32(count), buffer.baseAddress, Int32(count), &status)
                }
                initialized = cicu_failed(status) == 0 ? Int(n) : 0
            }
        }
    }

    public static func decode(_ units: UnsafeBufferPointer<UInt16>) -> String {
        if units.isEmpty { return "" }
        let capacity = units.count * 3
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var status: Int32 = 0
            let n = buffer.withMemoryRebound(to: CChar.self) {
                cicu_utf16_to_utf8(units.baseAddress, Int32(units.count), $0.baseAddress, Int32(capacity), &status)
            }
            return cicu_failed(status) == 0 ? Int(n) : 0
        }
    }

    public static func decode(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { decode($0) }
    }
}
