import Foundation
import RaadContent
import RaadMessages
import RaadSite

/// Prints diagnostics to standard error as `file:line:col: feil: message` (or `error:` in English), and the build
/// summary to standard output.
struct DiagnosticPrinter {
    let language: Language
    private let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    init(_ language: Language) {
        self.language = language
    }

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let label = paint(Message.severity(diagnostic.isError).text(language), diagnostic.isError ? "31" : "33")
            var text = "\(diagnostic.location): \(label): \(diagnostic.message.text(language))\n"
            if let hint = diagnostic.hint { text += "    \(Message.hintLabel.text(language)): \(hint.text(language))\n" }
            standardError(text)
        }
    }

    func error(_ message: Message) {
        standardError("raad: \(paint(Message.severity(true).text(language), "31")): \(message.text(language))\n")
    }

    /// A hint under the message before it, indented as a diagnostic's hint is.
    func hint(_ message: Message) {
        standardError("    \(Message.hintLabel.text(language)): \(message.text(language))\n")
    }

    /// The last line of a strict build that met warnings.
    func strictSummary(_ count: Int) {
        error(.strictSummary(count))
    }

    func warning(_ message: Message) {
        standardError("raad: \(paint(Message.severity(false).text(language), "33")): \(message.text(language))\n")
    }

    func summary(_ report: SiteGenerator.Report, output: Output, folder: String) {
        let saker = report.archive?.allSaker.count ?? 0
        let moter = report.archive?.allMoter.count ?? 0
        let total = report.timings.reduce(0) { $0 + $1.seconds }
        let built = Message.built(pages: output.pageCount, moter: moter, saker: saker,
                                  otherFiles: output.files.count - output.pageCount, folder: folder, time: milliseconds(total))
        Swift.print(built.text(language))
        Swift.print("  " + report.timings.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", "))
        let peaks = report.clock.peakMemory.map { "\($0.stage) \($0.bytes / 1_048_576) MB" }
        if !peaks.isEmpty { Swift.print("  " + Message.peakMemory(peaks.joined(separator: ", ")).text(language)) }
    }

    private func milliseconds(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
