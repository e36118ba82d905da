import Testing
@testable import RaadServe

@Suite("The reload script and its events")
struct ReloadScriptTests {
    func inject(_ html: String) -> String {
        String(decoding: ReloadScript.inject(into: Array(html.utf8)), as: UTF8.self)
    }

    @Test("the tag goes before the last </body>, in any case")
    func beforeBody() {
        #expect(inject("<p>a</p></body></html>") == "<p>a</p>\(ReloadScript.tag)</body></html>")
        #expect(inject("<p>ø</p></BODY>") == "<p>ø</p>\(ReloadScript.tag)</BODY>")
        #expect(inject("<code></body></code></body>") == "<code></body></code>\(ReloadScript.tag)</body>")
    }

    @Test("a page without </body> gets the tag at the end")
    func noBody() {
        #expect(inject("<h1>Feil</h1>") == "<h1>Feil</h1>\(ReloadScript.tag)")
    }

    @Test("bytes that are not UTF-8 pass through untouched")
    func otherEncoding() {
        let latin1: [UInt8] = Array("<p>".utf8) + [0xF8] + Array("</p></body>".utf8)
        let injected = ReloadScript.inject(into: latin1)
        #expect(Array(injected.prefix(4)) == Array("<p>".utf8) + [0xF8])
    }

    @Test("a reload event names the pages as JSON")
    func eventText() {
        let event = ReloadChannel.Event.reload(paths: ["a/index.html", "b\"c"], all: false)
        #expect(event.text == "event: reload\ndata: {\"all\":false,\"paths\":[\"a/index.html\",\"b\\\"c\"]}\n\n")
    }

    @Test("every listening tab gets each event, and finishing ends the streams")
    func channel() async {
        let channel = ReloadChannel()
        let first = channel.subscribe()
        let second = channel.subscribe()
        #expect(channel.count == 2)
        channel.send(.reload(paths: [], all: true))
        channel.finishAll()
        var received: [[ReloadChannel.Event]] = []
        for stream in [first, second] {
            var events: [ReloadChannel.Event] = []
            for await event in stream { events.append(event) }
            received.append(events)
        }
        #expect(received == [[.reload(paths: [], all: true)], [.reload(paths: [], all: true)]])
    }
}
