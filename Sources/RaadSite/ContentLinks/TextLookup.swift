import RaadContent

/// What rendering a sak's text reads besides the text itself, so the render cache knows when to render it
/// again: a mentioned sak's address, the base path its content-file links get, and its images' sizes.
enum TextLookup: Hashable, Sendable {
    case sak(SakID)
    case basePath
    case image(String)
}

enum TextAnswer: Equatable, Sendable {
    case address(String?)
    case size(ImageSize?)

    var address: String? {
        if case .address(let address) = self { return address }
        return nil
    }

    var size: ImageSize? {
        if case .size(let size) = self { return size }
        return nil
    }
}
