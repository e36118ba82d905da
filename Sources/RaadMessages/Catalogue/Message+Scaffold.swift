/// What `raad new` says, and the texts it writes into a new file.
extension Message {
    public static func createdMote(_ path: String) -> Message {
        Message(nb: "Laget møtet \(path).", en: "Created the møte \(path).")
    }

    public static func createdSak(_ path: String) -> Message {
        Message(nb: "Laget saken \(path).", en: "Created the sak \(path).")
    }

    public static let nextStepsMote = Message(
        nb: """
            Neste steg: fyll inn tid, sted og dagsorden, rett deltakerlisten (medlemmene er kopiert fra utvalget), \
            og lag sakene med raad new sak. Møtet er et utkast til du fjerner linjen «utkast: true».
            """,
        en: """
            Next: fill in tid, sted and dagsorden, correct the list of people (the members are copied from the \
            utvalg), and create the saker with raad new sak. The møte is a draft until you remove «utkast: true».
            """)

    public static let nextStepsSak = Message(
        nb: "Neste steg: skriv toppnotatet under overskriftene og fyll inn forslag til vedtak; se siden med raad serve.",
        en: "Next: write the toppnotat under the headings and fill in forslag til vedtak; see the page with raad serve.")

    public static let nextStepsGodkjenning = Message(
        nb: "Neste steg: sjekk at godkjenner_referat peker på riktig møte; etter møtet skriver du vedtaket.",
        en: "Next: check that godkjenner_referat names the right møte; after the møte, write the vedtak.")

    public static func newFileWarnings(_ count: Int) -> Message {
        Message(nb: "Den nye filen gir \(count == 1 ? "én advarsel" : "\(count) advarsler") til den er fylt ut:",
                en: "The new file gives \(count == 1 ? "one warning" : "\(count) warnings") until it is filled in:")
    }

    /// The title `raad new sak --sakstype Godkjenning` gives when none is given.
    public static func godkjenningTittel(mote: String) -> Message {
        Message(nb: "Godkjenning av referat fra møte \(mote)", en: "Approval of the minutes of meeting \(mote)")
    }

    /// Its forslag til vedtak.
    public static func godkjenningForslag(utvalg: String, mote: String) -> Message {
        Message(nb: "\(utvalg) godkjenner referatet fra møte \(mote).", en: "\(utvalg) approves the minutes of meeting \(mote).")
    }

    public static let tittelRequired = Message(
        nb: "--tittel må oppgis (bare en sak med --sakstype Godkjenning eller --godkjenner-referat får en tittel av seg selv)",
        en: "--tittel is required (only a sak with --sakstype Godkjenning or --godkjenner-referat gets a title by itself)")

    public static func noEarlierMote(_ utvalg: String) -> Message {
        Message(nb: "\(utvalg) har ikke noe tidligere møte å godkjenne referatet fra; oppgi --tittel og skriv godkjenner_referat selv",
                en: "\(utvalg) has no earlier møte whose referat to approve; give --tittel and write godkjenner_referat yourself")
    }
}
