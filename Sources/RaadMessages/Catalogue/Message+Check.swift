/// `raad check` on the command line: its own refusals, before and around the report.
extension Message {
    public static func cannotCheck(_ content: String) -> Message {
        Message(nb: "\(content) har feil, så nettstedet kan ikke bygges og sjekkes",
                en: "\(content) has errors, so the site cannot be built and checked")
    }

    public static func cannotWriteReport(_ path: String, _ reason: String) -> Message {
        Message(nb: "\(path): kan ikke skrive rapporten: \(reason)", en: "\(path): cannot write the report: \(reason)")
    }

    public static func giveBaseURL(_ reason: String) -> Message {
        Message(nb: "\(reason); oppgi --base-url", en: "\(reason); give --base-url")
    }

    public static let siteOrContent = Message(
        nb: "oppgi enten --site, eller --content og --themes, ikke begge", en: "give either --site, or --content and --themes, not both")

    public static func noSuchFolder(_ option: String, _ path: String) -> Message {
        Message(nb: "\(option) \(path): mappen finnes ikke", en: "\(option) \(path): no such folder")
    }

    public static func noSuchFile(_ option: String, _ path: String) -> Message {
        Message(nb: "\(option) \(path): filen finnes ikke", en: "\(option) \(path): no such file")
    }
}

extension Message {
    public static func warningsBeforeDelivery(_ count: Int) -> Message {
        Message(nb: "\(count == 1 ? "én advarsel" : "\(count) advarsler") over: lenkene virker, men CI bygger med --strict og godtar ikke advarsler; rett dem før du leverer",
                en: "\(count == 1 ? "one warning" : "\(count) warnings") above: the links work, but CI builds with --strict and accepts no warnings; fix them before you deliver")
    }
}
