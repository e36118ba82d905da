/// The words around the problems in `raad check`'s report.
extension Message {
    /// The kind of a problem, keyed by its code in the CI formats (`missing-page`).
    public static func problemKind(_ code: String) -> Message {
        switch code {
        case "missing-page": Message(nb: "side mangler", en: "missing page")
        case "missing-vedlegg": Message(nb: "vedlegg mangler", en: "missing vedlegg")
        case "missing-anchor": Message(nb: "anker mangler", en: "missing anchor")
        case "outside-base-path": Message(nb: "utenfor nettstedet", en: "outside base path")
        case "bad-mailto": Message(nb: "feil i e-postlenke", en: "bad mailto")
        case "bad-tel": Message(nb: "feil i telefonlenke", en: "bad tel")
        case "unknown-scheme": Message(nb: "ukjent adressetype", en: "unknown scheme")
        case "malformed-xml": Message(nb: "ugyldig XML", en: "malformed xml")
        case "external-broken": Message(nb: "ekstern lenke virker ikke", en: "external broken")
        case "external-redirect-loop": Message(nb: "ekstern lenke sender i ring", en: "external redirect loop")
        case "external-timeout": Message(nb: "ekstern lenke svarer ikke", en: "external timeout")
        case "external-unreachable": Message(nb: "ekstern lenke kan ikke nås", en: "external unreachable")
        case "lost-page": Message(nb: "side borte", en: "lost page")
        case "lost-anchor": Message(nb: "anker borte", en: "lost anchor")
        default: Message(nb: "lenkefeil (\(code))", en: "link problem (\(code))")
        }
    }

    public static func link(_ url: String) -> Message {
        Message(nb: "lenke \(url)", en: "link \(url)")
    }

    public static func onPages(_ pages: String) -> Message {
        Message(nb: "på \(pages)", en: "on \(pages)")
    }

    public static func andMorePages(_ count: Int) -> Message {
        Message(nb: " og \(count) til", en: " and \(count) more")
    }

    public static func checked(links: Int, pages: Int, external: Int?) -> Message {
        let nb = "sjekket \(links) \(links == 1 ? "lenke" : "lenker") på \(pages) \(pages == 1 ? "side" : "sider")"
            + (external.map { ", \($0) eksterne adresser sjekket" } ?? "")
        let en = "checked \(links) \(links == 1 ? "link" : "links") on \(pages) \(pages == 1 ? "page" : "pages")"
            + (external.map { ", \($0) external \($0 == 1 ? "URL" : "URLs") checked" } ?? "")
        return Message(nb: nb, en: en)
    }

    public static func noBrokenLinks(_ checked: Message) -> Message {
        Message(nb: "Alle lenker virker (\(checked.nb))", en: "No broken links (\(checked.en))")
    }

    public static func brokenLinks(_ count: Int, files: Int, _ checked: Message) -> Message {
        Message(nb: "\(count) \(count == 1 ? "lenke virker" : "lenker virker") ikke, i \(files) \(files == 1 ? "fil" : "filer") (\(checked.nb))",
                en: "\(count) \(count == 1 ? "broken link" : "broken links") in \(files) \(files == 1 ? "file" : "files") (\(checked.en))")
    }
}
