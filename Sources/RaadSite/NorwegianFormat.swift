import RaadContent

/// Dates, times and sizes written as Språkrådet recommends: "11. juni 2026", "kl. 10.00–16.00", "1,2 MB".
enum NorwegianFormat {
    static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                         "september", "oktober", "november", "desember"]

    static func date(_ dato: Dato) -> String {
        "\(dato.day). \(months[dato.month - 1]) \(dato.year)"
    }

    /// A møte over several days: "10.–11. mars 2016", "31. mars–1. april 2016", "30. desember 2016–2. januar 2017".
    static func dateSpan(_ first: Dato, _ last: Dato) -> String {
        if first.year != last.year { return "\(date(first))–\(date(last))" }
        if first.month != last.month { return "\(first.day). \(months[first.month - 1])–\(date(last))" }
        return "\(first.day).–\(date(last))"
    }

    /// A time span as the content writes it ("10:00–16:00", "10.00 - 16.00") in the Norwegian form with "kl.".
    static func timeSpan(_ text: String) -> String {
        let separators: Set<Character> = ["–", "-", "—"]
        let parts = text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters() }
        let times = parts.compactMap { Klokkeslett($0) }
        guard times.count == parts.count, !times.isEmpty else { return text }
        return "kl. " + times.map(\.norwegian).joined(separator: "–")
    }

    static func fileSize(_ bytes: Int) -> String {
        switch bytes {
        case ..<1_000: return "\(bytes) byte"
        case ..<1_000_000: return "\(decimal(Double(bytes) / 1_000)) kB"
        default: return "\(decimal(Double(bytes) / 1_000_000)) MB"
        }
    }

    /// One decimal with a comma, dropped when it is zero: "1,2", "14".
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }

    /// The type a reader expects to see next to a download link: "PDF", "Word", "Excel".
    static func fileType(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "pdf": return "PDF"
        case "doc", "docx": return "Word"
        case "xls", "xlsx": return "Excel"
        case "ppt", "pptx": return "PowerPoint"
        case "png", "jpg", "jpeg", "gif", "svg", "webp": return "Bilde (\(ext.uppercased()))"
        case "": return "Fil"
        default: return ext.uppercased()
        }
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
