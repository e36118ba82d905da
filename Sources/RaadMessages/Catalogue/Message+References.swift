/// References between saker, møter and utvalg: `tidligere_behandlinger`, `godkjenner_referat`, `forgjenger`.
extension Message {
    public static func forgjengerUnknown(_ slug: String) -> Message {
        Message(nb: "`forgjenger: \(slug)` er ikke et utvalg på nettstedet", en: "`forgjenger: \(slug)` is not an utvalg on this site")
    }

    public static func duplicateSaksnummer(_ nummer: String, utvalg: String, first: String) -> Message {
        Message(nb: "sak \(nummer) i \(utvalg) finnes også i \(first)", en: "sak \(nummer) of \(utvalg) is also \(first)")
    }

    public static let renumberOne = Message(
        nb: "hvert saksnummer brukes én gang per utvalg; gi en av sakene et annet nummer",
        en: "each saksnummer is used once per utvalg; renumber one of them")

    public static func unknownUtvalgInReference(_ slug: String, sak: String) -> Message {
        Message(nb: "ukjent utvalg `\(slug)` i henvisningen til sak \(sak)",
                en: "unknown utvalg `\(slug)` in the reference to sak \(sak)")
    }

    public static func utvalgOnSite(_ slugs: [String]) -> Message {
        Message(nb: "utvalg på nettstedet: \(slugs.joined(separator: ", "))", en: "utvalg on this site: \(slugs.joined(separator: ", "))")
    }

    public static func sakNotOnSite(_ id: String) -> Message {
        Message(nb: "sak \(id) er ikke på nettstedet", en: "sak \(id) is not on this site")
    }

    /// "Did you mean" for a sak: its number and title, so the editor can tell at once whether it is the one.
    public static func didYouMeanSak(_ id: String, tittel: String) -> Message {
        Message(nb: "mente du `\(id)` («\(tittel)»)? ", en: "did you mean `\(id)` (“\(tittel)”)? ")
    }

    public static let writeOutMissingSak = Message(
        nb: "en sak som ikke er på nettstedet, skrives ut med utvalg, dato, sak, tittel og vedtak",
        en: "a sak that is not on the site is written out with utvalg, dato, sak, tittel and vedtak")

    public static func noSuchMote(_ mote: String) -> Message {
        Message(nb: "`godkjenner_referat`: det finnes ikke noe møte \(mote) på nettstedet",
                en: "`godkjenner_referat`: there is no møte \(mote) on this site")
    }

    public static func moteFolderMustBe(_ folder: String) -> Message {
        Message(nb: "møtemappen må være \(folder)", en: "the møte folder must be \(folder)")
    }
}
