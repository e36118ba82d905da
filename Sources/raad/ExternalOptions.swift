import ArgumentParser
import RaadCheck

/// The knobs of `raad check --external`, grouped so `--help` shows them together.
struct ExternalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds to wait for an external answer.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(help: "External requests in flight at once.")
    var connections: Int = 8

    @Option(help: ArgumentHelp("Seconds between two requests to the same host.", valueName: "seconds"))
    var hostInterval: Double = 0.2

    @Option(help: "The cache of external links that answered well (\"\" for none).")
    var cache: String = ".raad-linkcache.json"

    @Option(help: ArgumentHelp("Hours a cached good answer is trusted.", valueName: "hours"))
    var cacheHours: Double = 24

    func validate() throws {
        guard timeout > 0, connections > 0, hostInterval >= 0, cacheHours >= 0 else {
            throw ValidationError("--timeout and --connections must be above 0, --host-interval and --cache-hours 0 or more")
        }
    }

    var options: ExternalChecker.Options {
        var options = ExternalChecker.Options()
        options.timeout = timeout
        options.connections = connections
        options.hostInterval = hostInterval
        options.cacheFile = cache.isEmpty ? nil : cache
        options.cacheLifetime = cacheHours * 3600
        return options
    }
}
