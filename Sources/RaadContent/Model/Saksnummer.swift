/// A sak's number within its utvalg and year: `14/26` is sak 14 of 2026.
public struct Saksnummer: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var nummer: Int
    /// The full year, 2026 for `14/26`.
    public var year: Int

    public init(nummer: Int, year: Int) {
        self.nummer = nummer
        self.year = year
    }

    /// Parses `14/26` (the form the councils write); a four-digit year is accepted too.
    public init?(_ text: String) {
        let parts = text.trimmingSpaces().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = Int(parts[0]), n > 0, parts[0].count <= 4,
              parts[1].allSatisfy(\.isASCII), let y = Int(parts[1])
        else { return nil }
        switch parts[1].count {
        case 2: year = 2000 + y
        case 4: year = y
        default: return nil
        }
        nummer = n
    }

    public var shortYear: Int { year % 100 }

    /// `14/26`
    public var description: String { "\(nummer)/\(Dato.pad(shortYear))" }

    /// The file and URL name: `14-26`.
    public var slug: String { "\(Dato.pad(nummer))-\(Dato.pad(shortYear))" }

    public static func < (a: Saksnummer, b: Saksnummer) -> Bool {
        (a.year, a.nummer) < (b.year, b.nummer)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
