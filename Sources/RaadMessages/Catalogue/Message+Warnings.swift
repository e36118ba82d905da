/// Warnings: the build works, but something an editor wrote is probably not what they meant.
extension Message {
    /// "sak 99/26" in running text, where no sak 99/26 of that utvalg is on the site.
    public static func mentionOfMissingSak(_ nummer: String, utvalg: String) -> Message {
        Message(nb: "teksten nevner sak \(nummer), men \(utvalg) har ingen sak \(nummer) på nettstedet",
                en: "the text mentions sak \(nummer), but \(utvalg) has no sak \(nummer) on the site")
    }

    public static let mentionOfMissingSakHint = Message(
        nb: "rett nummeret; slik det står nå, vises det som tekst uten lenke",
        en: "correct the number; as it stands it is shown as text without a link")

    /// A heading from `raad new sak` with nothing under it.
    public static func emptyScaffoldHeading(_ heading: String) -> Message {
        Message(nb: "overskriften «\(heading)» har ingen tekst under seg",
                en: "the heading “\(heading)” has no text under it")
    }

    /// A heading from `raad new sak` still holding the scaffold's placeholder sentence.
    public static func placeholderLeft(_ heading: String) -> Message {
        Message(nb: "under overskriften «\(heading)» står fortsatt plassholderteksten fra raad new",
                en: "the heading “\(heading)” still holds the placeholder text from raad new")
    }

    public static let scaffoldHeadingHint = Message(
        nb: "skriv teksten under overskriften, eller fjern overskriften hvis saken ikke trenger den",
        en: "write the text under the heading, or remove the heading if the sak does not need it")

    /// The last line of `raad build --strict` when there were warnings.
    public static func strictSummary(_ count: Int) -> Message {
        Message(nb: "\(count) \(count == 1 ? "advarsel" : "advarsler"); --strict gjør dem til feil",
                en: "\(count) \(count == 1 ? "warning" : "warnings"); --strict makes them errors")
    }
}
