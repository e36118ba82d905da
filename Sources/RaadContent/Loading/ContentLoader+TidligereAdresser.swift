import RaadMessages

extension ContentLoader {
    /// The `tidligere_adresser:` list of a sak or a møte, each checked to be a path on the site. Whether one
    /// is taken by a page is known only once the site is built.
    func tidligereAdresser(_ map: YAMLMapping) -> [TidligereAdresse] {
        map.list("tidligere_adresser").compactMap { item in
            let location = map.locate(item) ?? map.location(of: "tidligere_adresser")
            guard case .scalar(let scalar) = item else {
                map.diagnostics.error(location, .tidligereAdresseNotText(YAMLMapping.describe(item)),
                                      hint: .tidligereAdresseInvalidHint)
                return nil
            }
            let path = scalar.string.trimmingSpaces()
            guard TidligereAdresse.isValid(path) else {
                map.diagnostics.error(location, .tidligereAdresseInvalid(path), hint: .tidligereAdresseInvalidHint)
                return nil
            }
            return TidligereAdresse(path: path, location: location)
        }
    }
}
