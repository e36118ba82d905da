import Foundation

/// Follows one external URL to its final answer, with the checker's rules for redirects, retries and 429.
struct Fetch {
    let options: ExternalChecker.Options
    let probe: HTTPProbe
    let schedule: HostSchedule

    private struct Timeout: Error {}
    private struct Unreachable: Error { var reason: String }

    func outcome(of url: String) async -> ExternalChecker.Outcome {
        guard var current = URL(string: url), current.host != nil else { return .unreachable("not a valid URL") }
        var chain = [current.absoluteString]
        do {
            for _ in 0...options.maxRedirects {
                let answer = try await ask(current)
                if answer.status == 429 { return .rateLimited }
                guard (300..<400).contains(answer.status), answer.status != 304 else {
                    return answer.status < 300 ? .ok(status: answer.status) : .broken(status: answer.status)
                }
                guard let location = answer.location, let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    return .broken(status: answer.status)
                }
                if chain.contains(next.absoluteString) { return .redirectLoop(chain + [next.absoluteString]) }
                chain.append(next.absoluteString)
                current = next
            }
            return .tooManyRedirects(options.maxRedirects)
        } catch is Timeout {
            return .timeout
        } catch let error as Unreachable {
            return .unreachable(error.reason)
        } catch {
            return .unreachable(error.localizedDescription)
        }
    }

    /// HEAD, and GET when HEAD gives an error status: many servers answer HEAD wrongly (405, 403, 404).
    private func ask(_ url: URL) async throws -> HTTPProbe.Answer {
        let head = try await send(url, method: "HEAD")
        guard head.status >= 400, head.status != 429 else { return head }
        return try await send(url, method: "GET")
    }

    /// One request, after the host's turn comes; a failed or dropped connection is tried twice more (a server
    /// restarting, a proxy closing idle connections), and a 429 waits as long as Retry-After asks (up to a
    /// limit) and tries again.
    private func send(_ url: URL, method: String) async throws -> HTTPProbe.Answer {
        let host = url.host ?? ""
        var connectionRetries = 0
        var rateLimitRetries = 0
        while true {
            try await Task.sleep(for: await schedule.reserve(host))
            let answer: HTTPProbe.Answer
            do {
                answer = try await probe.request(url, method: method)
            } catch .timeout {
                throw Timeout()
            } catch .connection(let reason) {
                guard connectionRetries < 2 else { throw Unreachable(reason: "cannot connect: \(reason)") }
                connectionRetries += 1
                try await Task.sleep(for: .milliseconds(Int(options.connectionRetryDelay * 1000)))
                continue
            } catch .other(let reason) {
                throw Unreachable(reason: reason)
            }
            guard answer.status == 429, rateLimitRetries < options.rateLimitRetries else { return answer }
            let wait = Self.seconds(retryAfter: answer.retryAfter) ?? 1
            guard wait <= options.maxRetryAfter else { return answer }
            rateLimitRetries += 1
            await schedule.pause(host, for: .milliseconds(Int(wait * 1000)))
        }
    }

    /// Retry-After is either seconds or an HTTP date.
    static func seconds(retryAfter: String?, now: Date = Date()) -> Double? {
        guard let value = retryAfter?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSince(now)) }
    }
}
