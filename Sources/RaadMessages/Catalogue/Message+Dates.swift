/// Dates and times: what is wrong with one, and how to write it.
extension Message {
    public static func mustBeDate(_ key: String, _ text: String) -> Message {
        Message(nb: "`\(key)` må være en dato skrevet ÅÅÅÅ-MM-DD, ikke `\(text)`",
                en: "`\(key)` must be a date written YYYY-MM-DD, not `\(text)`")
    }

    /// The date written the way the content needs it, when the editor's text could be read as one.
    public static func writeDate(_ key: String, _ iso: String) -> Message {
        Message(nb: "skriv `\(key): \(iso)`", en: "write `\(key): \(iso)`")
    }

    public static func dateExample(_ key: String) -> Message {
        Message(nb: "for 11. juni 2026, skriv `\(key): 2026-06-11`", en: "for 11 June 2026 write `\(key): 2026-06-11`")
    }

    /// "2026-02-30 finnes ikke: februar 2026 har 28 dager".
    public static func dayDoesNotExist(_ text: String, month: Int, year: Int, days: Int) -> Message {
        Message(nb: "\(text) finnes ikke: \(monthNames.nb[month - 1]) \(year) har \(days) dager",
                en: "\(text) does not exist: \(monthNames.en[month - 1]) \(year) has \(days) days")
    }

    public static func monthDoesNotExist(_ text: String, month: Int) -> Message {
        Message(nb: "\(text) finnes ikke: måned \(month) finnes ikke (1–12)",
                en: "\(text) does not exist: there is no month \(month) (1–12)")
    }

    public static let checkTheDate = Message(
        nb: "sjekk datoen i innkallingen eller referatet", en: "check the date in the innkalling or referat")

    public static func mustBeTime(_ key: String, _ text: String) -> Message {
        Message(nb: "`\(key): \(text)` må være et klokkeslett skrevet \"TT:MM\"",
                en: "`\(key): \(text)` must be a time written \"HH:MM\"")
    }

    public static func timeExample(_ key: String, _ example: String) -> Message {
        Message(nb: "for eksempel `\(key): \"\(example)\"`", en: "for example `\(key): \"\(example)\"`")
    }

    static let monthNames = (
        nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    )
}
