import ArgumentParser
import Foundation
import RaadContent
import RaadMessages

/// Stops `raad serve` and `raad new` at once when they are run outside the project, with the folder to run them
/// from, before any server or scaffold says something less helpful.
enum ContentFolderCheck {
    static func require(_ content: String, _ printer: DiagnosticPrinter) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let here = FileManager.default.currentDirectoryPath
        printer.error(.noContentHere(content, here))
        let hint = ProjectFolder.containing(contentFolder: (content as NSString).lastPathComponent)
            .map { Message.runInFolder($0) } ?? .runInProjectFolder
        printer.hint(hint)
        throw ExitCode.failure
    }
}
