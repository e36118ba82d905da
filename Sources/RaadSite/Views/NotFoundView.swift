import Mustache
/// The page static hosts show for an address that does not exist.
struct NotFoundView: Equatable {
    var page: PageChrome
}

extension ViewFactory {
    func notFoundPage() -> NotFoundView {
        NotFoundView(page: chrome(title: "Fant ikke siden", crumbs: [.init(title: "Fant ikke siden")]))
    }
}

extension NotFoundView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        default: nil
        }
    }
}
