import Foundation
import RaadText

extension CheckReport {
    /// One JSON document: the summary and every problem, with sorted keys.
    func json() -> String {
        struct Document: Encodable {
            struct Summary: Encodable {
                var problems: Int
                var pages: Int
                var links: Int
                var externalChecked: Int?
            }

            struct Problem: Encodable {
                var kind: LinkProblem.Kind
                var url: String
                var message: String
                var file: String
                var line: Int
                var fromContent: Bool
                var pages: [String]
            }

            var summary: Summary
            var problems: [Problem]
        }
        let document = Document(summary: .init(problems: problems.count, pages: pageCount, links: linkCount,
                                               externalChecked: externalCount),
                                problems: problems.map {
                                    .init(kind: $0.kind, url: $0.url, message: say($0.message), file: $0.file, line: $0.line,
                                          fromContent: $0.fromContent, pages: $0.pages)
                                })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("a report of strings and numbers always encodes: \(error)")
        }
    }

    /// GitHub Actions workflow commands, which annotate the file and line in a pull request.
    func github() -> String {
        var out = ""
        for problem in problems {
            var properties = "file=\(Self.escapeProperty(problem.file))"
            if problem.line > 0 { properties += ",line=\(problem.line)" }
            properties += ",title=\(Self.escapeProperty("raad check: " + say(problem.kind.title)))"
            var message = say(problem.message)
            if !problem.url.isEmpty { message += " (\(say(.link(problem.url))))" }
            if problem.fromContent { message += " " + say(.onPages(list(problem.pages))) }
            out += "::error \(properties)::\(Self.escapeData(message))\n"
        }
        return out + summary + "\n"
    }

    /// A JUnit XML report: one failing test case per problem, and one passing case for the rest.
    func junit() -> String {
        let tests = problems.count + 1
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="raad check" tests="\(tests)" failures="\(problems.count)">
              <testsuite name="raad check" tests="\(tests)" failures="\(problems.count)" errors="0" skipped="0">

            """
        for problem in problems {
            let location = problem.line > 0 ? "\(problem.file):\(problem.line)" : problem.file
            out += "    <testcase classname=\"raad.check.\(problem.kind.rawValue)\" name=\"\(Self.escapeXML("\(location) \(problem.url)"))\" file=\"\(Self.escapeXML(problem.file))\">\n"
            out += "      <failure type=\"\(problem.kind.rawValue)\" message=\"\(Self.escapeXML(say(problem.message)))\">"
            out += Self.escapeXML("\(location): \(say(problem.kind.title)): \(say(problem.message))\n"
                                  + say(.onPages(problem.pages.joined(separator: ", "))))
            out += "</failure>\n    </testcase>\n"
        }
        out += "    <testcase classname=\"raad.check\" name=\"\(Self.escapeXML(summary))\"/>\n"
        return out + "  </testsuite>\n</testsuites>\n"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The byte-wise escaper every page of the site uses, with line feeds kept in attributes.
    static func escapeXML(_ text: String) -> String {
        HTMLText.escape(text, newlines: true)
    }
}
