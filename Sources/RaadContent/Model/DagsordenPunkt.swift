/// An agenda row that is not a sak: lunch, a break, the end.
public struct DagsordenPunkt: Sendable, Hashable {
    public var tid: Klokkeslett
    public var punkt: String

    public init(tid: Klokkeslett, punkt: String) {
        self.tid = tid
        self.punkt = punkt
    }
}
