import ClaimlineCore

/// A time of day beside the day it belongs to. Time rules resolve a bare "3:12 pm" against
/// the anchor's day (the document date); next to a day the text names, that day is meant.
extension DateResolution {
    /// After the mention just added: "March 4, 2013 at 3:12 pm", "12 May 2014 at around
    /// 4 am" — a time resolved against the anchor's day right after a named day becomes one
    /// TIME mention over both (as TimeML annotates them), with the day's id and anchor.
    /// "at 5:40 pm on Sunday" — a day right after such a time gives the time its day.
    mutating func attachTimeOfDay() {
        let n = mentions.count
        guard n >= 2 else { return }
        // The types read in place first: most pairs are no day and time, and a mention copied
        // whole retains and releases its strings.
        let types = (mentions[n - 2].type, mentions[n - 1].type)
        guard types == (.date, .time) || types == (.time, .date) else { return }
        let earlier = mentions[n - 2], later = mentions[n - 1]
        if later.type == .time, later.anchor != nil, let time = Self.timeOfDay(later.value),
           earlier.type == .date, let day = Self.day(earlier.value),
           gapHolds(earlier.span.end, later.span.start, only: Self.beforeTime) {
            let span = ScalarSpan(earlier.span.start, later.span.end)
            mentions[n - 2] = DateMention(id: earlier.id, span: span, view: ScalarSpan(earlier.view.start, later.view.end),
                                          text: ScalarString.make(scalars[span.start..<span.end]), type: .time,
                                          value: day + time, anchor: earlier.anchor, rule: earlier.rule + "+" + later.rule)
            // Not yet taken into the anchors: `add` brings them up to date before it appends.
            mentions.removeLast()
        } else if later.type == .date, let day = Self.day(later.value) {
            // "at 5 p.m. local time (1700 GMT) on Sunday": each time of the run before the day.
            var i = n - 2, end = later.span.start
            while i >= 0, mentions[i].type == .time, mentions[i].anchor != nil, let time = Self.timeOfDay(mentions[i].value),
                  gapHolds(mentions[i].span.end, end, only: i == n - 2 ? Self.beforeDay : Self.betweenTimes) {
                mentions[i].value = day + time
                mentions[i].anchor = later.id
                end = mentions[i].span.start
                i -= 1
            }
        }
    }

    /// What may stand between a day and its time ("May 12 at 4 am"), between a time and its
    /// day, and between two spellings of one time ("5 p.m. (1700 GMT)").
    static let beforeTime: Set<String> = ["at", "around", "about", ","]
    static let beforeDay: Set<String> = ["on", ",", ")"]
    static let betweenTimes: Set<String> = ["(", ",", "or"]

    /// `YYYY-MM-DD` of a value that is exactly a day.
    static func day(_ value: String?) -> String? {
        guard let value, isDay(value.utf8) else { return nil }
        return value
    }

    /// Ten bytes of digits and dashes, the shape of a day's value (`2014-05-14`).
    private static func isDay<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.count == 10 && bytes.allSatisfy { $0 == UInt8(ascii: "-") || ($0 >= 48 && $0 <= 57) }
    }

    /// The `T…` part of a value that is a day and a time of day (`2014-05-14T15:12`). Read as
    /// UTF-8 bytes: `prefix` and `dropFirst` on the string walked it by characters.
    static func timeOfDay(_ value: String?) -> String? {
        guard let value, value.utf8.count > 11 else { return nil }
        let bytes = value.utf8, t = bytes.index(bytes.startIndex, offsetBy: 10)
        // An ASCII byte after the "T": no mark joins it into another character.
        guard bytes[t] == UInt8(ascii: "T"), bytes[bytes.index(after: t)] < 0x80, isDay(bytes[..<t]) else { return nil }
        return String(value[t...])
    }

    /// True when the text from `start` to `end` holds only spaces and the words or marks of `allowed`.
    private func gapHolds(_ start: Int, _ end: Int, only allowed: Set<String>) -> Bool {
        guard start <= end, end - start <= 16 else { return false }
        var word = ""
        for c in scalars[start..<end] {
            if c.isSpace {
                if !word.isEmpty && !allowed.contains(word) { return false }
                word = ""
            } else if c == "," {
                if (!word.isEmpty && !allowed.contains(word)) || !allowed.contains(",") { return false }
                word = ""
            } else {
                // Lower-cased: "At 3 pm".
                word.unicodeScalars.append(c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c)
            }
        }
        return word.isEmpty || allowed.contains(word)
    }
}
