/// The places `raad check` names, as `file:line`: from its report (`file:line: feil: …`) and from build
/// errors (`file:line:col: feil: …`) when the content does not build; `error` in English.
enum CheckOutput {
    static func locations(_ run: CLI.Run) -> Set<String> {
        var found: Set<String> = []
        for match in (run.stdout + run.stderr).matches(of: /(?m)^(\S+?):(\d+)(?::\d+)?: (?:feil|error)/) {
            found.insert("\(match.1):\(match.2)")
        }
        return found
    }
}
