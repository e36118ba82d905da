import Mustache
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

extension EmneView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "navn": navn
        case "saker": saker
        default: nil
        }
    }
}

extension EmneView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "tittel": tittel
        case "href": href
        case "utvalgNavn": utvalgNavn
        case "dato": dato
        case "datoISO": datoISO
        case "sakstype": sakstype
        default: nil
        }
    }
}

extension EmneIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "emner": emner
        default: nil
        }
    }
}

extension EmneIndexView.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "navn": navn
        case "href": href
        case "antall": antall
        default: nil
        }
    }
}
