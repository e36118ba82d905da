import Mustache
/// What every page's layout needs: titles, language, breadcrumbs and links to the shared assets.
struct PageChrome: Equatable {
    struct Crumb: Equatable {
        var title: String
        /// Absent on the last crumb, the current page.
        var href: String?
    }

    var lang: String
    /// The `<title>`: most specific first, the site last.
    var documentTitle: String
    var siteTitle: String
    var utgiver: String?
    var homeHref: String
    var cssHref: String
    var feedHref: String
    var calendarHref: String
    var tilgjengelighetHref: String?
    var utgiverHref: String?
    var breadcrumbs: [Crumb]
    /// The search page; the header's search box sends its query there.
    var searchHref: String
    var hasHeaderSearch: Bool
    /// Stored, not computed: templates see stored properties only.
    var hasBreadcrumbs: Bool
}

/// A person in a list of members, present, absent or in the secretariat.
struct PersonView: Equatable {
    var navn: String
    var virksomhet: String?
    var merknad: String?
    var stedfortrederFor: String?
}

/// One line about a møte in a list: front page, utvalg page.
struct MoteSummary: Equatable {
    var title: String
    var utvalgNavn: String
    var dato: String
    var datoISO: String
    var href: String
    var status: String
    var sted: String?
}

/// A vedlegg as the reader sees it: what it is, where to get it, how big it is.
struct VedleggView: Equatable {
    var label: String
    var tittel: String
    var href: String?
    var fileType: String?
    var fileSize: String?
    var isExternal: Bool
}

/// A list that templates show only when it has items: `{{#list}}<ul>{{#items}}…{{/items}}</ul>{{/list}}`.
struct ListView<Item: Equatable>: Equatable {
    var items: [Item]

    /// `nil` for no items, so a template's `{{^list}}` can say that the list is empty.
    static func of(_ items: [Item]) -> ListView? {
        items.isEmpty ? nil : ListView(items: items)
    }
}

extension PageChrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "documentTitle": documentTitle
        case "siteTitle": siteTitle
        case "utgiver": utgiver
        case "homeHref": homeHref
        case "cssHref": cssHref
        case "feedHref": feedHref
        case "calendarHref": calendarHref
        case "tilgjengelighetHref": tilgjengelighetHref
        case "utgiverHref": utgiverHref
        case "breadcrumbs": breadcrumbs
        case "searchHref": searchHref
        case "hasHeaderSearch": hasHeaderSearch
        case "hasBreadcrumbs": hasBreadcrumbs
        default: nil
        }
    }
}

extension PageChrome.Crumb: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}

extension PersonView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "navn": navn
        case "virksomhet": virksomhet
        case "merknad": merknad
        case "stedfortrederFor": stedfortrederFor
        default: nil
        }
    }
}

extension MoteSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "utvalgNavn": utvalgNavn
        case "dato": dato
        case "datoISO": datoISO
        case "href": href
        case "status": status
        case "sted": sted
        default: nil
        }
    }
}

extension VedleggView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "tittel": tittel
        case "href": href
        case "fileType": fileType
        case "fileSize": fileSize
        case "isExternal": isExternal
        default: nil
        }
    }
}

extension ListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "items": items
        default: nil
        }
    }
}
