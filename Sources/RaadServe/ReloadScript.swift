/// The script `serve` adds to every HTML page it sends: it reloads the tab when the page changed.
///
/// It is added to responses, never to files, so `site/` from `raad build` holds no trace of it.
public enum ReloadScript {
    public static let path = "/_raad/reload.js"
    public static let eventsPath = "/_raad/events"
    public static let tag = "<script src=\"\(path)\" defer></script>"

    /// Reloads when the page shown is among the changed paths, or when everything may have changed
    /// (a template, the stylesheet, an error appearing or going away).
    public static let source = source(basePath: "/")

    /// The script for a site served under `basePath`: the changed paths it is told are output paths, so the
    /// page shown is named without the base path.
    public static func source(basePath: String) -> String {
        let base = basePath.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" && $0 != "<" } ? basePath : "/"
        return """
        (function () {
          "use strict";
          var base = "\(base)";
          var shown = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : location.pathname.replace(/^\\//, "");
          if (shown === "" || shown.slice(-1) === "/") { shown += "index.html"; }
          try { shown = decodeURIComponent(shown); } catch (e) { /* keep it as it is */ }
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", function (message) {
            var change = JSON.parse(message.data);
            if (change.all || change.paths.indexOf(shown) !== -1) { location.reload(); }
          });
        })();

        """
    }

    /// `html` with the script tag before the last `</body>`, or at the end when there is none. Works on bytes,
    /// so a page in another encoding passes through unharmed.
    public static func inject(into html: [UInt8]) -> [UInt8] {
        let tagBytes = Array(tag.utf8)
        let end = Array("</body>".utf8)
        var index = html.count - end.count
        while index >= 0 {
            if (0..<end.count).allSatisfy({ lowercased(html[index + $0]) == end[$0] }) {
                return Array(html[..<index]) + tagBytes + Array(html[index...])
            }
            index -= 1
        }
        return html + tagBytes
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
