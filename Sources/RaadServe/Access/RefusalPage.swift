import RaadText
import Hummingbird

/// The 403 answers, in the editor's language, each saying what would let the request in.
enum RefusalPage {
    /// A `Host` that is not this server's: the page names it, and the option that allows it.
    static func foreignHost(_ header: String?, allowed: AllowedHosts) -> Response {
        let port = allowed.port
        let name = header.map { HostAndPort($0)?.host ?? $0 }
        let asked = name.map { "Du brukte adressen <code>\(HTMLText.escape($0))</code>." } ?? "Forespørselen hadde ingen adresse (<code>Host</code>)."
        let option = HTMLText.escape(name.flatMap { HostAndPort($0) == nil ? nil : $0 } ?? "NAVN")
        return page(title: "Ukjent adresse", """
            <p>Forhåndsvisningen svarer bare på adressen den lytter på (<code>http://127.0.0.1:\(port)/</code>, \
            <code>http://localhost:\(port)/</code> eller <code>http://[::1]:\(port)/</code>), så ingen annen \
            nettside kan lese utkastene. \(asked)</p>
            <p>Skal forhåndsvisningen svare på et annet navn for denne maskinen, start \
            <code>raad serve --allowed-host \(option)</code> for å slippe inn \(option).</p>
            """)
    }

    /// An `Origin` that is not this server's: another website's script asked.
    static func foreignOrigin(_ header: String) -> Response {
        page(title: "Forespørsel fra en annen nettside", """
            <p>Forhåndsvisningen svarer bare på sine egne sider, ikke på <code>\(HTMLText.escape(header))</code>. \
            Åpne forhåndsvisningen direkte i nettleseren. Er dette en adresse du selv bruker for maskinen, start \
            <code>raad serve --allowed-host NAVN</code> med navnet fra den.</p>
            """)
    }

    private static func page(title: String, _ body: String) -> Response {
        let html = """
            <!DOCTYPE html>
            <html lang="nb">
            <head><meta charset="utf-8"><title>\(title) – raad serve</title></head>
            <body><main><h1>\(title)</h1>
            \(body)
            </main></body>
            </html>

            """
        return Response(status: .forbidden, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
