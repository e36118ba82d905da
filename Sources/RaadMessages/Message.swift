/// A text an editor reads, in both languages. Messages are written only in `Catalogue/`, so every one has
/// bokmål and English (`MessageCatalogueTests` fails on one that does not).
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public let nb: String
    public let en: String

    /// Only the catalogue writes messages; everything else calls its named entries.
    init(nb: String, en: String) {
        self.nb = nb
        self.en = en
    }

    /// Text that is the same in every language: a path, a name, a saksnummer, an address.
    public init(verbatim text: String) {
        self.nb = text
        self.en = text
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .nb: nb
        case .en: en
        }
    }

    /// Bokmål, the default: what the editors read unless they ask for English.
    public var description: String { nb }

    public func contains(_ fragment: String) -> Bool { nb.contains(fragment) || en.contains(fragment) }

    /// Two messages in a row, each language joined with `separator`.
    public static func joined(_ parts: [Message], separator: String = " ") -> Message {
        Message(nb: parts.map(\.nb).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
    }
}
