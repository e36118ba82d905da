/// `raad check`: what is wrong with a link, in the report an editor reads before delivering.
extension Message {
    public static func notInSite(_ path: String) -> Message {
        Message(nb: "\(path) finnes ikke på nettstedet", en: "\(path) is not in the site")
    }

    public static func vedleggNotInSite(_ path: String) -> Message {
        Message(nb: "vedlegget \(path) finnes ikke på nettstedet", en: "the vedlegg \(path) is not in the site")
    }

    public static func noSuchAnchor(_ path: String, _ anchor: String) -> Message {
        Message(nb: "\(path) har ikke noe element med id \"\(anchor)\"", en: "\(path) has no element with id \"\(anchor)\"")
    }

    public static func outsideBasePath(_ path: String, _ base: String) -> Message {
        Message(nb: "\(path) ligger utenfor nettstedets adresse \(base)", en: "\(path) is outside the site's base path \(base)")
    }

    public static func unknownScheme(_ scheme: String) -> Message {
        Message(nb: "`\(scheme):` er ikke en adressetype en nettleser kan følge (skrivefeil for https:?)",
                en: "`\(scheme):` is not a URL scheme a browser can follow (a typo for https:?)")
    }

    public static func unreadablePage(_ page: String, html: Bool) -> Message {
        html ? Message(nb: "\(page) kunne ikke leses", en: "\(page) could not be read")
            : Message(nb: "\(page) kunne ikke leses som gyldig XML", en: "\(page) could not be read as well-formed XML")
    }

    public static func lostPage(_ url: String) -> Message {
        Message(nb: "\(url) var publisert før og er borte: lenker fra andre steder dit virker ikke lenger (behold det gamle navnet, eller skriv adressen i `tidligere_adresser`)",
                en: "\(url) was published before and is gone: links from elsewhere to it now break (keep the old name, or redirect it with `tidligere_adresser`)")
    }

    public static func lostAnchor(_ url: String, _ anchor: String) -> Message {
        Message(nb: "\(url)#\(anchor) var publisert før, og siden har ikke lenger det ankeret",
                en: "\(url)#\(anchor) was published before and the page no longer has that anchor")
    }

    // External links.
    public static func answered(_ url: String, _ status: Int, _ reason: String) -> Message {
        Message(nb: "\(url) svarte \(status) \(reason)", en: "\(url) answered \(status) \(reason)")
    }

    public static func redirectLoop(_ url: String, _ chain: String) -> Message {
        Message(nb: "\(url) sender videre i ring: \(chain)", en: "\(url) redirects in a loop: \(chain)")
    }

    public static func tooManyRedirects(_ url: String, _ count: Int) -> Message {
        Message(nb: "\(url) sender videre mer enn \(count) ganger", en: "\(url) redirects more than \(count) times")
    }

    public static func timedOut(_ url: String) -> Message {
        Message(nb: "\(url) svarte ikke i tide", en: "\(url) did not answer in time")
    }

    public static func unreachable(_ url: String, _ reason: String) -> Message {
        Message(nb: "\(url) kunne ikke nås: \(reason)", en: "\(url) could not be reached: \(reason)")
    }

    public static func rateLimited(_ url: String) -> Message {
        Message(nb: "\(url): verten svarte 429 Too Many Requests hele tiden; ikke sjekket",
                en: "\(url): the host kept answering 429 Too Many Requests; not checked")
    }

    // mailto: and tel:.
    public static func headerFieldNotPair(_ field: String) -> Message {
        Message(nb: "feltet `\(field)` er ikke navn=verdi", en: "the header field `\(field)` is not name=value")
    }

    public static let namesNoAddress = Message(nb: "den har ingen adresse", en: "it names no address")

    public static func addressProblem(_ address: String, _ problem: Message) -> Message {
        Message(nb: "`\(address)` \(problem.nb)", en: "`\(address)` \(problem.en)")
    }

    public static let hasNoAt = Message(nb: "mangler @", en: "has no @")
    public static let hasSeveralAt = Message(nb: "har mer enn én @", en: "has more than one @")
    public static let nothingBeforeAt = Message(nb: "har ingenting foran @", en: "has nothing before the @")
    public static let hasSpaceOrBrackets = Message(nb: "har mellomrom eller < >", en: "contains a space or < >")
    public static let noDomainAfterAt = Message(nb: "har ikke noe gyldig domene etter @", en: "has no valid domain after the @")
    public static let noDigits = Message(nb: "den har ingen sifre", en: "it has no digits")

    public static func onlyDigitsAfterPlus(_ number: String) -> Message {
        Message(nb: "`\(number)` kan bare ha sifre og - . ( ) etter +", en: "`\(number)` may hold only digits and - . ( ) after the +")
    }

    public static func noCountryCode(_ number: String) -> Message {
        Message(nb: "`\(number)` mangler landskode: skriv det som +47…", en: "`\(number)` has no country code: write it as +47…")
    }

    public static func onlyDigits(_ number: String) -> Message {
        Message(nb: "`\(number)` kan bare ha sifre og - . ( )", en: "`\(number)` may hold only digits and - . ( )")
    }
}
