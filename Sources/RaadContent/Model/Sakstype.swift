/// What the council is asked to do with a sak (innretning): one of the site's or utvalg's `sakstyper`.
public struct Sakstype: Sendable, Hashable, RawRepresentable {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let godkjenning = Sakstype(rawValue: "Godkjenning")
    public static let drofting = Sakstype(rawValue: "Drøfting")
    public static let orientering = Sakstype(rawValue: "Orientering")
    public static let anbefaling = Sakstype(rawValue: "Anbefaling")
    public static let beslutning = Sakstype(rawValue: "Beslutning")
    public static let apenSak = Sakstype(rawValue: "Åpen sak")

    /// The national councils' types, allowed where no `sakstyper:` list is given.
    public static let defaults: [Sakstype] = [.godkjenning, .drofting, .orientering, .anbefaling, .beslutning, .apenSak]
}
