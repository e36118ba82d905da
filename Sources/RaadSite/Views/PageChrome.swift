import RaadTemplate
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
    /// Leder, Møteleder, Observatør.
    var rolle: String?
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

extension PageChrome: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "lang": .text(\.lang),
        "documentTitle": .text(\.documentTitle),
        "siteTitle": .text(\.siteTitle),
        "utgiver": .text(\.utgiver),
        "homeHref": .text(\.homeHref),
        "cssHref": .text(\.cssHref),
        "feedHref": .text(\.feedHref),
        "calendarHref": .text(\.calendarHref),
        "tilgjengelighetHref": .text(\.tilgjengelighetHref),
        "utgiverHref": .text(\.utgiverHref),
        "breadcrumbs": .list(\.breadcrumbs),
        "searchHref": .text(\.searchHref),
        "hasHeaderSearch": .bool(\.hasHeaderSearch),
        "hasBreadcrumbs": .bool(\.hasBreadcrumbs),
    ]
}

extension PageChrome.Crumb: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "title": .text(\.title),
        "href": .text(\.href),
    ]
}

extension PersonView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "navn": .text(\.navn),
        "rolle": .text(\.rolle),
        "virksomhet": .text(\.virksomhet),
        "merknad": .text(\.merknad),
        "stedfortrederFor": .text(\.stedfortrederFor),
    ]
}

extension MoteSummary: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "title": .text(\.title),
        "utvalgNavn": .text(\.utvalgNavn),
        "dato": .text(\.dato),
        "datoISO": .text(\.datoISO),
        "href": .text(\.href),
        "status": .text(\.status),
        "sted": .text(\.sted),
    ]
}

extension VedleggView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "label": .text(\.label),
        "tittel": .text(\.tittel),
        "href": .text(\.href),
        "fileType": .text(\.fileType),
        "fileSize": .text(\.fileSize),
        "isExternal": .bool(\.isExternal),
    ]
}

extension ListView: TemplateView where Item: TemplateView {
    static var templateFields: TemplateFields<Self> {[
        "items": .list(\.items),
    ]}
}
