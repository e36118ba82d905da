/// The identity of a sak on the site: its utvalg and number.
public struct SakID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var utvalg: String
    public var nummer: Saksnummer

    public init(utvalg: String, nummer: Saksnummer) {
        self.utvalg = utvalg
        self.nummer = nummer
    }

    public var description: String { "\(utvalg) \(nummer)" }

    public static func < (a: SakID, b: SakID) -> Bool { (a.utvalg, a.nummer) < (b.utvalg, b.nummer) }
}

/// A written reference to a sak: `nasjonalt-e-helserad 15/25`, or `11/26` inside the same utvalg.
public struct SakRef: Sendable, Hashable {
    public var utvalg: String?
    public var nummer: Saksnummer

    public init?(_ text: String) {
        if let n = Saksnummer(text) {
            utvalg = nil
            nummer = n
            return
        }
        let words = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard words.count == 2, !words[0].contains("/"), let n = Saksnummer(String(words[1])) else { return nil }
        utvalg = String(words[0])
        nummer = n
    }

    /// The sak meant, with the slug filled in from the utvalg the reference is written in.
    public func resolved(in utvalgSlug: String) -> SakID {
        SakID(utvalg: utvalg ?? utvalgSlug, nummer: nummer)
    }
}

/// The identity of a møte: its utvalg and date (the folder name).
public struct MoteID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var utvalg: String
    public var dato: Dato

    public init(utvalg: String, dato: Dato) {
        self.utvalg = utvalg
        self.dato = dato
    }

    /// Parses `strategiradet 2026-03-26`, or `2026-03-26` inside `utvalgSlug`.
    public init?(_ text: String, in utvalgSlug: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(words.count), let dato = Dato(iso: String(words[words.count - 1])) else { return nil }
        self.utvalg = words.count == 2 ? String(words[0]) : utvalgSlug
        self.dato = dato
    }

    public var description: String { "\(utvalg) \(dato)" }

    public static func < (a: MoteID, b: MoteID) -> Bool { (a.dato, a.utvalg) < (b.dato, b.utvalg) }
}
