import Foundation
import RaadMessages

/// Checks `mailto:` (RFC 6068) and `tel:` (RFC 3966) links for the mistakes editors make: a missing `@`,
/// spaces, a phone number without its country code.
enum ContactLink {
    /// Why `url` is not a usable `mailto:` link, or nil when it is.
    static func mailtoProblem(_ url: String) -> Message? {
        let body = url.drop { $0 != ":" }.dropFirst()
        let parts = body.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var addresses = parts.first.map { $0.split(separator: ",", omittingEmptySubsequences: false) } ?? []
        if addresses == [""] { addresses = [] }
        if parts.count == 2 {
            for field in parts[1].split(separator: "&", omittingEmptySubsequences: false) {
                let pair = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard pair.count == 2, !pair[0].isEmpty else { return .headerFieldNotPair(String(field)) }
                if pair[0].lowercased() == "to" { addresses += pair[1].split(separator: ",", omittingEmptySubsequences: false) }
            }
        }
        guard !addresses.isEmpty else { return .namesNoAddress }
        for address in addresses {
            let decoded = String(address).removingPercentEncoding ?? String(address)
            if let problem = addressProblem(decoded.trimmingCharacters(in: .whitespaces)) {
                return .addressProblem(decoded, problem)
            }
        }
        return nil
    }

    private static func addressProblem(_ address: String) -> Message? {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count < 2 ? .hasNoAt : .hasSeveralAt }
        let (local, domain) = (parts[0], parts[1])
        if local.isEmpty { return .nothingBeforeAt }
        if address.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) { return .hasSpaceOrBrackets }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }) else { return .noDomainAfterAt }
        return nil
    }

    /// Why `url` is not a usable `tel:` link, or nil when it is.
    static func telProblem(_ url: String) -> Message? {
        let body = url.drop { $0 != ":" }.dropFirst()
        let parts = body.split(separator: ";", omittingEmptySubsequences: false)
        let number = parts.first ?? ""
        let visual: Set<Character> = ["-", ".", "(", ")"]
        guard number.contains(where: \.isNumber) else { return .noDigits }
        if number.hasPrefix("+") {
            guard number.dropFirst().allSatisfy({ ($0.isASCII && $0.isNumber) || visual.contains($0) }) else {
                return .onlyDigitsAfterPlus(String(number))
            }
            return nil
        }
        guard parts.dropFirst().contains(where: { $0.lowercased().hasPrefix("phone-context=") }) else {
            return .noCountryCode(String(number))
        }
        guard number.allSatisfy({ ($0.isASCII && $0.isHexDigit) || visual.contains($0) || $0 == "*" || $0 == "#" }) else {
            return .onlyDigits(String(number))
        }
        return nil
    }
}
