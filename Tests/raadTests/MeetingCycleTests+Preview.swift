import Foundation
import RaadTestSupport
import Testing

extension MeetingCycleTests {
    /// Step 4, continued: a mention of a sak that does not exist shows on the page at its file and line, and a
    /// backup file the editor's program left beside the sak stops neither the preview nor shows as a page.
    func assertPreviewWarning(_ project: EditorProject) throws {
        let original = try project.read(Self.sak22.file)
        try project.write(Self.sak22.file + "~", data: Data(original.utf8))
        try project.appendBody(Self.sak22.file, "Saken bygger på sak 98/26.")
        let line = try project.line(of: "sak 98/26", in: Self.sak22.file)
        let server = try ServeProcess(in: project.root)
        defer {
            server.stop()
            try? project.write(Self.sak22.file, data: Data(original.utf8))
            try? FileManager.default.removeItem(atPath: project.folder.path(Self.sak22.file + "~"))
        }
        let page = try server.get(Self.base + Self.sak22.page)
        #expect(page.status == 200, "\(page.body)")
        #expect(page.body.contains("\(Self.sak22.file):\(line)</code>: teksten nevner sak 98/26, men strategiradet har ingen sak 98/26 på nettstedet"))
        #expect(PageText.toppnotat(in: page.body)?.contains("sak 98/26") == true, "the mention stays text")
        #expect(try server.get(Self.base + Self.sak22.page.dropLast() + ".md~/").status == 404)
    }
}
