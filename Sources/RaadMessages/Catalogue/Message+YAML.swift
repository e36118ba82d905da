/// Front matter that is not valid YAML: libyaml's problems, and where the fix goes.
extension Message {
    public static func invalidYAML(_ problem: Message) -> Message {
        Message(nb: "ugyldig YAML: \(problem.nb)", en: "invalid YAML: \(problem.en)")
    }

    public static let yamlBadCharacter = Message(
        nb: "et tegn som ikke kan begynne en verdi (for eksempel @, ` eller tabulator)",
        en: "found character that cannot start any token")
    public static let yamlColonInValue = Message(
        nb: "`: ` midt i en verdi", en: "mapping values are not allowed in this context")
    public static let yamlExpectedColon = Message(
        nb: "en linje uten `nøkkel:`", en: "could not find expected ':'")
    public static let yamlExpectedKey = Message(
        nb: "fant ikke forventet nøkkel", en: "did not find expected key")
    public static func yamlExpectedBracket(_ closing: String) -> Message {
        Message(nb: "fant ikke forventet `,` eller `\(closing)`", en: "did not find expected ',' or '\(closing)'")
    }
    public static let yamlUnexpectedEnd = Message(
        nb: "innstillingene slutter midt i en verdi", en: "found unexpected end of stream")
    public static let yamlUnknownEscape = Message(
        nb: "ukjent tegn etter `\\` i anførselstegn", en: "found unknown escape character")
    public static let yamlListNotAllowed = Message(
        nb: "et listepunkt (`- `) der det ikke kan stå", en: "block sequence entries are not allowed in this context")
    public static let yamlExpectedDash = Message(
        nb: "fant ikke forventet `- ` (listepunkt)", en: "did not find expected '-' indicator")
    public static let yamlExpectedValue = Message(
        nb: "fant ikke forventet verdi", en: "did not find expected node content")
    public static let yamlTab = Message(
        nb: "tabulator i innrykket", en: "found a tab character that violates indentation")

    public static func keyWrittenTwice(_ keys: [String]) -> Message {
        let list = keys.joined(separator: "`, `")
        return Message(nb: "nøkkelen `\(list)` står to ganger", en: "the key `\(list)` is written twice")
    }

    public static let keepOne = Message(nb: "behold én av dem", en: "keep one of them")

    public static let indentWithSpaces = Message(
        nb: "bruk mellomrom til innrykk, ikke tabulator", en: "indent with spaces, not tabs")

    public static func quoteNotClosed(_ quote: String) -> Message {
        Message(nb: "anførselstegnet (\(quote)) som åpnes på denne linjen, lukkes aldri; avslutt verdien med \(quote)",
                en: "a quote (\(quote)) is opened on this line and never closed; end the value with \(quote)")
    }

    public static func bracketNotClosed(_ opening: String, _ closing: String) -> Message {
        Message(nb: "klammen `\(opening)` som åpnes på denne linjen, lukkes aldri; avslutt listen med `\(closing)`",
                en: "the bracket `\(opening)` opened on this line is never closed; end the list with `\(closing)`")
    }

    public static func indentBlockText(_ key: String) -> Message {
        Message(nb: "teksten under `\(key): |` må ha innrykk: begynn hver linje med to mellomrom",
                en: "the text under `\(key): |` must be indented: start each line with two spaces")
    }

    public static let lineWithoutKey = Message(
        nb: "hører linjen til teksten over? Gi den innrykk; ellers skriv `nøkkel: ` foran",
        en: "does the line belong to the text above? Indent it; otherwise start it with `key: `")

    public static let quoteColonValue = Message(
        nb: "en verdi med `: ` i seg må stå i anførselstegn, eller skrives som en blokk med `|`",
        en: "a value containing `: ` must be quoted, or written as a block with `|`")

    public static let backslashInQuotes = Message(
        nb: "i \"…\" må \\ skrives \\\\; eller bruk enkle anførselstegn '…'",
        en: "inside \"…\" write \\ as \\\\; or use single quotes '…'")

    public static let checkIndentation = Message(
        nb: "sjekk innrykket: nøklene i samme element må stå rett under hverandre",
        en: "check the indentation: keys of the same item must line up")
}
