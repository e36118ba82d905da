/// A time of day from the agenda (`"10:25"`); also accepts the Norwegian `10.25`.
public struct Klokkeslett: Sendable, Hashable, Comparable {
    public var hour: Int
    public var minute: Int

    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        hour = h
        minute = m
    }

    /// As Språkrådet writes it: `10.25`.
    public var norwegian: String { "\(Dato.pad(hour)).\(Dato.pad(minute))" }

    public static func < (a: Klokkeslett, b: Klokkeslett) -> Bool {
        (a.hour, a.minute) < (b.hour, b.minute)
    }
}
