/// The keys of a sak: number, sakstype, references.
extension Message {
    public static func godkjennerReferatForm(_ text: String) -> Message {
        Message(nb: "`godkjenner_referat: \(text)` må peke på et møte som `<utvalg> <ÅÅÅÅ-MM-DD>`",
                en: "`godkjenner_referat: \(text)` must name a møte as `<utvalg> <YYYY-MM-DD>`")
    }

    public static func godkjennerReferatExample(_ utvalg: String) -> Message {
        Message(nb: "for eksempel `godkjenner_referat: \(utvalg) 2026-03-26`",
                en: "for example `godkjenner_referat: \(utvalg) 2026-03-26`")
    }

    public static func unknownSakstype(_ text: String) -> Message {
        Message(nb: "ukjent sakstype `\(text)`", en: "unknown sakstype `\(text)`")
    }

    public static func validSakstyper(_ names: [String], suggestion: String?) -> Message {
        let list = names.joined(separator: ", ")
        return Message(nb: (suggestion.map { "mente du \($0)? " } ?? "") + "gyldige sakstyper: \(list)",
                       en: (suggestion.map { "did you mean \($0)? " } ?? "") + "valid sakstyper: \(list)")
    }

    public static let addSakNummer = Message(
        nb: "legg til `sak: NN/ÅÅ`; et punkt uten nummer får et filnavn av ord, for eksempel `orienteringer.md`",
        en: "add `sak: NN/YY`; an item without number gets a file name of words, for example `orienteringer.md`")

    public static func saksnummerForm(_ text: String) -> Message {
        Message(nb: "`sak: \(text)` må være et saksnummer skrevet NN/ÅÅ, NN/ÅÅÅÅ eller med bokstav (`108/03 B`)",
                en: "`sak: \(text)` must be a saksnummer written NN/YY, NN/YYYY or with a letter (`108/03 B`)")
    }

    public static let saksnummerExample = Message(nb: "for eksempel `sak: 14/26`", en: "for example `sak: 14/26`")

    public static func sakDoesNotMatchFileName(_ text: String, _ file: String) -> Message {
        Message(nb: "`sak: \(text)` stemmer ikke med filnavnet \(file)", en: "`sak: \(text)` does not match the file name \(file)")
    }

    public static func renameSakFile(_ file: String) -> Message {
        Message(nb: "gi filen navnet \(file), eller rett nummeret", en: "name the file \(file), or correct the number")
    }

    public static func sakNumberedForYear(_ nummer: String, year: Int, moteYear: Int) -> Message {
        Message(nb: "sak \(nummer) er nummerert for \(year), men møtet er i \(moteYear)",
                en: "sak \(nummer) is numbered for \(year), but the møte is in \(moteYear)")
    }

    public static func referenceForm(_ text: String) -> Message {
        Message(nb: "`sak: \(text)` må være en henvisning `<utvalg> NN/ÅÅ`", en: "`sak: \(text)` must be a reference `<utvalg> NN/YY`")
    }

    public static let referenceExample = Message(
        nb: "for en sak på nettstedet, skriv for eksempel `sak: nasjonalt-e-helserad 15/25`; for en som ikke er det, skriv også utvalg, dato, tittel og vedtak",
        en: "for a sak on this site write e.g. `sak: nasjonalt-e-helserad 15/25`; for one that is not, add utvalg, dato, tittel and vedtak")
}
