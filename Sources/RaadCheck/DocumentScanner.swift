import CLibXML2
import Foundation

/// Reads links and anchors out of HTML and XML with libxml2's SAX parsers: no tree is built, so a big site
/// scans at the speed of the tokenizer.
///
/// HTML goes through libxml2's HTML parser, which recovers from bad markup as browsers do. Every `href`,
/// `src` and `srcset` counts (except `<base href>`, which is recorded as the base, and `<link>`s that only warm
/// up a connection). XML files (feeds, sitemaps) give every `href` attribute and the text of `<loc>` and of a
/// `<link>` without attributes (RSS), which covers Atom, RSS and sitemaps without knowing their schemas.
public enum DocumentScanner {
    public static func scanHTML(_ bytes: [UInt8]) -> ScannedDocument {
        scan(bytes, kind: .html)
    }

    public static func scanXML(_ bytes: [UInt8]) -> ScannedDocument {
        scan(bytes, kind: .xml)
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private static func scan(_ bytes: [UInt8], kind: Collector.Kind) -> ScannedDocument {
        _ = initialized
        let collector = Collector(kind: kind)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let count = Int32(clamping: chars.count)
                let context: xmlParserCtxtPtr? = switch kind {
                case .html: htmlCreateMemoryParserCtxt(chars.baseAddress, count)
                case .xml: xmlCreateMemoryParserCtxt(chars.baseAddress, count)
                }
                guard let context else {
                    collector.document.isWellFormed = false
                    return
                }
                defer {
                    if kind == .html { htmlFreeParserCtxt(context) } else { xmlFreeParserCtxt(context) }
                }
                // A bare handler: SAX1 callbacks only, no tree, no entity loading, no error printing.
                var handler = xmlSAXHandler()
                handler.startElement = startElement
                handler.endElement = endElement
                handler.characters = characters
                handler.cdataBlock = characters
                context.pointee.sax.pointee = handler
                context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
                switch kind {
                case .html:
                    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                    _ = htmlCtxtUseOptions(context, Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                                                          | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue))
                    _ = htmlParseDocument(context)
                case .xml:
                    _ = xmlCtxtUseOptions(context, Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                                                         | XML_PARSE_NONET.rawValue))
                    _ = xmlParseDocument(context)
                    collector.document.isWellFormed = context.pointee.wellFormed != 0
                }
            }
        }
        withExtendedLifetime(collector) {}
        return collector.document
    }
}

/// The state of one scan, reached from the C callbacks through the parser context's `_private` pointer.
private final class Collector {
    enum Kind { case html, xml }

    let kind: Kind
    var document = ScannedDocument()
    /// Inside an XML element whose text is a URL: the text so far and the line it started on.
    var text: (value: [UInt8], line: Int)?

    init(kind: Kind) { self.kind = kind }

    static func of(_ context: UnsafeMutableRawPointer?) -> (Collector, Int)? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
              let raw = parser.pointee._private else { return nil }
        let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
        return (Unmanaged<Collector>.fromOpaque(raw).takeUnretainedValue(), line)
    }

    func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int) {
        var hasAttributes = false
        var href: String?, rel: String?
        var index = 0
        while let attributes, let attribute = attributes[index] {
            hasAttributes = true
            let value = attributes[index + 1]
            index += 2
            guard let value else { continue }
            if equals(attribute, "id") {
                document.anchors.insert(string(value))
            } else if equals(attribute, "name"), kind == .html, equals(name, "a") {
                document.anchors.insert(string(value))
            } else if equals(attribute, "href") {
                href = string(value)
            } else if equals(attribute, "src") {
                document.links.append(.init(url: string(value), line: line))
            } else if equals(attribute, "srcset"), kind == .html {
                document.links += SrcSet.urls(in: string(value)).map { .init(url: $0, line: line) }
            } else if equals(attribute, "rel") {
                rel = string(value)
            }
        }
        if kind == .xml, !hasAttributes, equals(name, "loc") || equals(name, "link") {
            text = ([], line)
        }
        guard let href else { return }
        if kind == .html, equals(name, "base") {
            if document.baseHref == nil { document.baseHref = href }
        } else if kind == .html, equals(name, "link"), let rel, Self.connectionHints.contains(rel.lowercased()) {
            // `preconnect` and `dns-prefetch` name an origin, not a resource.
        } else if kind == .html, equals(name, "link"), rel?.lowercased() == "canonical" {
            if document.canonical == nil { document.canonical = href }
            document.links.append(.init(url: href, line: line))
        } else {
            document.links.append(.init(url: href, line: line))
        }
    }

    static let connectionHints: Set<String> = ["preconnect", "dns-prefetch"]

    func end() {
        guard let pending = text else { return }
        text = nil
        let url = String(decoding: pending.value, as: UTF8.self).trimmingASCIIWhitespace()
        if !url.isEmpty { document.links.append(.init(url: url, line: pending.line)) }
    }

    private func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            for (offset, byte) in expected.enumerated() where name[offset] != byte { return false }
            return name[expected.count] == 0
        }
    }

    private func string(_ value: UnsafePointer<xmlChar>) -> String {
        String(cString: value)
    }
}

private func startElement(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                          _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
    guard let name, let (collector, line) = Collector.of(context) else { return }
    collector.start(name, attributes, line: line)
}

private func endElement(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    Collector.of(context)?.0.end()
}

private func characters(_ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard let bytes, let (collector, _) = Collector.of(context), collector.text != nil else { return }
    collector.text?.value.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
}
