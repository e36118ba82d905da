import Foundation
import RaadTestSupport
import Testing
@testable import RaadServe

@Suite("The terminal's rebuild line")
struct RebuildLogTests {
    @Test("names the files the editor changed, not the temporary and backup files their program made")
    func reported() throws {
        let content = try TemporaryContent("""
            -- content/s/2026-06-11/16-26.md --
            ---
            sak: 16/26
            ---
            -- content/s/2026-06-11/vedlegg/a.pdf --
            pdf
            """)
        let folder = content.path("content/s/2026-06-11")
        #expect(RebuildLog.isReported(folder + "/16-26.md"))
        #expect(RebuildLog.isReported(folder + "/17-26.md"), "a removed sak is news")
        #expect(RebuildLog.isReported(folder + "/vedlegg"), "a folder that exists")
        for noise in ["sedKoGzC1", "4913", "16-26.md~", ".16-26.md.swp", ".#16-26.md", "~$referat.docx", ".DS_Store"] {
            #expect(!RebuildLog.isReported(folder + "/" + noise), "\(noise)")
        }
    }
}
