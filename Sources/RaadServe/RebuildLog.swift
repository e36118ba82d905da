import Foundation
import RaadContent
import RaadMessages
import RaadSite

/// One line per rebuild for the terminal: what changed, what it cost, what was written.
enum RebuildLog {
    static func line(for result: Rebuilder.Result, changed: [String]?, root: String, _ language: Language) -> String {
        let say = { (message: Message) in message.text(language) }
        let reported = changed.map { $0.filter(isReported) }
        let cause = reported.map { paths in
            paths.isEmpty ? say(.noContentFile) : paths.prefix(3).map { relative($0, to: root) }.joined(separator: ", ")
                + (paths.count > 3 ? say(.andMore(paths.count - 3)) : "")
        } ?? say(result.wroteEverything ? .firstBuild : .everyFileChecked)
        let time = milliseconds(result.seconds)
        if result.stopped {
            return "\(stamp()) \(cause): \(say(.rebuildStopped(after: time))) ["
                + result.report.timings.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", ") + "]"
        }
        guard result.succeeded else {
            let errors = result.report.diagnostics.filter(\.isError).count + (result.report.failure == nil ? 0 : 1)
            return "\(stamp()) \(cause): \(say(.rebuildFailed(errors: errors, time: time)))"
        }
        if result.wroteEverything {
            return "\(stamp()) \(cause): \(say(.builtFiles(result.changes.write.count, time: time)))"
        }
        let written = result.changes.write.map(\.path)
        let shown = written.prefix(4).joined(separator: ", ") + (written.count > 4 ? ", …" : "")
        let rebuilt = Message.rebuilt(time: time, read: result.reloaded.count, rendered: result.rendered.count,
                                      wrote: written.count, shown: written.isEmpty ? "" : " (\(shown))",
                                      removed: result.changes.remove.count)
        return "\(stamp()) \(cause): \(say(rebuilt))" + slowest(result, language)
    }

    /// Editors' swap, backup and temporary files come and go with each save; they are noise in the log. A
    /// temporary file (`sedKoGzC1`, vim's `4913`) is gone by now and has no extension, unlike a removed sak.
    static func isReported(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix(".") || EditorFiles.isIgnored(name) { return false }
        return name.contains(".") || FileManager.default.fileExists(atPath: path)
    }

    /// The quick answer to an edited sak, before the rebuild line: which page, how fast.
    static func previewLine(for result: Rebuilder.Result, root: String, _ language: Language) -> String {
        let cause = result.reloaded.map { relative($0, to: root) }.joined(separator: ", ")
        if let failure = result.report.failure {
            return "\(stamp()) \(cause): \(Message.severity(true).text(language)): \(failure)"
        }
        let written = result.changes.write.map(\.path)
        return "\(stamp()) \(cause): \(Message.sakPage(time: milliseconds(result.seconds)).text(language))"
            + (written.isEmpty ? Message.unchanged.text(language) : " (\(written.joined(separator: ", ")))")
            + " [" + result.report.timings.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", ")
            + "]" + Message.restFollows.text(language)
    }

    /// For a rebuild an editor would notice, where its time went: the three slowest stages.
    private static func slowest(_ result: Rebuilder.Result, _ language: Language) -> String {
        guard result.seconds >= 0.5 else { return "" }
        let stages = result.report.timings.sorted { $0.seconds > $1.seconds }.prefix(3)
        return Message.slowest.text(language) + stages.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", ")
    }

    static func milliseconds(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }

    private static func relative(_ path: String, to root: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    private static func stamp() -> String {
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.hour, .minute, .second], from: now)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
