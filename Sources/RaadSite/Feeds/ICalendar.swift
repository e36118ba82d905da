import RaadContent

/// `moter.ics`: every møte as a calendar event in Europe/Oslo time, per RFC 5545.
struct ICalendar {
    static let path = "moter.ics"

    let archive: Archive
    let paths: SitePaths
    let views: ViewFactory

    func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//raad//Rådsmodellen//NB", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(Self.text(archive.site.tittel))", "X-WR-TIMEZONE:Europe/Oslo",
        ]
        lines += Self.osloTimeZone
        for mote in archive.allMoter.sorted(by: { $0.id < $1.id }) {
            lines += event(mote)
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    private func event(_ mote: Mote) -> [String] {
        let date = "\(mote.dato.year)\(Dato.pad(mote.dato.month))\(Dato.pad(mote.dato.day))"
        var lines = ["BEGIN:VEVENT", "UID:\(mote.utvalg)-\(mote.dato.iso)@raad",
                     // A fixed stamp keeps the file reproducible; it changes only with the content.
                     "DTSTAMP:\(date)T000000Z"]
        let times = mote.tid.map(Self.times) ?? []
        // A møte over several days runs from the first day's start to the last day's end, or all of each day.
        let last = mote.tilDato ?? mote.dato
        let lastDate = "\(last.year)\(Dato.pad(last.month))\(Dato.pad(last.day))"
        if times.count == 2 {
            lines.append("DTSTART;TZID=Europe/Oslo:\(date)T\(times[0])")
            lines.append("DTEND;TZID=Europe/Oslo:\(lastDate)T\(times[1])")
        } else if times.count == 1 && mote.tilDato == nil {
            lines.append("DTSTART;TZID=Europe/Oslo:\(date)T\(times[0])")
        } else {
            let next = Self.nextDay(last)
            lines.append("DTSTART;VALUE=DATE:\(date)")
            lines.append("DTEND;VALUE=DATE:\(next.year)\(Dato.pad(next.month))\(Dato.pad(next.day))")
        }
        lines.append("SUMMARY:\(Self.text("\(views.utvalgNavn(mote.utvalg)): \(views.moteTitle(mote))"))")
        if let sted = mote.sted { lines.append("LOCATION:\(Self.text(sted))") }
        let url = paths.absolute(SitePaths.folder(mote: mote.id))
        lines.append("URL:\(url)")
        lines.append("DESCRIPTION:\(Self.text("\(views.status(mote)). Saker og dokumenter: \(url)"))")
        lines.append("END:VEVENT")
        return lines
    }

    /// "10:00–16:00" as ["100000", "160000"].
    static func times(_ tid: String) -> [String] {
        tid.split(whereSeparator: { $0 == "–" || $0 == "-" || $0 == "—" })
            .compactMap { Klokkeslett($0.trimmingCharacters()) }
            .map { "\(Dato.pad($0.hour))\(Dato.pad($0.minute))00" }
    }

    static func nextDay(_ dato: Dato) -> Dato {
        if dato.day < Dato.daysIn(month: dato.month, year: dato.year) {
            return Dato(year: dato.year, month: dato.month, day: dato.day + 1)
        }
        return dato.month == 12 ? Dato(year: dato.year + 1, month: 1, day: 1) : Dato(year: dato.year, month: dato.month + 1, day: 1)
    }

    /// TEXT values escape backslash, semicolon, comma and newlines.
    static func text(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for c in line {
            let size = String(c).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(c)
            octets += size
        }
        return out
    }

    static let osloTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Oslo",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
