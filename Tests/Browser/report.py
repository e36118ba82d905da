"""Counts checks and prints each failure as it happens, so a long run shows progress."""

import sys


class Report:
    """One line per failed check with what, where and why; a `N passed, N failed` line at the end."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def check(self, name: str, page: str, problems: list[str]) -> bool:
        """Records one check of one page: it passes when `problems` is empty."""
        if not problems:
            self.passed += 1
            return True
        self.failed += 1
        print(f"FAIL {name} {page}", flush=True)
        for problem in problems:
            print("  " + problem.replace("\n", "\n  "), flush=True)
        return False

    def skip(self, name: str, page: str, why: str) -> None:
        self.skipped += 1
        print(f"SKIP {name} {page}: {why}", flush=True)

    def note(self, text: str) -> None:
        print(text, flush=True)

    def summary(self) -> str:
        line = f"{self.passed} passed, {self.failed} failed"
        return line + (f", {self.skipped} skipped" if self.skipped else "")

    def finish(self) -> int:
        print(self.summary(), flush=True)
        sys.stdout.flush()
        return 1 if self.failed else 0
