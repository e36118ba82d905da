import Foundation
import RaadContent

/// Writes a deterministic synthetic archive of `saker` saker in the content format, for benchmarks.
///
/// Four utvalg, about 8 møter a year each and about 12 saker a møte, ending in 2026 with one innkalling
/// per utvalg; toppnotater of 600–1,500 words; vedlegg files; references to earlier saker. The same
/// `saker` and `seed` give byte-identical files.
public struct ArchiveGenerator: Sendable {
    public struct Summary: Sendable {
        public var saker = 0
        public var moter = 0
        public var files = 0
        public var bytes = 0
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let saker: Int
    public let seed: UInt64
    /// The year of the newest møter; the archive reaches back about one year per 380 saker.
    public let lastYear: Int

    public init(saker: Int, seed: UInt64 = 1, lastYear: Int = 2026) {
        self.saker = saker
        self.seed = seed
        self.lastYear = lastYear
    }

    /// Writes the archive into `folder`, which must not exist or be empty.
    public func write(to folder: String) throws(Failure) -> Summary {
        try prepare(folder)
        let utvalg = UtvalgSpec.all(seed: seed)
        let plan = ArchivePlan(saker: saker, utvalgCount: utvalg.count, lastYear: lastYear, seed: seed)
        var writer = FileSink(root: folder)
        var state = State()
        try writer.write("_index.md", siteFile())
        for spec in utvalg {
            try writer.write("\(spec.slug)/_index.md", utvalgFile(spec))
        }
        for (index, planned) in plan.moter.enumerated() {
            try writeMote(planned, index: index, utvalg: utvalg[planned.utvalg], state: &state, to: &writer)
        }
        writer.summary.moter = plan.moter.count
        return writer.summary
    }

    /// What later møter need to know of earlier ones.
    struct State {
        struct Earlier {
            var utvalg: String
            var nummer: Saksnummer
            var tittel: String
        }

        /// Numbered saker written so far, oldest first.
        var earlier: [Earlier] = []
        var lastMote: [String: Dato] = [:]
        var moteNumber: [String: Int] = [:]
        var sakNumber: [String: Int] = [:]
    }

    private func prepare(_ folder: String) throws(Failure) {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) {
            let entries: [String]
            do {
                entries = try manager.contentsOfDirectory(atPath: folder)
            } catch {
                throw Failure(description: "\(folder): cannot read the folder: \(error.localizedDescription)")
            }
            if !entries.isEmpty {
                throw Failure(description: "\(folder): the folder is not empty; generate into a new folder")
            }
        }
    }

    private func siteFile() -> String {
        """
        ---
        tittel: Nasjonal rådsmodell for digitalisering i helse- og omsorgssektoren
        utgiver: Helsedirektoratet
        base_url: https://radsmodellen.example.org/
        spraak: nb
        tema: helsedir
        ---
        Her publiseres innkallinger, saksdokumenter og referater fra rådene i den nasjonale
        rådsmodellen for digitalisering i helse- og omsorgssektoren. Dette er et syntetisk arkiv
        laget av `raad generate` for ytelsesmålinger.

        """
    }

    private func utvalgFile(_ spec: UtvalgSpec) -> String {
        var out = "---\nnavn: \(YAMLText.scalar(spec.navn))\n"
        if let fullt = spec.fulltNavn { out += "fullt_navn: \(YAMLText.scalar(fullt))\n" }
        out += "rekkefolge: \(spec.rekkefolge)\n"
        if let forgjenger = spec.forgjenger { out += "forgjenger: \(forgjenger)\n" }
        out += "medlemmer:\n"
        for member in spec.members {
            out += "  - navn: \(YAMLText.scalar(member.navn))\n    virksomhet: \(YAMLText.scalar(member.virksomhet))\n"
        }
        out += "---\n\(spec.navn) skal gi råd om felles behov og strategiske veivalg innen digitalisering som støtter "
        out += "utviklingen av helse- og omsorgstjenestene, og anbefale prioriteringer og rammer for gjennomføring av tiltak.\n"
        return out
    }
}

/// Writes files under a root folder, creating folders as needed, and counts what it wrote.
struct FileSink {
    let root: String
    var summary = ArchiveGenerator.Summary()
    private var made: Set<String> = []

    init(root: String) { self.root = root }

    mutating func write(_ relative: String, _ text: String) throws(ArchiveGenerator.Failure) {
        try write(relative, Data(text.utf8))
        if relative.hasSuffix(".md") && !relative.hasSuffix("_index.md") { summary.saker += 1 }
    }

    mutating func write(_ relative: String, _ data: Data) throws(ArchiveGenerator.Failure) {
        let path = root + "/" + relative
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !made.contains(folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                made.insert(folder)
            }
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw ArchiveGenerator.Failure(description: "\(path): cannot write: \(error.localizedDescription)")
        }
        summary.files += 1
        summary.bytes += data.count
    }
}
