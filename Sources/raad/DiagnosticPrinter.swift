import Foundation
import RaadContent
import RaadMessages
import RaadSite

/// Prints diagnostics to standard error as `file:line:col: error: message`, and the build summary to standard output.
struct DiagnosticPrinter {
    private let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let label = diagnostic.severity == .error ? paint("error", "31") : paint("warning", "33")
            var text = "\(diagnostic.location): \(label): \(diagnostic.message)\n"
            if let hint = diagnostic.hint { text += "    hint: \(hint)\n" }
            standardError(text)
        }
    }

    func error(_ message: String) {
        standardError("raad: \(paint("error", "31")): \(message)\n")
    }

    /// The last line of a strict build that met warnings.
    func strictSummary(_ count: Int) {
        standardError("raad: \(paint("error", "31")): \(Message.strictSummary(count).nb)\n")
    }

    func warning(_ message: String) {
        standardError("raad: \(paint("warning", "33")): \(message)\n")
    }

    func summary(_ report: SiteGenerator.Report, output: Output, folder: String) {
        let saker = report.archive?.allSaker.count ?? 0
        let moter = report.archive?.allMoter.count ?? 0
        let total = report.timings.reduce(0) { $0 + $1.seconds }
        Swift.print("Built \(output.pageCount) pages (\(moter) møter, \(saker) saker) and \(output.files.count - output.pageCount) other files into \(folder)/ in \(milliseconds(total))")
        Swift.print("  " + report.timings.map { "\($0.stage) \(milliseconds($0.seconds))" }.joined(separator: ", "))
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
