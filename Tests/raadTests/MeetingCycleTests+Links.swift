import Foundation
import RaadTestSupport
import Testing

/// The steps of the meeting cycle about links written as content files and a sak that moved.
extension MeetingCycleTests {
    /// 22/26's links written as content files are the pages' addresses; 24/26's old address says where it went.
    func assertContentLinksAndMovedSak(_ project: EditorProject) throws {
        // The links written as content files are the pages' addresses.
        let links22 = PageText.links(in: try #require(PageText.toppnotat(in: try project.page(Self.sak22.page))))
        #expect(links22.contains { $0.href == Self.base + "strategiradet/2026-06-11/16-26/#bakgrunn" && $0.text == "bakgrunnen for 16/26" })
        #expect(links22.contains { $0.href == Self.base + Self.sak23.page && $0.text == "kostnadene" })
        // The old address of 24/26 says where the sak is now, and sends the browser there.
        let moved = try project.page("strategiradet/2026-10-16/24-26/")
        #expect(PageText.plain(moved).contains("«Sak 24/26 \(Self.sak24.tittel)» har fått ny adresse:"))
        #expect(PageText.links(in: moved).map(\.href) == [Self.base + Self.sak24.page])
        #expect(moved.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(Self.base + Self.sak24.page)\">"))
    }

    /// `raad check --previous` with a manifest from before 24/26 moved: the redirect page covers the old address.
    func assertMovedSakNotLost(_ project: EditorProject) throws {
        // A manifest published before 24/26 moved had its page, with its anchors, at the old address: the
        // redirect page covers both.
        let published = try JSONSerialization.jsonObject(with: Data(try project.site(".raad-manifest.json").utf8)) as? [String: Any]
        let files = try #require(published?["files"] as? [String: [String]])
        let anchors = try #require(files[Self.sak24.page + "index.html"])
        let old = ["baseURL": EditorProject.siteURL, "files": ["strategiradet/2026-10-16/24-26/index.html": anchors]] as [String: Any]
        try project.write("published-manifest.json", data: try JSONSerialization.data(withJSONObject: old))
        let moved = try project.raad(["check", "--previous", "published-manifest.json"])
        #expect(moved.stdout.hasPrefix("Alle lenker virker"), "\(moved.stdout)")
    }
}
