/// The places `raad check` names, as `file:line`: from its report (a file, then its problems' lines) and from
/// build errors (`file:line:col: error: …`) when the content does not build.
enum CheckOutput {
    static func locations(_ run: CLI.Run) -> Set<String> {
        var found: Set<String> = []
        var file: String?
        for line in run.stdout.split(separator: "\n") {
            if !line.hasPrefix(" ") { file = String(line) }
            if let file, let match = line.wholeMatch(of: /\s\s(\d+): .*/) { found.insert("\(file):\(match.1)") }
        }
        for match in run.stderr.matches(of: /(?m)^(\S+?):(\d+):\d+: error/) { found.insert("\(match.1):\(match.2)") }
        return found
    }
}
