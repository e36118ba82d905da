/// The keys other councils and boards use: their own sakstyper, closed saker, roles, renamed labels.
extension Message {
    public static let anExternalReferat = Message(nb: "et referat utenfor nettstedet", en: "a referat not on the site")
    public static let theOverskrifter = Message(nb: "utvalgets `overskrifter`", en: "the utvalg's `overskrifter`")

    public static let needsOffentligTittel = Message(
        nb: "en sak unntatt offentlighet trenger `offentlig_tittel:`, tittelen som kan stå i dagsordenen",
        en: "a sak exempt from public access needs `offentlig_tittel:`, the title the agenda may show")

    public static let offentligTittelExample = Message(
        nb: "for eksempel `offentlig_tittel: Personalsak`", en: "for example `offentlig_tittel: Personalsak`")

    public static let offentligTittelAlone = Message(
        nb: "`offentlig_tittel` brukes bare i en sak med `unntatt_offentlighet:`",
        en: "`offentlig_tittel` is only used in a sak with `unntatt_offentlighet:`")

    public static let addUnntattOffentlighet = Message(
        nb: "skriv hjemmelen, for eksempel `unntatt_offentlighet: \"Offl. § 13 jf. fvl. § 13\"`, eller fjern linjen",
        en: "write the legal basis, e.g. `unntatt_offentlighet: \"Offl. § 13 jf. fvl. § 13\"`, or remove the line")

    public static let recordNeedsDatoOrURL = Message(
        nb: "en tidligere behandling som ikke er på nettstedet, trenger `dato:` eller `url:`",
        en: "an earlier treatment that is not on the site needs `dato:` or `url:`")

    public static let addDatoOrURL = Message(
        nb: "skriv møtedatoen (`dato: 2014-06-12`) eller adressen til saken (`url: https://…`)",
        en: "write the møte's date (`dato: 2014-06-12`) or the sak's address (`url: https://…`)")

    public static func tilDatoNotAfter(_ tilDato: String, _ dato: String) -> Message {
        Message(nb: "`til_dato: \(tilDato)` må være etter møtets dato \(dato)",
                en: "`til_dato: \(tilDato)` must be after the møte's date \(dato)")
    }

    public static let tilDatoHint = Message(
        nb: "`til_dato` er siste dag for et møte over flere dager; fjern den for et møte på én dag",
        en: "`til_dato` is the last day of a møte over several days; remove it for a one-day møte")

    public static func unknownRolle(_ text: String) -> Message {
        Message(nb: "ukjent rolle `\(text)`", en: "unknown rolle `\(text)`")
    }

    public static func knownRoller(_ roller: [String]) -> Message {
        Message(nb: "kjente roller: \(roller.joined(separator: ", ")) (en annen rolle skrives som den er)",
                en: "known roles: \(roller.joined(separator: ", ")) (another role is written as it is)")
    }

    public static func omtaleOrdForm(_ text: String) -> Message {
        Message(nb: "`omtale_ord` må være enkeltord av bokstaver, ikke `\(text)`",
                en: "`omtale_ord` must be single words of letters, not `\(text)`")
    }

    public static let omtaleOrdExample = Message(
        nb: "for eksempel `omtale_ord: [sak, saken, sakene, styresak]`",
        en: "for example `omtale_ord: [sak, saken, sakene, styresak]`")

    public static let sakstyperEmpty = Message(
        nb: "`sakstyper` er tom: ingen sak kan da ha en sakstype", en: "`sakstyper` is empty: no sak could have a sakstype")

    public static let sakstyperExample = Message(
        nb: "for eksempel `sakstyper: [Vedtakssak, Orienteringssak, Drøftingssak]`, eller fjern linjen for standardlisten",
        en: "for example `sakstyper: [Vedtakssak, Orienteringssak, Drøftingssak]`, or remove the line for the default list")

    public static func sakstypeTwice(_ name: String) -> Message {
        Message(nb: "sakstypen `\(name)` står to ganger i `sakstyper`", en: "the sakstype `\(name)` is listed twice in `sakstyper`")
    }

    public static func rekkefolgeForm(_ value: Int) -> Message {
        Message(nb: "`rekkefolge: \(value)` må være 1 eller mer (1 er første punkt i dagsordenen)",
                en: "`rekkefolge: \(value)` must be 1 or more (1 is the agenda's first item)")
    }

    public static let godkjennerReferatRecordForm = Message(
        nb: "`godkjenner_referat` må være et møte på nettstedet (`<utvalg> <ÅÅÅÅ-MM-DD>`) eller `{ utvalg: …, dato: …, url: … }`",
        en: "`godkjenner_referat` must be a møte on the site (`<utvalg> <YYYY-MM-DD>`) or `{ utvalg: …, dato: …, url: … }`")
}
