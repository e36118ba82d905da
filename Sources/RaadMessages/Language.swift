/// The language of every message an editor reads: bokmål unless asked for English.
public enum Language: String, Sendable, CaseIterable {
    case nb, en

    /// An English locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order) gives English; anything else,
    /// including no locale at all, gives bokmål: the editors are Norwegian. `--lang` overrides it.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .nb
        }
        return .nb
    }

    /// `nb`, `no`, `nob`, `en`, `eng`, or a locale such as `en_GB.UTF-8`; nil for anything else.
    public init?(flag: String) {
        let code = flag.lowercased().prefix { $0.isLetter }
        switch code {
        case "nb", "no", "nob", "norsk", "bokmal", "bokmål": self = .nb
        case "en", "eng", "english": self = .en
        default: return nil
        }
    }
}
