import ArgumentParser
import Foundation
import RaadMessages

/// `--lang nb|en` on every command an editor runs; without it, the locale decides (English only for an `en` locale).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "The language of messages: nb (bokmål, the default) or en.")
    var lang: String?

    func validate() throws {
        if let lang, Language(flag: lang) == nil {
            throw ValidationError("--lang må være nb eller en, ikke `\(lang)` (--lang must be nb or en)")
        }
    }

    var language: Language {
        lang.flatMap { Language(flag: $0) } ?? .fromLocale(ProcessInfo.processInfo.environment)
    }
}
