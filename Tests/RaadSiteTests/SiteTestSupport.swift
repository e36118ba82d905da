import RaadContent
import RaadTestSupport
@testable import RaadSite

/// Builds the mini archive in memory with the real theme and a fixed "today".
func buildMini(baseURL: String? = nil, extra: String = "") throws -> (Output, TemporaryContent) {
    let content = try TemporaryContent(MiniContent.files)
    if !extra.isEmpty { try content.write(extra) }
    let (archive, diagnostics) = ContentLoader(root: content.path("content")).load()
    guard let archive, !diagnostics.contains(where: \.isError) else {
        throw TestFailure(description: "mini content does not load: \(diagnostics)")
    }
    let theme = try Theme(themesRoot: Repository.themes, name: "helsedir")
    let output = SiteBuilder(archive: archive, theme: theme,
                             options: .init(baseURL: baseURL, today: Dato(year: 2026, month: 5, day: 1))).build()
    return (output, content)
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
}

extension Output {
    func text(_ path: String) throws -> String { try html(path) }

    func html(_ path: String) throws -> String {
        guard case .text(let text)? = file(path)?.contents else {
            throw TestFailure(description: "no page at \(path); pages: \(files.map(\.path))")
        }
        return text
    }
}
