import Testing
@testable import RaadMessages

@Suite("Choosing the language")
struct LanguageTests {
    @Test("an English locale gives English, anything else bokmål", arguments: [
        (["LANG": "en_GB.UTF-8"], Language.en),
        (["LANG": "nb_NO.UTF-8"], .nb),
        (["LANG": "C.UTF-8"], .nb),
        ([:], .nb),
        (["LANG": "en_US.UTF-8", "LC_ALL": "nb_NO.UTF-8"], .nb),
        (["LANG": "nb_NO.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "en_US"], .en),
    ])
    func locale(environment: [String: String], expected: Language) {
        #expect(Language.fromLocale(environment) == expected)
    }

    @Test("--lang takes the codes an editor would type")
    func flags() {
        #expect(Language(flag: "en") == .en)
        #expect(Language(flag: "EN") == .en)
        #expect(Language(flag: "nb") == .nb)
        #expect(Language(flag: "no") == .nb)
        #expect(Language(flag: "nb_NO.UTF-8") == .nb)
        #expect(Language(flag: "de") == nil)
    }

    @Test("a diagnostic's words follow the language")
    func labels() {
        #expect(Message.severity(true).text(.nb) == "feil")
        #expect(Message.severity(false).text(.en) == "warning")
    }
}
