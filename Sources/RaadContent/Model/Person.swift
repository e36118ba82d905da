/// A member, substitute or secretariat member as the møte lists them.
public struct Person: Sendable, Hashable {
    public var navn: String
    public var virksomhet: String?
    /// A remark such as "fra kl. 15".
    public var merknad: String?
    /// For a stedfortreder: whom they stand in for.
    public var stedfortrederFor: String?
    /// Leder, Nestleder, Møteleder, Observatør or the body's own word.
    public var rolle: String?

    /// The same person without a role, where the list they are in already says it.
    public var withoutRolle: Person {
        var copy = self
        copy.rolle = nil
        return copy
    }

    public init(navn: String, virksomhet: String? = nil, merknad: String? = nil, stedfortrederFor: String? = nil, rolle: String? = nil) {
        self.navn = navn
        self.virksomhet = virksomhet
        self.merknad = merknad
        self.stedfortrederFor = stedfortrederFor
        self.rolle = rolle
    }
}
