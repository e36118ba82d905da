/// Reading `content/`: folders, files and front matter.
extension Message {
    public static let contentFolderMissing = Message(nb: "innholdsmappen finnes ikke", en: "the content folder does not exist")

    public static let runInProjectFolder = Message(
        nb: "kjør raad i mappen som har content/ (der README.md ligger), eller bruk --content MAPPE",
        en: "run raad in the folder that holds content/ (where README.md is), or pass --content DIR")

    public static let unexpectedFileInContent = Message(nb: "uventet fil i innholdsmappen", en: "unexpected file in the content folder")
    public static let contentFolderHolds = Message(
        nb: "content/ har _index.md og én mappe per utvalg", en: "content/ holds _index.md and one folder per utvalg")

    public static func cannotReadFolder(_ reason: String) -> Message {
        Message(nb: "kan ikke lese denne mappen: \(reason)", en: "cannot read this folder: \(reason)")
    }

    public static func symbolicLinkLoops(_ name: String, to target: String) -> Message {
        Message(nb: "`\(name)` er en symbolsk lenke tilbake til \(target), som ville gått i ring for alltid",
                en: "`\(name)` is a symbolic link back to \(target), which would loop forever")
    }

    public static let removeLink = Message(
        nb: "fjern lenken; legg filene i content/ selv", en: "remove the link; put files in content/ itself")

    public static let fileMissing = Message(nb: "filen mangler", en: "the file is missing")

    public static func cannotReadFile(_ reason: String) -> Message {
        Message(nb: "kan ikke lese filen: \(reason)", en: "cannot read the file: \(reason)")
    }

    public static let fileEmpty = Message(nb: "filen er tom", en: "the file is empty")
    public static let startWithFrontMatter = Message(
        nb: "begynn filen med innstillinger (front matter) mellom to linjer med `---`",
        en: "start it with front matter between two `---` lines")

    public static func fileTooLarge(megabytes: Int, limit: Int) -> Message {
        Message(nb: "filen er \(megabytes) MB; en innholdsfil kan være høyst \(limit) MB",
                en: "the file is \(megabytes) MB; a content file may be at most \(limit) MB")
    }

    public static let putLargeFilesInVedlegg = Message(
        nb: "legg store dokumenter i møtets vedlegg/-mappe og før dem opp som vedlegg",
        en: "put large documents in the møte's vedlegg/ folder and link them as vedlegg")

    public static func notUTF8(offset: Int) -> Message {
        Message(nb: "filen er ikke UTF-8-tekst (ugyldig byte ved posisjon \(offset))",
                en: "the file is not UTF-8 text (invalid byte at offset \(offset))")
    }

    public static let saveAsUTF8 = Message(
        nb: "lagre filen som UTF-8 i redigeringsprogrammet", en: "save the file as UTF-8 in your editor")

    public static let noOpeningLine = Message(
        nb: "filen må begynne med en linje `---` (innstillingene, front matter)",
        en: "the file must start with a `---` line (front matter)")
    public static let addOpeningLine = Message(
        nb: "skriv en linje `---` over den første nøkkelen", en: "add a line `---` above the first key")

    public static let frontMatterNotClosed = Message(
        nb: "innstillingene (front matter) er ikke avsluttet", en: "the front matter is not closed")
    public static let addClosingLine = Message(
        nb: "skriv en linje `---` etter den siste nøkkelen, før teksten",
        en: "add a line `---` after the last key, before the text")

    public static func cannotReadFrontMatter(_ reason: String) -> Message {
        Message(nb: "kan ikke lese innstillingene: \(reason)", en: "cannot read the front matter: \(reason)")
    }
}

extension Message {
    public static func runInFolder(_ folder: String) -> Message {
        Message(nb: "kjør raad i mappen \(folder) (`cd \(folder)`), der content/ ligger",
                en: "run raad in the folder \(folder) (`cd \(folder)`), which holds content/")
    }

    public static func noContentHere(_ content: String, _ here: String) -> Message {
        Message(nb: "fant ikke mappen \(content)/ i \(here)", en: "there is no folder \(content)/ in \(here)")
    }
}
