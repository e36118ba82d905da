import RaadTemplate
import RaadContent
import RaadMarkdown

/// One emne: its saker across all utvalg, newest first.
struct EmneView: Equatable {
    struct Row: Equatable {
        var label: String
        var tittel: String
        var href: String
        var utvalgNavn: String
        var dato: String
        var datoISO: String
        var sakstype: String?
    }

    var page: PageChrome
    var navn: String
    var saker: [Row]
}

/// The list of all emner.
struct EmneIndexView: Equatable {
    struct Entry: Equatable {
        var navn: String
        var href: String
        var antall: String
    }

    var page: PageChrome
    var emner: [Entry]
}

extension ViewFactory {
    static let emneFolder = "emner/"

    func emnePage(_ emne: Emne) -> EmneView {
        EmneView(
            page: chrome(title: "Emne: \(emne.navn)",
                         crumbs: [.init(title: "Emner", href: paths.href(Self.emneFolder)), .init(title: emne.navn)]),
            navn: emne.navn,
            saker: emne.saker.map { sak in
                .init(label: sak.nummer.map { "Sak \($0)" } ?? "", tittel: sak.tittel, href: paths.href(sak: sak),
                      utvalgNavn: utvalgNavn(sak.mote.utvalg), dato: NorwegianFormat.date(sak.mote.dato),
                      datoISO: sak.mote.dato.iso, sakstype: sak.sakstype?.rawValue)
            })
    }

    func emneIndexPage() -> EmneIndexView {
        EmneIndexView(
            page: chrome(title: "Emner", crumbs: [.init(title: "Emner")]),
            emner: history.emner.map { emne in
                .init(navn: emne.navn, href: paths.href(Self.emneFolder + emne.slug + "/"),
                      antall: emne.saker.count == 1 ? "1 sak" : "\(emne.saker.count) saker")
            })
    }
}

extension EmneView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "navn": .text(\.navn),
        "saker": .list(\.saker),
    ]
}

extension EmneView.Row: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "label": .text(\.label),
        "tittel": .text(\.tittel),
        "href": .text(\.href),
        "utvalgNavn": .text(\.utvalgNavn),
        "dato": .text(\.dato),
        "datoISO": .text(\.datoISO),
        "sakstype": .text(\.sakstype),
    ]
}

extension EmneIndexView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "emner": .list(\.emner),
    ]
}

extension EmneIndexView.Entry: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "navn": .text(\.navn),
        "href": .text(\.href),
        "antall": .text(\.antall),
    ]
}
