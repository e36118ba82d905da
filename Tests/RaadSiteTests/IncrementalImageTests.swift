import Foundation
import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// An image is an input of the page that shows it: replacing the file (another size), removing it and putting
/// it back must each give, incrementally, exactly what a fresh build gives.
@Suite("Incremental rebuilds follow a toppnotat's image")
struct IncrementalImageTests {
    static let sak = "content/strategiradet/2026-06-11/16-26.md"
    static let image = "content/strategiradet/2026-06-11/vedlegg/figur-1.png"

    @Test("a replaced, removed and restored image rebuilds as a full build does")
    func image() throws {
        let incremental = IncrementalTests()
        let project = try incremental.project()
        try project.write(Self.image, data: ImageSizeTests.png(width: 4, height: 3))
        try project.write(Self.sak, try project.read(Self.sak) + "\n![Figur 1](vedlegg/figur-1.png) og [møtet](_index.md)\n")
        let rebuilder = Rebuilder(incremental.request(project, output: "served"))
        try incremental.check(rebuilder, project, changed: nil, step: "first build")
        let page = "served/strategiradet/2026-06-11/16-26/index.html"
        #expect(try project.read(page).contains("figur-1.png\" width=\"4\" height=\"3\""))

        try project.write(Self.image, data: ImageSizeTests.png(width: 40, height: 30))
        try incremental.check(rebuilder, project, changed: [project.path(Self.image)], step: "image replaced")
        #expect(try project.read(page).contains("figur-1.png\" width=\"40\" height=\"30\""))

        try FileManager.default.removeItem(atPath: project.path(Self.image))
        let removed = try incremental.check(rebuilder, project, changed: [project.path(Self.image)], step: "image removed")
        #expect(!removed.succeeded)

        try project.write(Self.image, data: ImageSizeTests.png(width: 8, height: 6))
        try incremental.check(rebuilder, project, changed: [project.path(Self.image)], step: "image restored")
        #expect(try project.read(page).contains("figur-1.png\" width=\"8\" height=\"6\""))
    }
}
