/// How messages name the thing a key belongs to: "ukjent nøkkel `vedtk` i en sak".
extension Message {
    public static let theSiteFile = Message(nb: "nettstedsfilen", en: "the site file")
    public static let anUtvalg = Message(nb: "et utvalg", en: "an utvalg")
    public static let aMote = Message(nb: "et møte", en: "a møte")
    public static let aSak = Message(nb: "en sak", en: "a sak")
    public static let aTidligereBehandling = Message(nb: "en tidligere behandling", en: "a tidligere behandling")
    public static let aDagsordenRow = Message(nb: "en rad i dagsorden", en: "a dagsorden row")
    public static let aVedlegg = Message(nb: "et vedlegg", en: "a vedlegg")

    public static func aPerson(in key: String) -> Message {
        Message(nb: "en person i `\(key)`", en: "a person in `\(key)`")
    }
}
