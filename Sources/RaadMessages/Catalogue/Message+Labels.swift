/// Words around every message: the severity, the hint label.
extension Message {
    public static func severity(_ isError: Bool) -> Message {
        isError ? Message(nb: "feil", en: "error") : Message(nb: "advarsel", en: "warning")
    }

    public static let hintLabel = Message(nb: "tips", en: "hint")
}
