/// A calendar date as the content writes it (`2026-06-11`); no time zone, no clock.
public struct Dato: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` with a real day of that month (`reading` says what is wrong otherwise).
    public init?(iso text: String) {
        guard case .valid(let dato) = Dato.reading(text) else { return nil }
        self = dato
    }

    public var iso: String {
        "\(year)-\(Dato.pad(month))-\(Dato.pad(day))"
    }

    public var description: String { iso }

    public static func < (a: Dato, b: Dato) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
