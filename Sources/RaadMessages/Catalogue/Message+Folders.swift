/// The folders of `content/`: utvalg, møter, saker and what each may hold.
extension Message {
    public static func invalidUtvalgSlug(_ slug: String) -> Message {
        Message(nb: "mappenavnet `\(slug)` kan ikke brukes som navn på et utvalg",
                en: "the folder name `\(slug)` is not a valid utvalg slug")
    }

    public static let utvalgSlugRule = Message(
        nb: "bruk små bokstaver a–z, sifre og bindestrek, for eksempel `strategiradet`",
        en: "use lowercase ASCII letters, digits and dashes, e.g. `strategiradet`")

    public static func reservedUtvalgSlug(_ slug: String) -> Message {
        Message(nb: "en utvalgsmappe kan ikke hete `\(slug)`: nettstedet bruker /\(slug)/ til egne sider",
                en: "an utvalg folder may not be called `\(slug)`: the site uses /\(slug)/ for its own pages")
    }

    public static func renameUtvalgFolder(_ slug: String) -> Message {
        Message(nb: "gi mappen et annet navn, for eksempel `\(slug)-utvalg`; mappenavnet blir utvalgets adresse",
                en: "rename the folder, for example to `\(slug)-utvalg`; the folder name is the utvalg's address")
    }

    public static func unexpectedInUtvalg(_ entry: String) -> Message {
        Message(nb: "uventet `\(entry)` i utvalgsmappen", en: "unexpected `\(entry)` in the utvalg folder")
    }

    public static let utvalgFolderHolds = Message(
        nb: "en utvalgsmappe har _index.md og én mappe per møte, med møtedatoen som navn, for eksempel 2026-06-11",
        en: "an utvalg folder holds _index.md and one folder per møte named by its date, e.g. 2026-06-11")

    public static let utvalgNeedsIndex = Message(
        nb: "hver utvalgsmappe trenger en _index.md med minst `navn:`",
        en: "each utvalg folder needs an _index.md with at least `navn:`")

    public static func moteNeedsIndex(_ dato: String) -> Message {
        Message(nb: "hver møtemappe trenger en _index.md med minst `dato: \(dato)`",
                en: "each møte folder needs an _index.md with at least `dato: \(dato)`")
    }

    public static let siteNeedsIndex = Message(
        nb: "lag filen med minst `tittel:` mellom to linjer med `---`",
        en: "create it with at least `tittel:` between two `---` lines")

    public static func unexpectedInMote(_ entry: String) -> Message {
        Message(nb: "uventet `\(entry)` i møtemappen", en: "unexpected `\(entry)` in the møte folder")
    }

    public static let moteFolderHolds = Message(
        nb: "en møtemappe har _index.md, én .md-fil per sak og mappen vedlegg/; andre filer legges i vedlegg/",
        en: "a møte folder holds _index.md, one .md file per sak, and vedlegg/; put other files in vedlegg/")

    public static func datoDoesNotMatchFolder(_ dato: String, _ folder: String) -> Message {
        Message(nb: "`dato: \(dato)` stemmer ikke med mappenavnet \(folder)",
                en: "`dato: \(dato)` does not match the folder name \(folder)")
    }

    public static func renameFolderOrDate(_ dato: String) -> Message {
        Message(nb: "gi mappen navnet \(dato), eller rett datoen", en: "rename the folder to \(dato) or correct the date")
    }

    public static func moteNummerForm(_ nummer: String, year: Int) -> Message {
        Message(nb: "`mote: \(nummer)` må være møtets nummer/år, for eksempel `2/\(year)`",
                en: "`mote: \(nummer)` must be number/year of the møte, e.g. `2/\(year)`")
    }

    public static func invalidSakFileName(_ name: String) -> Message {
        Message(nb: "filnavnet `\(name)` kan bare ha små bokstaver a–z, sifre og bindestrek",
                en: "the file name `\(name)` may hold only lowercase ASCII letters, digits and dashes")
    }

    public static func nameItSlug(_ name: String) -> Message {
        Message(nb: "kall filen \(name)", en: "name it \(name)")
    }

    public static let apenSakFileExample = Message(nb: "for eksempel `dagsaktuelt.md`", en: "for example `dagsaktuelt.md`")
}
