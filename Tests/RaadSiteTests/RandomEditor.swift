import Foundation
import RaadTestSupport

/// Edits a copy of the mini archive the way an editor might, at random but repeatably: vedtak changed, saker
/// added and deleted, YAML broken and fixed, templates and the stylesheet changed, vedlegg replaced.
struct RandomEditor {
    struct Edit {
        var name: String
        /// What a file watcher would report.
        var paths: [String]
        /// Rebuild without telling which files changed, trusting file stamps alone.
        var hintless = false
    }

    let project: TemporaryContent
    var generator: SeededGenerator
    /// Saker this editor added, by path relative to the project, with what other saker they cite.
    private var added: [String: [String]] = [:]
    private var nextNumber = 30
    private var counter = 0
    /// A file whose YAML is broken now, and its good text.
    private var broken: (path: String, text: String)?
    private let originals: [String: String]

    static let templates = ["themes/helsedir/templates/sak.mustache", "themes/helsedir/templates/mote.mustache",
                            "themes/helsedir/templates/layout.mustache"]
    static let moter = ["content/strategiradet/2026-06-11", "content/strategiradet/2026-03-26", "content/e-helserad/2025-06-12"]

    init(project: TemporaryContent, generator: SeededGenerator) throws {
        self.project = project
        self.generator = generator
        var originals: [String: String] = [:]
        for path in Self.templates + ["themes/helsedir/assets/style.css"] { originals[path] = try project.read(path) }
        self.originals = originals
    }

    mutating func apply() throws -> Edit {
        counter += 1
        if let broken, Bool.random(using: &generator) {
            self.broken = nil
            try project.write(broken.path, broken.text)
            return Edit(name: "fix the YAML of \(broken.path)", paths: [project.path(broken.path)])
        }
        let choices: [(String, (inout RandomEditor) throws -> Edit)] = [
            ("vedtak", { try $0.changeVedtak() }), ("add", { try $0.addSak() }), ("add", { try $0.addSak() }),
            ("delete", { try $0.deleteSak() }), ("break", { try $0.breakYAML() }), ("template", { try $0.changeTemplate() }),
            ("css", { try $0.changeStylesheet() }), ("mote", { try $0.changeMote() }), ("vedlegg", { try $0.replaceVedlegg() }),
            ("touch", { try $0.touch() }), ("site", { try $0.changeSite() }), ("new møte", { try $0.addMote() }),
            ("same size", { try $0.sameSizeEdit() }),
        ]
        var edit = try choices.randomElement(using: &generator)!.1(&self)
        edit.hintless = Int.random(in: 0..<8, using: &generator) == 0
        return edit
    }

    private mutating func changeVedtak() throws -> Edit {
        guard let path = added.keys.sorted().randomElement(using: &generator) else {
            let file = "content/e-helserad/2025-06-12/15-25.md"
            try project.write(file, try project.read(file) + "\nTillegg \(counter).\n")
            return Edit(name: "add to the toppnotat of \(file)", paths: [project.path(file)])
        }
        try project.write(path, sakText(path, cites: added[path] ?? []))
        return Edit(name: "change the vedtak of \(path)", paths: [project.path(path)])
    }

    private mutating func addSak() throws -> Edit {
        let mote = Self.moter.randomElement(using: &generator)!
        let year = mote.contains("2025") ? 25 : 26
        let path = "\(mote)/\(nextNumber)-\(year).md"
        nextNumber += 1
        let candidates = added.keys.sorted() + ["content/e-helserad/2025-06-12/15-25.md"]
        let cites = Bool.random(using: &generator) ? [candidates.randomElement(using: &generator)!] : []
        added[path] = cites
        try project.write(path, sakText(path, cites: cites))
        return Edit(name: "add \(path) citing \(cites)", paths: [project.path(path)])
    }

    private mutating func deleteSak() throws -> Edit {
        let cited = Set(added.values.flatMap { $0 })
        guard let path = added.keys.sorted().filter({ !cited.contains($0) }).randomElement(using: &generator) else {
            return try addSak()
        }
        added[path] = nil
        try FileManager.default.removeItem(atPath: project.path(path))
        return Edit(name: "delete \(path)", paths: [project.path(path)])
    }

    private mutating func breakYAML() throws -> Edit {
        guard broken == nil else { return try touch() }
        let path = (added.keys.sorted() + ["content/strategiradet/2026-06-11/16-26.md", "content/strategiradet/2026-06-11/_index.md"])
            .randomElement(using: &generator)!
        broken = (path, try project.read(path))
        try project.write(path, "---\ntittel: [uavsluttet\n---\n")
        return Edit(name: "break the YAML of \(path)", paths: [project.path(path)])
    }

