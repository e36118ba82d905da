/// Files an editor's program leaves beside the real ones: backups (`22-26.md~`), Emacs and vim locks and swap
/// files (`.#22-26.md`, `22-26.md.swp`), Office locks (`~$referat.docx`) and macOS's `.DS_Store`. The site never
/// publishes them, so the loader and `raad serve`'s watcher pass over them instead of stopping at them.
public enum EditorFiles {
    public static func isIgnored(_ name: String) -> Bool {
        name.hasSuffix("~") || name.hasPrefix(".#") || name.hasSuffix(".swp") || name.hasPrefix("~$")
            || name == ".DS_Store"
    }

    /// The last component of `path` is such a file.
    public static func isIgnored(path: String) -> Bool {
        isIgnored(String(path.split(separator: "/").last ?? ""))
    }
}
