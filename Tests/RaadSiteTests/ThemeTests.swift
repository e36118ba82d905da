import Foundation
import RaadTestSupport
import Testing
@testable import RaadSite

@Suite("The theme raad carries, and a site's own files over it")
struct ThemeTests {
    @Test("the carried theme is themes/helsedir byte for byte (else run scripts/embed-theme.py)")
    func carriedIsFolder() throws {
        let folder = Repository.themes + "/helsedir"
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && !(path as NSString).lastPathComponent.hasPrefix(".")
        }
        #expect(Set(paths) == Set(DefaultTheme.files.keys), "run scripts/embed-theme.py")
        for path in paths {
            let bytes = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            #expect(DefaultTheme.files[path] == bytes, "\(path) differs from the carried copy: run scripts/embed-theme.py")
        }
    }

    @Test("with no theme folder, the carried theme loads whole, stylesheet and scripts named by their bytes")
    func carriedAlone() throws {
        let empty = try TemporaryContent()
        let theme = try Theme(themesRoot: empty.root, name: "helsedir")
        let folderTheme = try Theme(themesRoot: Repository.themes, name: "helsedir")
        #expect(theme.pageIDs == folderTheme.pageIDs)
        #expect(theme.assets.map(\.path) == ["sok-indeks.js", "sok-norsk.js", "sok.js", "style.css"])
        #expect(theme.assets.map(\.name) == folderTheme.assets.map(\.name), "the same bytes give the same names")
        let style = try #require(theme.assets.last)
        #expect(style.name.wholeMatch(of: /style\.[0-9a-f]{16}\.css/) != nil)
        #expect(style.contents == .text(DefaultTheme.files["assets/style.css"]!))
        #expect(theme.assetPaths.path("style.css") == "assets/" + style.name)
    }

    @Test("a site's file takes the place of the carried one of the same path; a changed stylesheet changes its name")
    func override() throws {
        let site = try TemporaryContent("""
            -- helsedir/assets/style.css --
            body { color: black; }
            -- helsedir/assets/bilder/logo.png --
            not really a png
            """)
        let theme = try Theme(themesRoot: site.root, name: "helsedir")
        let carried = try Theme(themesRoot: site.root + "/ingen", name: "helsedir")
        let style = try #require(theme.assets.first { $0.path == "style.css" })
        #expect(style.contents == .copy(from: site.root + "/helsedir/assets/style.css"))
        #expect(style.name != carried.assets.first { $0.path == "style.css" }?.name)
        #expect(theme.assets.first { $0.path == "bilder/logo.png" }?.name == "bilder/logo.png", "images keep their names")
        #expect(theme.assets.first { $0.path == "sok.js" }?.contents == .text(DefaultTheme.files["assets/sok.js"]!))
        #expect(theme.fingerprint != carried.fingerprint, "cached pages of the other stylesheet are not reused")
    }

    @Test("a broken override is reported at its own file, line and column")
    func brokenOverride() throws {
        let site = try TemporaryContent("""
            -- helsedir/templates/404.mustache --
            {{#page}}
            """)
        #expect {
            try Theme(themesRoot: site.root, name: "helsedir")
        } throws: { error in
            "\(error)".contains(site.root + "/helsedir/templates/404.mustache:1:")
        }
    }

    @Test("a theme raad does not carry needs its folder")
    func unknownTheme() {
        #expect {
            try Theme(themesRoot: "/nowhere", name: "fylket")
        } throws: { error in
            "\(error)".contains("/nowhere/fylket: there is no theme `fylket`")
        }
    }

    @Test("asset names: the hash goes before the extension")
    func names() {
        #expect(AssetPaths.name("sok/sok.js", bytes: Array("x".utf8)).wholeMatch(of: /sok\/sok\.[0-9a-f]{16}\.js/) != nil)
        #expect(AssetPaths.name("a.b/noext", bytes: Array("x".utf8)).hasPrefix("a.b/noext."))
        #expect(AssetPaths.name("style.css", bytes: Array("x".utf8)) != AssetPaths.name("style.css", bytes: Array("y".utf8)))
        #expect(AssetPaths().path("mangler.css") == "assets/mangler.css")
    }
}
