/// Everything in `content/`, loaded and checked: the site settings and each utvalg with its møter and saker.
public struct Archive: Sendable {
    public var site: SiteSettings
    /// In front-page order (`rekkefolge`, then name).
    public var utvalg: [Utvalg]
    /// The content folder as the loader was given it: links written as content files resolve against it.
    public var root: String

    public init(site: SiteSettings, utvalg: [Utvalg], root: String = "content") {
        self.site = site
        self.utvalg = utvalg
        self.root = root
    }

    public func utvalg(_ slug: String) -> Utvalg? { utvalg.first { $0.slug == slug } }

    /// The words that introduce a mention of a sak in `slug`'s texts: its `omtale_ord`, or the default.
    public func omtaleOrd(_ slug: String) -> Set<String> { utvalg(slug)?.omtaleOrd ?? Utvalg.defaultOmtaleOrd }

    public var allMoter: [Mote] { utvalg.flatMap(\.moter) }

    public var allSaker: [Sak] { utvalg.flatMap { $0.moter.flatMap(\.saker) } }
}

/// `content/_index.md`: the site as a whole.
public struct SiteSettings: Sendable {
    public var tittel: String
    public var utgiver: String?
    /// The publisher's own site, linked from the footer.
    public var utgiverURL: String?
    /// The accessibility statement (tilgjengelighetserklæring) the law requires, linked from every page.
    public var tilgjengelighetserklaering: String?
    /// The address the site is published at; only its path is used for links, so a sub-folder works.
    public var baseURL: String
    /// Where `base_url` is written in content/_index.md, for a diagnostic about it; nil when it is not.
    public var baseURLLocation: SourceLocation?
    public var spraak: String
    public var tema: String
    public var forside: MarkdownText?
    /// The site's `sakstyper:` list, for every utvalg that gives none of its own.
    public var sakstyper: [Sakstype]?

    public init(tittel: String, utgiver: String? = nil, baseURL: String = "/", spraak: String = "nb",
                tema: String = "helsedir", forside: MarkdownText? = nil) {
        self.tittel = tittel
        self.utgiver = utgiver
        self.baseURL = baseURL
        self.spraak = spraak
        self.tema = tema
        self.forside = forside
    }
}
