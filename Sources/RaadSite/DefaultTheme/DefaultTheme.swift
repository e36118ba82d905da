import Foundation

/// The theme raad carries inside its binary: `themes/helsedir` as it was when raad was built, written into
/// `DefaultTheme+Files.swift` by scripts/embed-theme.py. A site repository then needs only its content; a
/// file of the same path in the site's own `themes/helsedir/` takes the place of the carried one.
enum DefaultTheme {
    static let name = "helsedir"

    /// Path inside the theme folder (`templates/sak.mustache`, `assets/style.css`) -> the file's text.
    static let files: [String: String] = encodedFiles.mapValues { encoded in
        guard let data = Data(base64Encoded: encoded) else { preconditionFailure("scripts/embed-theme.py wrote bad base64") }
        return String(decoding: data, as: UTF8.self)
    }
}
