import Foundation
import RaadTestSupport
import Testing
@testable import RaadCheck

/// Runs the external checker against the test server on 127.0.0.1. Nothing here depends on how busy the
/// machine is: `/slow` answers long after the timeout (an ordinary answer has 5 s), spacing is checked on the
/// schedule's own clock, and only lower bounds are put on time that passes.
@Suite("External links", .serialized)
struct ExternalCheckerTests {
    static func options(cache: String? = nil) -> ExternalChecker.Options {
        var options = ExternalChecker.Options()
        options.timeout = 5
        options.hostInterval = 0.05
        options.connectionRetryDelay = 0.1
        options.cacheFile = cache
        return options
    }

    @Test("each answer the server gives has its outcome")
    func outcomes() async throws {
        let server = try TestHTTPServer()
        let paths = ["/ok", "/chain/1", "/no-head", "/busy", "/flaky", "/loop/a", "/missing", "/error", "/slow",
                     "/redirect-to-missing", "/always-busy"]
        let outcomes = await ExternalChecker(options: Self.options()).outcomes(of: paths.map(server.url))
        let loop = ["/loop/a", "/loop/b", "/loop/a"].map(server.url)
        #expect(paths.map { outcomes[server.url($0)] } == [
            .ok(status: 200), .ok(status: 200), .ok(status: 200), .ok(status: 200), .ok(status: 200),
            .redirectLoop(loop), .broken(status: 404), .broken(status: 500), .timeout, .broken(status: 404), .rateLimited,
        ])
        let requests = try await server.requests()
        func methods(_ path: String) -> [String] { requests.filter { $0.path == path }.map(\.method) }
        #expect(methods("/no-head") == ["HEAD", "GET"], "HEAD refused, so GET")
        #expect(methods("/missing").contains("GET"), "a 404 to HEAD is asked again with GET")
        #expect(methods("/chain/3") == ["HEAD"], "the chain is followed to its end")
        #expect(methods("/flaky").count == 3, "a dropped connection is tried twice more")
        let busy = requests.filter { $0.path == "/busy" }.map(\.time)
        #expect(busy.count == 2 && busy[1] - busy[0] >= 0.95, "Retry-After: 1 was waited for: \(busy)")
        #expect(methods("/always-busy").count == 3, "two retries after the first 429, then given up")
    }

    @Test("requests to one host keep their distance: four at once take at least three intervals")
    func politeness() async throws {
        let server = try TestHTTPServer()
        var options = Self.options()
        options.hostInterval = 0.3
        options.connections = 4
        let urls = (1...4).map { server.url("/ok?\($0)") }
        let started = ContinuousClock.now
        let outcomes = await ExternalChecker(options: options).outcomes(of: urls)
        // A lower bound only: a busy machine makes the run slower, never faster.
        #expect(ContinuousClock.now - started >= .milliseconds(900))
        #expect(outcomes.values.allSatisfy { $0 == .ok(status: 200) })
        #expect(try await server.requests().count == 4)
    }

    @Test("the schedule gives one host's requests slots an interval apart, other hosts their own, and a pause holds them all")
    func schedule() async {
        let clock = FakeClock()
        let schedule = HostSchedule(interval: .milliseconds(300), now: { clock.now })
        #expect(await schedule.reserve("a") == .zero)
        #expect(await schedule.reserve("a") == .milliseconds(300))
        #expect(await schedule.reserve("a") == .milliseconds(600))
        #expect(await schedule.reserve("b") == .zero)
        clock.advance(.milliseconds(1000))
        #expect(await schedule.reserve("a") == .zero, "the slots before now are gone")
        await schedule.pause("a", for: .seconds(2))
        #expect(await schedule.reserve("a") == .seconds(2))
        #expect(await schedule.reserve("b") == .zero)
    }

    @Test("good answers are cached with an expiry, broken ones are asked again")
    func cache() async throws {
        let server = try TestHTTPServer()
        let folder = try TemporaryContent()
        let cacheFile = folder.path(".raad-linkcache.json")
        let links = ["/ok", "/missing"].map { ExternalLink(url: server.url($0), occurrences: [
            .init(file: "content/a.md", line: 3, fromContent: true, page: "a/index.html"),
        ]) }
        let first = await ExternalChecker(options: Self.options(cache: cacheFile)).check(links)
        #expect(first.problems.map(\.message.en) == ["\(server.url("/missing")) answered 404 Not Found"])
        #expect(first.problems.map(\.location.description) == ["content/a.md:3"])
        let second = await ExternalChecker(options: Self.options(cache: cacheFile)).check(links)
        #expect(second.outcomes[server.url("/ok")] == .cached)
        #expect(second.problems.count == 1)
        #expect(try await server.requests().filter { $0.path == "/ok" }.count == 1, "the second run asked the cache")
        let cached = try LinkCache.load(path: cacheFile, lifetime: 3600)
        #expect(Array(cached.entries.keys) == [server.url("/ok")])
        let expired = try LinkCache.load(path: cacheFile, lifetime: 3600, now: Date().timeIntervalSince1970 + 7200)
        #expect(expired.entries.isEmpty)
    }

    @Test("a damaged cache file is a note, not a crash, and is left alone")
    func damagedCache() async throws {
        let folder = try TemporaryContent("-- cache.json --\nnot json")
        let result = await ExternalChecker(options: Self.options(cache: folder.path("cache.json"))).check([])
        #expect(result.notes.count == 1 && result.notes[0].contains("not a link cache"))
        #expect(try folder.read("cache.json") == "not json\n")
    }

    @Test("a refused connection is unreachable at once, after two more tries")
    func refused() async {
        let clock = ContinuousClock()
        let start = clock.now
        let outcomes = await ExternalChecker(options: Self.options()).outcomes(of: ["http://127.0.0.1:9/"])
        // Three refusals and two retry delays of 0.1 s; waiting for the 5 s timeout would mean the pool retries.
        #expect(clock.now - start < .seconds(4), "a refused connection is not waited on until the timeout")
        guard case .unreachable(let reason)? = outcomes["http://127.0.0.1:9/"] else {
            Issue.record("expected unreachable, got \(String(describing: outcomes))")
            return
        }
        #expect(reason.lowercased().contains("connect"))
    }

    @Test("Retry-After in seconds or as an HTTP date")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(Fetch.seconds(retryAfter: "5", now: now) == 5)
        #expect(Fetch.seconds(retryAfter: "Tue, 14 Nov 2023 22:13:30 GMT", now: now) == 10)
        #expect(Fetch.seconds(retryAfter: "soon", now: now) == nil)
    }
}

/// A clock that moves only when told to.
final class FakeClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = ContinuousClock.now

    var now: ContinuousClock.Instant { lock.withLock { instant } }

    func advance(_ duration: Duration) { lock.withLock { instant += duration } }
}
