/// What `raad serve` adds to the pages it shows: never part of the built site.
extension Message {
    public static func previewWarnings(_ count: Int) -> Message {
        Message(nb: count == 1 ? "Én advarsel i innholdet" : "\(count) advarsler i innholdet",
                en: count == 1 ? "One warning in the content" : "\(count) warnings in the content")
    }

    public static func previewOtherWarnings(_ count: Int) -> Message {
        Message(nb: count == 1 ? "og én advarsel som gjelder andre sider (se terminalen)"
                               : "og \(count) advarsler som gjelder andre sider (se terminalen)",
                en: count == 1 ? "and one warning about other pages (see the terminal)"
                               : "and \(count) warnings about other pages (see the terminal)")
    }

    public static let previewWarningsNote = Message(
        nb: "Siden bygges likevel; raad build --strict (som CI bruker) stopper på advarsler.",
        en: "The page is built anyway; raad build --strict (as CI runs it) stops at warnings.")

    public static let draftMarker = Message(nb: "Utkast – ikke publisert", en: "Draft – not published")

    public static let draftMarkerNote = Message(
        nb: "Denne siden er eller viser et utkast (utkast: true). Den vises bare i forhåndsvisningen.",
        en: "This page is or shows a draft (utkast: true). It is shown only in the preview.")

    public static func draftList(_ count: Int) -> Message {
        Message(nb: count == 1 ? "Ett utkast i forhåndsvisningen" : "\(count) utkast i forhåndsvisningen",
                en: count == 1 ? "One draft in the preview" : "\(count) drafts in the preview")
    }
}
