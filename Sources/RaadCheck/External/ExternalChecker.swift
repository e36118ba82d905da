import Foundation
import NIOHTTP1
import RaadMessages

/// Fetches external http(s) links: a bounded number at once, politely spaced per host, HEAD first with GET
/// when HEAD is refused, redirects followed by hand so loops are caught, one retry when a connection fails,
/// 429 answered by waiting as Retry-After asks, and good answers cached between runs.
public struct ExternalChecker: Sendable {
    public struct Options: Sendable {
        /// Seconds to wait for an answer.
        public var timeout: Double = 10
        /// Requests in flight at once, over all hosts.
        public var connections: Int = 8
        /// Seconds between the starts of two requests to one host.
        public var hostInterval: Double = 0.2
        public var maxRedirects: Int = 10
        /// The longest Retry-After the checker waits for; a host that asks for more is reported as not checked.
        public var maxRetryAfter: Double = 60
        public var rateLimitRetries: Int = 2
        public var connectionRetryDelay: Double = 0.5
        /// nil for no cache.
        public var cacheFile: String? = ".raad-linkcache.json"
        /// Seconds a good answer stays good.
        public var cacheLifetime: Double = 24 * 3600

        public init() {}
    }

    public enum Outcome: Sendable, Equatable {
        case ok(status: Int)
        case broken(status: Int)
        case redirectLoop([String])
        case tooManyRedirects(Int)
        case timeout
        case unreachable(String)
        /// Still 429 after waiting: not known to be broken, so not reported as broken.
        case rateLimited
        case cached
    }

    public struct Result: Sendable {
        public var problems: [LinkProblem]
        public var outcomes: [String: Outcome]
        /// Things the user should know that are not broken links: a cache that could not be written, a host
        /// that would not answer for rate limiting.
        public var notes: [Message]
    }

    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    public func check(_ links: [ExternalLink]) async -> Result {
        var notes: [Message] = []
        var cache: LinkCache
        do throws(LinkCache.Failure) {
            cache = try LinkCache.load(path: options.cacheFile, lifetime: options.cacheLifetime)
        } catch {
            // A damaged cache is left alone for the user to look at, and this run goes without one.
            notes.append(Message(verbatim: error.description))
            cache = LinkCache(path: nil, lifetime: 0)
        }
        let urls = links.map(\.url).filter { !cache.isFresh($0) }
        var outcomes = await outcomes(of: urls)
        for link in links where cache.isFresh(link.url) { outcomes[link.url] = .cached }
        for (url, outcome) in outcomes {
            if case .ok(let status) = outcome { cache.record(url, status: status) }
            if outcome == .rateLimited { notes.append(.rateLimited(url)) }
        }
        do throws(LinkCache.Failure) {
            try cache.save()
        } catch {
            notes.append(Message(verbatim: error.description))
        }
        var problems: [LinkProblem] = []
        for link in links {
            guard let outcome = outcomes[link.url], let (kind, message) = Self.problem(link.url, outcome) else { continue }
            for occurrence in link.occurrences {
                problems.append(LinkProblem(kind: kind, url: link.url, message: message, file: occurrence.file,
                                            line: occurrence.line, fromContent: occurrence.fromContent,
                                            pages: [occurrence.page]))
            }
        }
        return Result(problems: Self.merged(problems), outcomes: outcomes, notes: notes.sorted { $0.en < $1.en })
    }

    /// Asks about every URL, `connections` at a time, hosts interleaved so no worker queues behind one host.
    public func outcomes(of urls: [String]) async -> [String: Outcome] {
        let probe = HTTPProbe(timeout: options.timeout, connections: options.connections)
        let queue = WorkQueue(Self.interleavedByHost(urls))
        let schedule = HostSchedule(interval: .milliseconds(Int(options.hostInterval * 1000)))
        return await withTaskGroup(of: [(String, Outcome)].self) { group in
            for _ in 0..<max(1, min(options.connections, urls.count)) {
                group.addTask {
                    var done: [(String, Outcome)] = []
                    while let url = await queue.next() {
                        done.append((url, await Fetch(options: options, probe: probe, schedule: schedule).outcome(of: url)))
                    }
                    return done
                }
            }
            var all: [String: Outcome] = [:]
            for await done in group { for (url, outcome) in done { all[url] = outcome } }
            await probe.close()
            return all
        }
    }

    static func interleavedByHost(_ urls: [String]) -> [String] {
        var byHost: [String: [String]] = [:]
        for url in urls { byHost[URL(string: url)?.host ?? "", default: []].append(url) }
        var lanes = byHost.keys.sorted().map { byHost[$0]![...] }
        var order: [String] = []
        while !lanes.isEmpty {
            for index in lanes.indices { if let url = lanes[index].popFirst() { order.append(url) } }
            lanes.removeAll { $0.isEmpty }
        }
        return order
    }

    static func problem(_ url: String, _ outcome: Outcome) -> (LinkProblem.Kind, Message)? {
        switch outcome {
        case .ok, .cached, .rateLimited:
            return nil
        case .broken(let status):
            return (.externalBroken, .answered(url, status, HTTPResponseStatus(statusCode: status).reasonPhrase))
        case .redirectLoop(let chain):
            return (.externalRedirectLoop, .redirectLoop(url, chain.joined(separator: " -> ")))
        case .tooManyRedirects(let count):
            return (.externalRedirectLoop, .tooManyRedirects(url, count))
        case .timeout:
            return (.externalTimeout, .timedOut(url))
        case .unreachable(let reason):
            return (.externalUnreachable, .unreachable(url, reason))
        }
    }

    /// One problem per source and URL, listing every page.
    static func merged(_ problems: [LinkProblem]) -> [LinkProblem] {
        var merger = FindingsMerger()
        merger.add(PageFindings(problems: problems))
        return merger.problems
    }
}
