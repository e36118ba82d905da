/// What an editor's date text is: a valid `YYYY-MM-DD`, a day or month that does not exist, or another form
/// (`11. juni 2026`, `11.06.2026`) that can be read, so the hint can give the exact text to write.
extension Dato {
    public enum Reading: Equatable {
        case valid(Dato)
        case noSuchDay(month: Int, year: Int, days: Int)
        case noSuchMonth(Int)
        /// Not `YYYY-MM-DD`; the date it most likely means, when it can be read as one.
        case otherForm(Dato?)
    }

    public static func reading(_ text: String) -> Reading {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .otherForm(otherForm(text)) }
        guard (1...12).contains(month) else { return .noSuchMonth(month) }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else { return .noSuchDay(month: month, year: year, days: days) }
        return .valid(Dato(year: year, month: month, day: day))
    }

    /// `11. juni 2026`, `11 juni 2026`, `11.06.2026`, `11/6/2026` or `2026-6-11`, as a valid date.
    static func otherForm(_ text: String) -> Dato? {
        let words = text.lowercased().split { $0 == " " || $0 == "." || $0 == "/" || $0 == "-" || $0 == "," }
        guard words.count == 3 else { return nil }
        let numbers = words.map { Int($0) }
        let month = numbers[1] ?? monthNumber(String(words[1]))
        let (day, year): (Int?, Int?) = words[0].count == 4 ? (numbers[2], numbers[0]) : (numbers[0], numbers[2])
        guard let day, let month, let year, year >= 1000, (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return Dato(year: year, month: month, day: day)
    }

    private static func monthNumber(_ word: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]
        let english = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let prefix = String(word.prefix(3))
        return (names.firstIndex(of: prefix) ?? english.firstIndex(of: prefix)).map { $0 + 1 }
    }
}
