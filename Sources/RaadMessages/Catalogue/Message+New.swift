/// `raad new`: why a new file was refused, and the command line's own checks.
extension Message {
    public static func noSuchUtvalg(_ folder: String, _ utvalg: String, suggestion: String?, known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        return Message(nb: "\(folder): det finnes ikke noe utvalg `\(utvalg)`; " + (suggestion.map { "mente du `\($0)`? " } ?? "") + "utvalg: \(list)",
                       en: "\(folder): there is no utvalg `\(utvalg)`; " + (suggestion.map { "did you mean `\($0)`? " } ?? "") + "utvalg: \(list)")
    }

    public static func moteExists(_ folder: String) -> Message {
        Message(nb: "\(folder) finnes allerede; raad new erstatter aldri et møte", en: "\(folder) already exists; raad new never replaces a møte")
    }

    public static func notAMoteFolder(_ folder: String) -> Message {
        Message(nb: "\(folder): ikke en møtemappe (content/<utvalg>/<ÅÅÅÅ-MM-DD>/ med en _index.md)",
                en: "\(folder): not a møte folder (content/<utvalg>/<YYYY-MM-DD>/ with an _index.md)")
    }

    public static func moteNotMadeYet(_ folder: String, utvalg: String, dato: String) -> Message {
        Message(nb: "møtet \(folder) finnes ikke ennå; lag det først med: raad new mote --utvalg \(utvalg) --dato \(dato)",
                en: "the møte \(folder) does not exist yet; make it first with: raad new mote --utvalg \(utvalg) --dato \(dato)")
    }

    public static let tittelOneLine = Message(nb: "tittelen må være én linje tekst", en: "the tittel must be one line of text")

    public static func sakTaken(_ sak: String, by file: String) -> Message {
        Message(nb: "sak \(sak) er allerede \(file); hvert saksnummer brukes én gang per utvalg",
                en: "sak \(sak) is already \(file); each saksnummer is used once per utvalg")
    }

    public static func fileExists(_ path: String) -> Message {
        Message(nb: "\(path) finnes allerede; raad new erstatter aldri en fil", en: "\(path) already exists; raad new never replaces a file")
    }

    public static func cannotWrite(_ path: String, _ reason: String) -> Message {
        Message(nb: "\(path): kan ikke skrive: \(reason)", en: "\(path): cannot write: \(reason)")
    }

    public static let datoOption = Message(
        nb: "--dato må være en dato skrevet ÅÅÅÅ-MM-DD", en: "--dato must be a date written YYYY-MM-DD")
    public static let nummerOption = Message(
        nb: "--nummer må skrives NN/ÅÅ, for eksempel 22/26", en: "--nummer must be written NN/YY, e.g. 22/26")

    public static func sakstypeOption(_ written: String, _ names: [String], suggestion: String?) -> Message {
        Message(nb: "ukjent sakstype `\(written)`: " + (suggestion.map { "mente du \($0)? " } ?? "")
                    + "--sakstype må være en av \(names.joined(separator: ", "))",
                en: "unknown sakstype `\(written)`: " + (suggestion.map { "did you mean \($0)? " } ?? "")
                    + "--sakstype must be one of \(names.joined(separator: ", "))")
    }
}
