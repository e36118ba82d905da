/// The site file, `content/_index.md`.
extension Message {
    public static let baseURLForm = Message(
        nb: "`base_url` må begynne med https://, http:// eller /", en: "`base_url` must start with https://, http:// or /")

    public static let baseURLExample = Message(
        nb: "for eksempel `base_url: https://example.org/radsmodellen/`",
        en: "for example `base_url: https://example.org/radsmodellen/`")

    public static func spraakForm(_ text: String) -> Message {
        Message(nb: "`spraak` må være nb, nn eller en, ikke `\(text)`", en: "`spraak` must be nb, nn or en, not `\(text)`")
    }

    public static let temaForm = Message(
        nb: "`tema` må være navnet på en mappe under themes/", en: "`tema` must be the name of a folder under themes/")

    public static func mustBeWebAddress(_ key: String) -> Message {
        Message(nb: "`\(key)` må være en adresse som begynner med http:// eller https://",
                en: "`\(key)` must be an http:// or https:// address")
    }
}
