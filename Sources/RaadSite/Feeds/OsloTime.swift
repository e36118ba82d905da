import RaadContent

/// Norwegian time: CET, and CEST from the last Sunday of March to the last Sunday of October.
enum OsloTime {
    static func offset(on dato: Dato) -> String {
        isSummerTime(dato) ? "+02:00" : "+01:00"
    }

    static func isSummerTime(_ dato: Dato) -> Bool {
        let start = lastSunday(month: 3, year: dato.year)
        let end = lastSunday(month: 10, year: dato.year)
        return dato >= start && dato < end
    }

    static func lastSunday(month: Int, year: Int) -> Dato {
        let last = Dato.daysIn(month: month, year: year)
        let weekday = dayOfWeek(year: year, month: month, day: last) // 0 = Sunday
        return Dato(year: year, month: month, day: last - weekday)
    }

    /// Sakamoto's method: 0 is Sunday.
    static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }
}
