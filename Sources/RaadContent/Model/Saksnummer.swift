/// A sak's number within its utvalg and year: `14/26` is sak 14 of 2026.
///
/// Boards write their numbers in their own forms (`02/2015`, `026/14`, `108/03 B`). The number keeps the
/// form it was written in, for display; two numbers are the same sak when number, year and suffix agree,
/// however they were written.
public struct Saksnummer: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var nummer: Int
    /// The full year, 2026 for `14/26`.
    public var year: Int
    /// A letter after the number, `B` in `108/03 B`; compared without case.
    public var suffix: String?
    /// The number as the source writes it.
    public var written: String

    public init(nummer: Int, year: Int, suffix: String? = nil) {
        self.nummer = nummer
        self.year = year
        self.suffix = suffix
        self.written = "\(nummer)/\(Dato.pad(year % 100))" + (suffix.map { " " + $0 } ?? "")
    }

    /// Parses `14/26` (the form the councils write), `02/2015`, `026/14` and `108/03 B`.
    public init?(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard (1...2).contains(words.count) else { return nil }
        let parts = words[0].split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 4, parts[0].allSatisfy(\.isASCII), let n = Int(parts[0]), n > 0,
              parts[1].allSatisfy(\.isASCII), let y = Int(parts[1]), parts[1].allSatisfy(\.isNumber)
        else { return nil }
        switch parts[1].count {
        case 2: year = 2000 + y
        case 4: year = y
        default: return nil
        }
        if words.count == 2 {
            guard Self.isSuffix(words[1]) else { return nil }
            suffix = String(words[1])
        } else {
            suffix = nil
        }
        nummer = n
        written = words.joined(separator: " ")
    }

    /// This number written as `example` is: with its four-digit year and its leading zeros (`026/2016`).
    public func written(like example: Saksnummer?) -> Saksnummer {
        guard let example, let slash = example.written.firstIndex(of: "/") else { return self }
        let width = example.written[..<slash].first == "0" ? example.written.distance(from: example.written.startIndex, to: slash) : 1
        let yearDigits = example.written[example.written.index(after: slash)...].prefix { $0.isNumber }.count
        let digits = String(nummer)
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        let year = yearDigits == 4 ? String(year) : Dato.pad(shortYear)
        return Saksnummer(padded + "/" + year + (suffix.map { " " + $0 } ?? "")) ?? self
    }

    /// One or two letters: `B`, `b`, `AB`.
    static func isSuffix(_ text: Substring) -> Bool {
        (1...2).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLetter }
    }

    public var shortYear: Int { year % 100 }

    /// As written: `14/26`, `02/2015`, `108/03 B`.
    public var description: String { written }

    /// The form the search index files numbers under, however they are written: `2/15` for `02/2015`.
    public var searchKey: String { "\(nummer)/\(Dato.pad(shortYear))" }

    /// The file and URL name a new sak gets: `14-26`; a number written with a four-digit year, leading
    /// zeros or a suffix is named as written (`02-2015`, `108-03-b`).
    public var slug: String { isPlainForm ? twoDigitSlug : writtenSlug }

    /// The names a sak file with this number may have: as written, and the two-digit form.
    public var fileNames: Set<String> { [writtenSlug, twoDigitSlug] }

    /// `02-2015` for `02/2015`, `108-03-b` for `108/03 B`.
    var writtenSlug: String {
        String(written.lowercased().map { $0 == "/" || $0 == " " ? "-" : $0 })
    }

    /// `02-15`, `108-03-b`.
    var twoDigitSlug: String {
        "\(Dato.pad(nummer))-\(Dato.pad(shortYear))" + (suffix.map { "-" + $0.lowercased() } ?? "")
    }

    /// `14/26`, the form the national councils write and `init(nummer:year:)` makes.
    private var isPlainForm: Bool { written == Saksnummer(nummer: nummer, year: year, suffix: suffix).written }

    private var suffixKey: String { suffix?.lowercased() ?? "" }

    public static func == (a: Saksnummer, b: Saksnummer) -> Bool {
        a.nummer == b.nummer && a.year == b.year && a.suffixKey == b.suffixKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nummer)
        hasher.combine(year)
        hasher.combine(suffixKey)
    }

    public static func < (a: Saksnummer, b: Saksnummer) -> Bool {
        (a.year, a.nummer, a.suffixKey) < (b.year, b.nummer, b.suffixKey)
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
