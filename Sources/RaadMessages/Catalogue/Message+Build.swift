/// `raad build`: warnings about the site as a whole, the summary, failures of the machine rather than the content.
extension Message {
    public static let baseURLHasNoHost = Message(
        nb: "`base_url` har ingen vertsnavn, så feed.xml, moter.ics og sitemap.xml får stier, ikke hele adresser",
        en: "`base_url` has no host, so feed.xml, moter.ics and sitemap.xml hold paths, not full addresses")

    public static let setBaseURL = Message(
        nb: "sett `base_url: https://…/` til adressen nettstedet publiseres på, eller bruk --base-url",
        en: "set `base_url: https://…/` to the address the site is published at, or pass --base-url")

    public static func baseURLIsExample(_ url: String) -> Message {
        Message(nb: "`base_url` er fortsatt eksempeladressen \(url); feed.xml, moter.ics og sitemap.xml peker dit",
                en: "`base_url` is still the example address \(url); feed.xml, moter.ics and sitemap.xml point there")
    }

    /// `raad build --stage-memory`: the peak after each stage.
    public static func peakMemory(_ stages: String) -> Message {
        Message(nb: "høyeste minnebruk etter hvert steg: \(stages)", en: "peak memory after each stage: \(stages)")
    }

    public static func built(pages: Int, moter: Int, saker: Int, otherFiles: Int, folder: String, time: String) -> Message {
        Message(nb: "Bygde \(pages) sider (\(moter) møter, \(saker) saker) og \(otherFiles) andre filer i \(folder)/ på \(time)",
                en: "Built \(pages) pages (\(moter) møter, \(saker) saker) and \(otherFiles) other files into \(folder)/ in \(time)")
    }
}

extension Message {
    public static func notBuilt(errors: Int, content: String, output: String) -> Message {
        Message(nb: "\(errors) feil i \(content); \(output)/ er ikke endret",
                en: "\(errors) \(errors == 1 ? "error" : "errors") in \(content); \(output)/ was not changed")
    }
}
