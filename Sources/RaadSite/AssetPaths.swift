/// Where the pages find the theme's assets, by the path the theme gives them.
struct AssetPaths: Sendable, Equatable {
    /// `style.css` -> `style.3f9a1c0e5b7d2a41.css`.
    var names: [String: String] = [:]

    /// The site path of an asset: `assets/style.3f9a1c0e5b7d2a41.css`; a path the theme lacks stays as it
    /// is, so the link checker reports it.
    func path(_ asset: String) -> String { "assets/" + (names[asset] ?? asset) }

    /// Stylesheets and scripts: what pages link by name, and what a browser keeps longest.
    static func isHashed(_ path: String) -> Bool { path.hasSuffix(".css") || path.hasSuffix(".js") }

    /// `sok/sok.js` with its bytes -> `sok/sok.<16 hex digits>.js`.
    static func name<Bytes: Sequence<UInt8>>(_ path: String, bytes: Bytes) -> String {
        var hash = ContentHash()
        hash.add(bytes)
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + "." + hash.hex }
        return path[..<dot] + "." + hash.hex + path[dot...]
    }
}
