/// `raad serve`: the terminal's lines and the preview's own pages.
extension Message {
    public static func serving(_ address: String, folder: String) -> Message {
        Message(nb: "Forhåndsvisning på \(address) (med utkast; nettstedet bygges i \(folder)). Trykk Ctrl-C for å stoppe.",
                en: "Serving \(address) (drafts included; the site is built in \(folder)). Press Ctrl-C to stop.")
    }

    public static func listeningOnNetwork(_ host: String) -> Message {
        Message(nb: "lytter på \(host): andre maskiner på nettverket kan se forhåndsvisningen, også utkastene",
                en: "listening on \(host): other machines on the network can see this preview, drafts included")
    }

    public static func serveFailed(_ reason: String) -> Message {
        Message(nb: "forhåndsvisningen stoppet: \(reason)", en: "the preview stopped: \(reason)")
    }

    public static func portInUse(_ port: Int) -> Message {
        Message(nb: "port \(port) er i bruk, kanskje av en annen raad serve", en: "port \(port) is in use, perhaps by another raad serve")
    }

    public static let pickAnotherPort = Message(
        nb: "stopp den andre (Ctrl-C i vinduet der den kjører), eller velg en annen port med --port 1314",
        en: "stop the other one (Ctrl-C in its window), or pick another port with --port 1314")

    public static func cannotRemove(_ folder: String, _ reason: String) -> Message {
        Message(nb: "kunne ikke fjerne \(folder): \(reason)", en: "could not remove \(folder): \(reason)")
    }

    // The rebuild lines: "12:03:04 content/…/22-26.md: bygget om på 38 ms; …".
    public static let firstBuild = Message(nb: "første bygg", en: "first build")
    public static let everyFileChecked = Message(nb: "alle filer sjekket", en: "every file checked")
    public static let noContentFile = Message(nb: "ingen innholdsfil", en: "no content file")

    public static func andMore(_ count: Int) -> Message {
        Message(nb: " og \(count) til", en: " and \(count) more")
    }

    public static func rebuildStopped(after time: String) -> Message {
        Message(nb: "bygget avbrutt etter \(time) for nyere lagringer", en: "rebuild stopped after \(time) for newer saves")
    }

    public static func rebuildFailed(errors: Int, time: String) -> Message {
        Message(nb: "\(errors) feil på \(time); nettleseren viser dem, det siste gode nettstedet beholdes",
                en: "\(errors) \(errors == 1 ? "error" : "errors") in \(time); the browser shows them, the last good site is kept")
    }

    public static func builtFiles(_ count: Int, time: String) -> Message {
        Message(nb: "bygget \(count) filer på \(time)", en: "built \(count) files in \(time)")
    }

    public static func rebuilt(time: String, read: Int, rendered: Int, wrote: Int, shown: String, removed: Int) -> Message {
        Message(nb: "bygget om på \(time); leste \(read), lagde \(rendered), skrev \(wrote)\(shown), fjernet \(removed)",
                en: "rebuilt in \(time); read \(read), rendered \(rendered), wrote \(wrote)\(shown), removed \(removed)")
    }

    public static func sakPage(time: String) -> Message {
        Message(nb: "sakssiden på \(time)", en: "sak page in \(time)")
    }

    public static let unchanged = Message(nb: ", uendret", en: ", unchanged")
    public static let restFollows = Message(nb: "; resten følger", en: "; the rest follows")
    public static let slowest = Message(nb: "; tregest: ", en: "; slowest: ")

    // The preview's error page.
    public static func errorCount(_ count: Int) -> Message {
        Message(nb: count == 1 ? "Én feil" : "\(count) feil", en: count == 1 ? "One error" : "\(count) errors")
    }

    public static func cannotBuild(_ count: Message) -> Message {
        Message(nb: "Nettstedet kan ikke bygges: \(count.nb)", en: "The site cannot be built: \(count.en)")
    }

    public static let errorPageTitle = Message(nb: "Feil i innholdet – raad serve", en: "Errors in the content – raad serve")

    public static let fixAndSave = Message(
        nb: "Rett feilen og lagre filen, så kommer siden tilbake av seg selv. Til da vises ingen sider.",
        en: "Fix the error and save the file, and the page comes back by itself. Until then no pages are shown.")

    public static let building = Message(nb: "Bygger nettstedet …", en: "Building the site …")
    public static let buildingTitle = Message(nb: "Bygger … – raad serve", en: "Building … – raad serve")
    public static let pageLoadsItself = Message(
        nb: "Siden lastes inn av seg selv når bygget er ferdig.", en: "The page loads by itself when the build is done.")
}