    private mutating func changeTemplate() throws -> Edit {
        let path = Self.templates.randomElement(using: &generator)!
        let text = Bool.random(using: &generator) ? originals[path]! : originals[path]! + "<!-- endring \(counter) -->\n"
        try project.write(path, text)
        return Edit(name: "change \(path)", paths: [project.path(path)])
    }

    private mutating func changeStylesheet() throws -> Edit {
        let path = "themes/helsedir/assets/style.css"
        try project.write(path, originals[path]! + "/* \(counter) */\n")
        return Edit(name: "change the stylesheet", paths: [project.path(path)])
    }

    private mutating func changeMote() throws -> Edit {
        let path = "content/strategiradet/2026-06-11/_index.md"
        let text = try project.read(path)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("sted:") }) else { return try touch() }
        try project.write(path, text.replacingOccurrences(of: String(line), with: "sted: Møterom \(counter), Oslo"))
        return Edit(name: "change the sted of a møte", paths: [project.path(path)])
    }

    private mutating func changeSite() throws -> Edit {
        let path = "content/_index.md"
        try project.write(path, try project.read(path) + "\nNyhet \(counter).\n")
        return Edit(name: "change the front page text", paths: [project.path(path)])
    }

    /// Same size, so only the content (and the watcher's report) tells the change.
    private mutating func replaceVedlegg() throws -> Edit {
        let path = "content/strategiradet/2026-06-11/vedlegg/saksdokument.pdf"
        let size = try project.read(path).utf8.count
        let text = String(String(repeating: "\(counter % 10)", count: size).prefix(size))
        try project.write(path, text)
        return Edit(name: "replace a vedlegg file, same size", paths: [project.path(path)])
    }

    /// One letter changed near the end of a sak, so size and the first hundred bytes stay the same.
    private mutating func sameSizeEdit() throws -> Edit {
        guard let path = added.keys.sorted().randomElement(using: &generator) else { return try touch() }
        let text = try project.read(path)
        let flipped = text.contains("Se også") ? text.replacingOccurrences(of: "Se også", with: "Se osgå")
                                                : text.replacingOccurrences(of: "Se osgå", with: "Se også")
        try project.write(path, flipped)
        return Edit(name: "same-size edit of \(path)", paths: [project.path(path)])
    }

    private mutating func touch() throws -> Edit {
        let path = "content/strategiradet/2026-03-26/01-26.md"
        try project.write(path, try project.read(path))
        return Edit(name: "save \(path) unchanged", paths: [project.path(path)])
    }

    private mutating func addMote() throws -> Edit {
        let folder = "content/strategiradet/2026-09-\(10 + counter % 18)"
        guard !FileManager.default.fileExists(atPath: project.path(folder)) else { return try touch() }
        try project.write(folder + "/_index.md", "---\ndato: \(folder.suffix(10))\nutkast: true\n---\n")
        let sak = "\(folder)/\(nextNumber)-26.md"
        nextNumber += 1
        added[sak] = []
        try project.write(sak, sakText(sak, cites: []))
        return Edit(name: "add the møte \(folder) with \(sak)", paths: [project.path(folder)])
    }

    /// A sak file citing `cites`, with random emner and a mention of a sak that may or may not exist, so
    /// adding and deleting saker changes which mentions are links.
    private mutating func sakText(_ path: String, cites: [String]) -> String {
        let slug = (path as NSString).lastPathComponent.dropLast(3)
        let parts = slug.split(separator: "-")
        let emner = ["prismodell", "kjernejournal", "e-resept"].filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
        let mentioned = Int.random(in: 30..<(nextNumber + 2), using: &generator)
        var text = "---\nsak: \(Int(parts[0])!)/\(parts[1])\ntittel: Sak \(slug), versjon \(counter)\nsakstype: Drøfting\n"
        if !emner.isEmpty { text += "emner: [\(emner.joined(separator: ", "))]\n" }
        text += "vedtak: |\n  Rådet vedtok versjon \(counter).\n"
        if !cites.isEmpty {
            text += "tidligere_behandlinger:\n"
            for cited in cites {
                let components = cited.split(separator: "/")
                let number = components.last!.dropLast(3).split(separator: "-")
                text += "  - sak: \(components[1]) \(Int(number[0])!)/\(number[1])\n"
            }
        }
        return text + "---\nToppnotat for sak \(slug), endret \(counter). Se også sak \(mentioned)/\(parts[1]).\n"
    }
}
