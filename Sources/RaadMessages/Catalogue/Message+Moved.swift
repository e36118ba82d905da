/// Moved pages (`tidligere_adresser`), the redirect page's text, and vedlegg files nothing uses.
extension Message {
    public static func tidligereAdresseInvalid(_ path: String) -> Message {
        Message(nb: "`tidligere_adresser`: `\(path)` må være en sti på nettstedet, uten `..`, som slutter med `/`",
                en: "`tidligere_adresser`: `\(path)` must be a path on the site, without `..`, ending in `/`")
    }

    public static let tidligereAdresseInvalidHint = Message(
        nb: "skriv adressen slik den sto etter nettstedets grunnadresse, f.eks. `strategiradet/2026-06-12/16-26/`",
        en: "write the address as it was after the site's base address, e.g. `strategiradet/2026-06-12/16-26/`")

    public static func tidligereAdresseNotText(_ kind: Message) -> Message {
        Message(nb: "hvert element i `tidligere_adresser` må være en sti, ikke \(kind.nb)",
                en: "each item of `tidligere_adresser` must be a path, not \(kind.en)")
    }

    public static func tidligereAdresseTaken(_ path: String) -> Message {
        Message(nb: "`tidligere_adresser`: `\(path)` er adressen til en side som finnes",
                en: "`tidligere_adresser`: `\(path)` is the address of a page that exists")
    }

    public static let tidligereAdresseTakenHint = Message(
        nb: "en omdirigering kan bare stå der det ikke lenger er en side; fjern adressen fra listen",
        en: "a redirect can only stand where there is no longer a page; remove the address from the list")

    public static func tidligereAdresseTwice(_ path: String, _ other: String) -> Message {
        Message(nb: "`tidligere_adresser`: `\(path)` står også i \(other)",
                en: "`tidligere_adresser`: `\(path)` is also listed in \(other)")
    }

    // Vedlegg files nothing uses.
    public static func vedleggUnused(_ file: String) -> Message {
        Message(nb: "filen `\(file)` brukes ikke av noe vedlegg eller bilde, og publiseres ikke",
                en: "the file `\(file)` is used by no vedlegg and no image, and is not published")
    }

    public static let vedleggUnusedHint = Message(
        nb: "før den opp som vedlegg (`fil: vedlegg/…`) på møtet eller en sak, eller slett den",
        en: "list it as a vedlegg (`fil: vedlegg/…`) of the møte or a sak, or delete it")

    // The redirect page.
    public static let redirectTitle = Message(nb: "Siden har flyttet", en: "This page has moved")

    public static func redirectText(_ title: String) -> Message {
        Message(nb: "«\(title)» har fått ny adresse:", en: "“\(title)” has a new address:")
    }
}
