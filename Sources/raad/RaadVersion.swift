import CBuildInfo

/// What `raad --version` prints. The number changes with every release and heads CHANGELOG.md (a test holds the
/// two together); the commit is compiled in by scripts/release.sh.
enum RaadVersion {
    static let number = "0.9.0"
    static var commit: String { String(cString: raad_build_commit()) }
    static var description: String { "raad \(number) (\(commit))" }
}
