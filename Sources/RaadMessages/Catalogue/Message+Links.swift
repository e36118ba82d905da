/// Links written as content files, images in a toppnotat, moved pages (`tidligere_adresser`), unused
/// vedlegg files, and the text of a redirect page.
extension Message {
    // Links to content files.
    public static func linkTargetMissing(_ destination: String) -> Message {
        Message(nb: "lenken `\(destination)` peker på en fil som ikke finnes",
                en: "the link `\(destination)` points to a file that does not exist")
    }

    public static func linkTargetNotPublished(_ destination: String) -> Message {
        Message(nb: "lenken `\(destination)` peker på en fil som ikke er en side på nettstedet",
                en: "the link `\(destination)` points to a file that is not a page of the site")
    }

    public static let linkTargetNotPublishedHint = Message(
        nb: "lenk til en sak (`16-26.md`) eller til `_index.md` for et møte, et utvalg eller forsiden; en sak med `utkast: true` publiseres ikke",
        en: "link to a sak (`16-26.md`) or to the `_index.md` of a møte, an utvalg or the front page; a sak with `utkast: true` is not published")

    public static func linkTargetHint(_ suggestion: String?) -> Message {
        guard let suggestion else {
            return Message(nb: "lenken er relativ til filen den står i, f.eks. `../2026-06-11/16-26.md`",
                           en: "the link is relative to the file it is written in, e.g. `../2026-06-11/16-26.md`")
        }
        return Message(nb: "mente du `\(suggestion)`?", en: "did you mean `\(suggestion)`?")
    }

    public static func linkFragmentMissing(_ fragment: String, _ destination: String) -> Message {
        Message(nb: "siden `\(destination)` har ingen overskrift med id `\(fragment)`",
                en: "the page `\(destination)` has no heading with the id `\(fragment)`")
    }

    public static func linkFragmentHint(_ suggestion: String?) -> Message {
        guard let suggestion else {
            return Message(nb: "id-en er overskriften med små bokstaver og bindestreker: `## Videre saksprosess` blir `#videre-saksprosess`",
                           en: "the id is the heading in lowercase with dashes: `## Videre saksprosess` becomes `#videre-saksprosess`")
        }
        return Message(nb: "mente du `#\(suggestion)`?", en: "did you mean `#\(suggestion)`?")
    }

    // Images.
    public static func imageMissing(_ destination: String) -> Message {
        Message(nb: "bildet `\(destination)` finnes ikke", en: "the image `\(destination)` does not exist")
    }

    public static func imageMissingHint(_ suggestion: String?, folder: String) -> Message {
        guard let suggestion else {
            return Message(nb: "legg bildet i \(folder)/ og skriv `![Beskrivelse av bildet](vedlegg/navn.png)`",
                           en: "put the image in \(folder)/ and write `![Description of the image](vedlegg/name.png)`")
        }
        return Message(nb: "mente du `\(suggestion)`?", en: "did you mean `\(suggestion)`?")
    }

    public static func imageOutsideVedlegg(_ destination: String) -> Message {
        Message(nb: "bildet `\(destination)` må ligge i møtets vedlegg/-mappe",
                en: "the image `\(destination)` must be in the møte's vedlegg/ folder")
    }

    public static let imageOutsideVedleggHint = Message(
        nb: "flytt filen til vedlegg/ i møtemappen og skriv `![Beskrivelse](vedlegg/navn.png)`",
        en: "move the file to vedlegg/ in the møte folder and write `![Description](vedlegg/name.png)`")

    public static func imageWithoutAlt(_ destination: String) -> Message {
        Message(nb: "bildet `\(destination)` mangler alternativ tekst", en: "the image `\(destination)` has no alt text")
    }

    public static let imageWithoutAltHint = Message(
        nb: "skriv hva bildet viser mellom klammene, f.eks. `![Figur 1: Kostnader per løsning 2027](vedlegg/figur-1.png)`; skjermlesere leser den opp",
        en: "write what the image shows between the brackets, e.g. `![Figure 1: Costs per solution 2027](vedlegg/figur-1.png)`; screen readers read it out")

    // Moved pages (`tidligere_adresser`).
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
