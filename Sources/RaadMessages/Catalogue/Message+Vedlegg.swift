/// Vedlegg: files in the møte's `vedlegg/` folder, or links elsewhere.
extension Message {
    public static let filOrURL = Message(
        nb: "et vedlegg har enten `fil` eller `url`, ikke begge", en: "a vedlegg has either `fil` or `url`, not both")

    public static func urlMustBeWebAddress(_ url: String) -> Message {
        Message(nb: "`url: \(url)` må være en adresse som begynner med http:// eller https://",
                en: "`url: \(url)` must be an http:// or https:// address")
    }

    public static func filOutsideMote(_ fil: String) -> Message {
        Message(nb: "`fil: \(fil)` må være en sti inne i møtets mappe", en: "`fil: \(fil)` must be a path inside this møte's folder")
    }

    public static func putInVedleggFolder(_ folder: String, _ name: String) -> Message {
        Message(nb: "legg filen i \(folder)/vedlegg/ og skriv `fil: vedlegg/\(name)`",
                en: "put the file in \(folder)/vedlegg/ and write `fil: vedlegg/\(name)`")
    }

    public static func vedleggFileMissing(_ fil: String) -> Message {
        Message(nb: "vedleggsfilen `\(fil)` finnes ikke", en: "the vedlegg file `\(fil)` does not exist")
    }

    public static func vedleggNearMiss(_ candidate: String) -> Message {
        Message(nb: "mente du `fil: \(candidate)`? Navnet må stemme nøyaktig, også store og små bokstaver",
                en: "did you mean `fil: \(candidate)`? The name must match exactly, capitals included")
    }

    public static func filSymlinkOutside(_ fil: String) -> Message {
        Message(nb: "`fil: \(fil)` peker ut av møtets mappe (gjennom en symbolsk lenke)",
                en: "`fil: \(fil)` points outside this møte's folder (through a symbolic link)")
    }
}
