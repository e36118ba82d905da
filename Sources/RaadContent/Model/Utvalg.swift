/// A council (råd), with its møter oldest first.
public struct Utvalg: Sendable {
    public var slug: String
    public var navn: String
    public var fulltNavn: String?
    public var rekkefolge: Int?
    /// The slug of the utvalg this one replaced.
    public var forgjenger: String?
    public var medlemmer: [Person]
    /// The sakstyper its saker may have: its own list, else the site's, else the defaults.
    public var sakstyper: [Sakstype]
    /// The words that make a number in running text a mention of a sak: `sak 11/26`, `styresak 104/2016`.
    public var omtaleOrd: Set<String>
    /// Labels the pages show under another name (`ikke_til_stede: Forfall`), by key.
    public var overskrifter: [String: String]
    public var mandat: MarkdownText?
    public var moter: [Mote]
    public var source: SourceLocation

    public init(slug: String, navn: String, fulltNavn: String? = nil, rekkefolge: Int? = nil, forgjenger: String? = nil,
                medlemmer: [Person] = [], sakstyper: [Sakstype] = Sakstype.defaults,
                omtaleOrd: Set<String> = Utvalg.defaultOmtaleOrd, overskrifter: [String: String] = [:], mandat: MarkdownText? = nil, moter: [Mote] = [], source: SourceLocation) {
        self.slug = slug
        self.navn = navn
        self.fulltNavn = fulltNavn
        self.rekkefolge = rekkefolge
        self.forgjenger = forgjenger
        self.medlemmer = medlemmer
        self.sakstyper = sakstyper
        self.omtaleOrd = omtaleOrd
        self.overskrifter = overskrifter
        self.mandat = mandat
        self.moter = moter
        self.source = source
    }
}

extension Utvalg {
    /// The words for sak that introduce a mention where `omtale_ord` is not given.
    public static let defaultOmtaleOrd: Set<String> = ["sak", "saken", "saker", "sakene", "sakens", "sakane"]

    /// The labels `overskrifter:` may rename, with the words the pages show by default.
    public static let defaultOverskrifter: [(key: String, label: String)] = [
        ("til_stede", "Til stede"), ("medlemmer", "Medlemmer"), ("ikke_til_stede", "Ikke til stede"),
        ("observatorer", "Observatører"), ("stedfortredere", "Stedfortredere"), ("sekretariat", "Sekretariat"),
        ("forslag_til_vedtak", "Forslag til vedtak"), ("behandling", "Behandling"), ("vedtak", "Vedtak"),
        ("tidligere_behandlinger", "Vedtak fra tidligere behandlinger i rådsmodellen"),
    ]

    /// The label shown for `key`: the utvalg's own word, or the default.
    public func overskrift(_ key: String) -> String { overskrifter[key] ?? Self.defaultOverskrift(key) }

    public static func defaultOverskrift(_ key: String) -> String {
        defaultOverskrifter.first { $0.key == key }?.label ?? key
    }
}
