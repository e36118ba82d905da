/// The keys of the front matter and the kinds of value they take.
extension Message {
    public static func hasNoKeys(_ thing: Message) -> Message {
        Message(nb: "\(thing.nb) har ingen nøkler", en: "\(thing.en) has no keys")
    }

    public static let writeKeyValueLines = Message(
        nb: "skriv nøklene som linjer `nøkkel: verdi`", en: "write the keys as `key: value` lines")

    public static func mustBeMapping(_ thing: Message, not kind: Message) -> Message {
        Message(nb: "\(thing.nb) må være linjer `nøkkel: verdi`, ikke \(kind.nb)",
                en: "\(thing.en) must be a set of `key: value` lines, not \(kind.en)")
    }

    public static let keyMustBeWord = Message(nb: "en nøkkel må være et enkelt ord", en: "a key must be a plain word")

    public static func unknownKey(_ key: String, in thing: Message) -> Message {
        Message(nb: "ukjent nøkkel `\(key)` i \(thing.nb)", en: "unknown key `\(key)` in \(thing.en)")
    }

    public static func didYouMean(_ candidate: String) -> Message {
        Message(nb: "mente du `\(candidate)`?", en: "did you mean `\(candidate)`?")
    }

    public static func allowedKeys(_ thing: Message, _ keys: [String]) -> Message {
        Message(nb: "nøklene \(thing.nb) kan ha, er: \(keys.joined(separator: ", "))",
                en: "the keys \(thing.en) can have are: \(keys.joined(separator: ", "))")
    }

    public static func keyEmpty(_ key: String) -> Message {
        Message(nb: "`\(key)` er tom", en: "`\(key)` is empty")
    }

    public static func writeValueAfter(_ key: String) -> Message {
        Message(nb: "skriv en verdi etter `\(key):`", en: "write a value after `\(key):`")
    }

    public static func mustBeText(_ key: String, not kind: Message) -> Message {
        Message(nb: "`\(key)` må være tekst, ikke \(kind.nb)", en: "`\(key)` must be text, not \(kind.en)")
    }

    public static func writeOnOneLine(_ key: String) -> Message {
        Message(nb: "skriv verdien på én linje etter `\(key):`", en: "write it on one line after `\(key):`")
    }

    public static func writeBlock(_ key: String) -> Message {
        Message(nb: "skriv flere linjer som `\(key): |` fulgt av innrykkede linjer",
                en: "write several lines as `\(key): |` followed by indented lines")
    }

    public static func mustBeWholeNumber(_ key: String, _ text: String) -> Message {
        Message(nb: "`\(key)` må være et heltall, ikke `\(text)`", en: "`\(key)` must be a whole number, not `\(text)`")
    }

    public static func mustBeTrueOrFalse(_ key: String, _ text: String) -> Message {
        Message(nb: "`\(key)` må være true eller false, ikke `\(text)`", en: "`\(key)` must be true or false, not `\(text)`")
    }

    public static func mustBeList(_ key: String, not kind: Message) -> Message {
        Message(nb: "`\(key)` må være en liste, ikke \(kind.nb)", en: "`\(key)` must be a list, not \(kind.en)")
    }

    public static let writeListItems = Message(
        nb: "skriv hvert element på en egen linje som begynner med `- `",
        en: "write each item on its own line starting with `- `")

    public static func listItemsMustBeText(_ key: String) -> Message {
        Message(nb: "hvert element i `\(key)` må være en kort tekst", en: "each item of `\(key)` must be a short text")
    }

    public static func missingKey(_ key: String) -> Message {
        Message(nb: "nøkkelen `\(key)` mangler", en: "missing required key `\(key)`")
    }

    public static func addKeyLine(_ key: String) -> Message {
        Message(nb: "legg til en linje `\(key): ...`", en: "add a line `\(key): ...`")
    }

    public static let aSingleValue = Message(nb: "én enkelt verdi", en: "a single value")
    public static let aKeyValueSet = Message(nb: "linjer `nøkkel: verdi`", en: "a set of `key: value` lines")
    public static let aList = Message(nb: "en liste", en: "a list")
    public static let anAlias = Message(nb: "et alias", en: "an alias")
}
