/// What the council is asked to do with a sak (innretning).
public enum Sakstype: String, Sendable, CaseIterable {
    case godkjenning = "Godkjenning"
    case drofting = "Drøfting"
    case orientering = "Orientering"
    case anbefaling = "Anbefaling"
    case beslutning = "Beslutning"
    case apenSak = "Åpen sak"
}
