import Testing
@testable import RaadCheck

@Suite("mailto: and tel: links")
struct ContactLinkTests {
    @Test("well-formed mailto: links pass", arguments: [
        "mailto:postmottak@helsedir.no", "mailto:a@b.no,c@d.no", "mailto:postmottak@helsedir.no?subject=R%C3%A5d&body=Hei",
        "mailto:?to=postmottak@helsedir.no", "mailto:%C3%B8yvind@kommune.no", "MAILTO:x@helse-vest.no",
    ])
    func goodMailto(url: String) {
        #expect(ContactLink.mailtoProblem(url) == nil)
    }

    @Test("broken mailto: links are named", arguments: [
        ("mailto:", "it names no address"),
        ("mailto:postmottak.helsedir.no", "`postmottak.helsedir.no` has no @"),
        ("mailto:@helsedir.no", "`@helsedir.no` has nothing before the @"),
        ("mailto:a@helsedir", "`a@helsedir` has no valid domain after the @"),
        ("mailto:a@@helsedir.no", "`a@@helsedir.no` has more than one @"),
        ("mailto:ola%20nordmann@helsedir.no", "`ola nordmann@helsedir.no` contains a space or < >"),
        ("mailto:a@b.no?subject", "the header field `subject` is not name=value"),
    ])
    func badMailto(url: String, problem: String) {
        #expect(ContactLink.mailtoProblem(url)?.en == problem)
    }

    @Test("tel: links need a country code or a phone-context", arguments: [
        ("tel:+4722334455", nil), ("tel:+47-22-33-44-55", nil), ("tel:+47(22)334455;ext=12", nil),
        ("tel:1881;phone-context=+47", nil),
        ("tel:22334455", "`22334455` has no country code: write it as +47…"),
        ("tel:+47 22 33 44 55", "`+47 22 33 44 55` may hold only digits and - . ( ) after the +"),
        ("tel:", "it has no digits"),
    ] as [(String, String?)])
    func tel(url: String, problem: String?) {
        #expect(ContactLink.telProblem(url)?.en == problem)
    }
}
