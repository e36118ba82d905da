import Foundation
import RaadContent
import RaadMessages

extension NewCommand {
    /// After a file is made: what it is and what to do next, in Norwegian on standard error (standard output
    /// holds only the path, for scripts), then the warnings and errors the new file gives as the build sees it.
    static func report(created path: String, content: String, what: Message, next: Message, _ printer: DiagnosticPrinter) {
        let language = printer.language
        FileHandle.standardError.write(Data((what.text(language) + "\n" + next.text(language) + "\n").utf8))
        let loaded = ContentLoader(root: content, options: .init(includeDrafts: true)).load()
        let own = loaded.diagnostics.filter { $0.location.path == path }
        guard !own.isEmpty else { return }
        FileHandle.standardError.write(Data((Message.newFileWarnings(own.count).text(language) + "\n").utf8))
        printer.print(own)
    }
}
