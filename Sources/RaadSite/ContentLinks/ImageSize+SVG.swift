import Foundation

extension ImageSize {
    /// An SVG's size from the `width` and `height` of its root element when they are plain numbers (or `px`),
    /// else from its `viewBox`. Units such as `em` or `%` give `nil`: the browser then sizes it itself.
    static func svg(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(8192), as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = text[start.upperBound..<end]
        if let width = attribute("width", in: tag).flatMap(pixels), let height = attribute("height", in: tag).flatMap(pixels) {
            return ImageSize(width: width, height: height)
        }
        guard let box = attribute("viewBox", in: tag) else { return nil }
        let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return ImageSize(width: Int(numbers[2].rounded()), height: Int(numbers[3].rounded()))
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag[...]
        while let found = rest.range(of: name + "=") {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            let quoteIndex = found.upperBound
            guard quoteIndex < rest.endIndex else { return nil }
            let quote = rest[quoteIndex]
            // `stroke-width=` is not `width=`.
            if before.isWhitespace, quote == "\"" || quote == "'" {
                let valueStart = rest.index(after: quoteIndex)
                guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else { return nil }
                return String(rest[valueStart..<valueEnd])
            }
            rest = rest[found.upperBound...]
        }
        return nil
    }

    private static func pixels(_ value: String) -> Int? {
        let number = value.hasSuffix("px") ? String(value.dropLast(2)) : value
        return Double(number.trimmingWhitespace).map { Int($0.rounded()) }
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
