/// An agenda row that is not a sak: lunch, a break, the end.
public struct DagsordenPunkt: Sendable, Hashable {
    /// Absent for a row the source gives no time.
    public var tid: Klokkeslett?
    public var punkt: String

    public init(tid: Klokkeslett?, punkt: String) {
        self.tid = tid
        self.punkt = punkt
    }
}
