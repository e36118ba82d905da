import Foundation
import RaadMessages

/// Writes the file of a new møte or sak with the right front matter (`raad new`); never replaces a file.
public enum Scaffold {
    public struct Failure: Error, CustomStringConvertible {
        public var message: Message
        public var description: String { message.nb }
    }

    /// Creates `<content>/<utvalg>/<dato>/_index.md`, numbered after the utvalg's earlier møter that year,
    /// marked as a draft; returns its path.
    public static func mote(content folder: String, utvalg: String, dato: Dato) throws(Failure) -> String {
        let content = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let utvalgFolder = content + "/" + utvalg
        guard exists(utvalgFolder + "/_index.md") else {
            let known = names(in: content).filter { exists(content + "/" + $0 + "/_index.md") }
            throw Failure(message: .noSuchUtvalg(utvalgFolder, utvalg, suggestion: Suggestions.closest(to: utvalg, in: known),
                                                 known: known))
        }
        let folder = utvalgFolder + "/" + dato.iso
        guard !exists(folder) else {
            throw Failure(message: .moteExists(folder))
        }
        let earlier = names(in: utvalgFolder).compactMap(Dato.init(iso:)).filter { $0.year == dato.year && $0 < dato }
        // After the highest number written that year, so a møte missing from the site does not give a number twice.
        let highest = earlier.compactMap { moteNummer(in: utvalgFolder, dato: $0).flatMap { Int($0.split(separator: "/").first ?? "") } }
            .max() ?? 0
        let path = folder + "/_index.md"
        try create(path, moteText(nummer: "\(max(highest, earlier.count) + 1)/\(dato.year)", dato: dato,
                                  medlemmer: Self.utvalg(in: utvalgFolder).medlemmer))
        // The folder the guide tells the editor to put files in; git keeps it once a file is there.
        do {
            try FileManager.default.createDirectory(atPath: folder + "/vedlegg", withIntermediateDirectories: true)
        } catch {
            throw Failure(message: .cannotWrite(folder + "/vedlegg", error.localizedDescription))
        }
        return path
    }

    /// Creates `<møte folder>/NN-YY.md`, numbered `nummer` or else the utvalg's next free number in the møte's
    /// year; returns its path. A Godkjenning approves the referat of the utvalg's previous møte, and is named
    /// after it when `tittel` is nil.
    /// `approvesReferat` does what a Godkjenning does, for an utvalg whose own sakstyper have no Godkjenning.
    public static func sak(mote moteFolder: String, nummer: Saksnummer?, tittel: String?, sakstype written: String?,
                           approvesReferat: Bool = false) throws(Failure) -> String {
        let folder = moteFolder.hasSuffix("/") ? String(moteFolder.dropLast()) : moteFolder
        let name = (folder as NSString).lastPathComponent
        guard let dato = Dato(iso: name), exists(folder + "/_index.md") else {
            // A møte not made yet, in a real utvalg: the command that makes it.
            let utvalgFolder = (folder as NSString).deletingLastPathComponent
            if let dato = Dato(iso: name), exists(utvalgFolder + "/_index.md") {
                throw Failure(message: .moteNotMadeYet(folder, utvalg: (utvalgFolder as NSString).lastPathComponent, dato: dato.iso))
            }
            throw Failure(message: .notAMoteFolder(folder))
        }
        // `--mote 2026-10-15` given inside the utvalg's folder names neither the utvalg nor the content folder:
        // then they are read from the absolute path. Otherwise the path stays as given, for the messages.
        let parent = (folder as NSString).deletingLastPathComponent
        let utvalgFolder = (parent as NSString).deletingLastPathComponent.isEmpty
            ? (URL(fileURLWithPath: folder).standardizedFileURL.path as NSString).deletingLastPathComponent : parent
        let allowed = sakstyper(in: utvalgFolder)
        var sakstype: Sakstype?
        if let written {
            guard let type = allowed.first(where: { $0.rawValue.lowercased() == written.lowercased() }) else {
                let names = allowed.map(\.rawValue)
                throw Failure(message: .sakstypeOption(written, names, suggestion: Suggestions.closest(to: written, in: names)))
            }
            sakstype = type
        }
        var tittel = tittel
        var godkjenner: (mote: String, forslag: String)?
        let approves = sakstype == .godkjenning || approvesReferat
        if approves, let previous = previousMote(in: utvalgFolder, before: dato) {
            let slug = (utvalgFolder as NSString).lastPathComponent
            let name = previous.nummer ?? previous.dato.iso
            let navn = Self.utvalg(in: utvalgFolder).navn ?? slug
            godkjenner = ("\(slug) \(previous.dato.iso)", Message.godkjenningForslag(utvalg: navn, mote: name).nb)
            if tittel == nil { tittel = Message.godkjenningTittel(mote: name).nb }
        }
        guard let tittel else {
            let reason: Message = approves ? .noEarlierMote((utvalgFolder as NSString).lastPathComponent) : .tittelRequired
            throw Failure(message: reason)
        }
        guard !tittel.contains(where: \.isNewline), !tittel.allSatisfy(\.isWhitespace) else {
            throw Failure(message: .tittelOneLine)
        }
        let used = saker(in: utvalgFolder)
        // A new number is written the way the utvalg writes its numbers: `26/2016` where the last one is `25/2016`.
        let chosen = nummer ?? Saksnummer(nummer: (used.keys.filter { $0.year == dato.year }.map(\.nummer).max() ?? 0) + 1,
                                          year: dato.year).written(like: used.keys.max())
        if let taken = used[chosen] {
            throw Failure(message: .sakTaken(chosen.description, by: taken))
        }
        let path = folder + "/" + chosen.slug + ".md"
        let utvalg = (utvalgFolder as NSString).lastPathComponent
        try create(path, sakText(nummer: chosen, tittel: tittel, sakstype: sakstype, sakstyper: allowed,
                                 utvalg: (slug: utvalg, navn: Self.utvalg(in: utvalgFolder).navn ?? utvalg,
                                          example: Saksnummer(nummer: 11, year: dato.year).written(like: used.keys.max())),
                                 godkjenner: godkjenner))
        return path
    }

    /// Every numbered sak file of an utvalg, by its number.
    static func saker(in utvalgFolder: String) -> [Saksnummer: String] {
        var found: [Saksnummer: String] = [:]
        for mote in names(in: utvalgFolder) where Dato(iso: mote) != nil {
            for file in names(in: utvalgFolder + "/" + mote) where file.hasSuffix(".md") {
                let parts = file.dropLast(3).split(separator: "-")
                let text = "\(parts.first ?? "")/" + parts.dropFirst().joined(separator: " ")
                if (2...3).contains(parts.count), let nummer = Saksnummer(text) {
                    found[nummer] = utvalgFolder + "/" + mote + "/" + file
                }
            }
        }
        return found
    }

    static func create(_ path: String, _ text: String) throws(Failure) {
        guard !exists(path) else { throw Failure(message: .fileExists(path)) }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw Failure(message: .cannotWrite(path, error.localizedDescription))
        }
    }

    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    private static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
