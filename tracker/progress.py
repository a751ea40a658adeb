"""Progress of long runs on stderr: articles, claims, rate and (when the total is known) ETA.

Drawn by tqdm, and only for a person watching: silent when stderr is not a terminal (logs, CI,
pipes) or with --quiet. The counts are kept either way so that callers can print a summary.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

from tqdm import tqdm


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class Progress:
    """`with Progress(total, quiet) as p: p.update(articles=1, claims=n)`."""

    def __init__(self, total: int | None = None, quiet: bool = False, *, stream: TextIO | None = None,
                 label: str = "articles") -> None:
        out = stream if stream is not None else sys.stderr
        self._out = out
        self.shown = not quiet and _is_terminal(out)
        self.articles = 0
        self.claims = 0
        self.skipped = 0
        self._bar = tqdm(
            total=total, disable=not self.shown, file=out, unit=f" {label}",
            ncols=shutil.get_terminal_size((100, 24)).columns,  # a pseudo-terminal may report 0 columns
            mininterval=0.25, smoothing=0.1, leave=True,
        )

    def update(self, articles: int = 0, claims: int = 0, skipped: int = 0) -> None:
        """Count articles done (extracted or skipped as already stored) and the claims found in them."""
        self.articles += articles + skipped
        self.claims += claims
        self.skipped += skipped
        if self.shown:
            note = f"{self.claims:,} claims" + (f", {self.skipped:,} unchanged" if self.skipped else "")
            self._bar.set_postfix_str(note, refresh=False)
            self._bar.update(articles + skipped)

    def set_total(self, total: int | None) -> None:
        """A better estimate of how many articles there are (for the ETA)."""
        if self.shown and total != self._bar.total:
            self._bar.total = total
            self._bar.refresh()

    def write(self, line: str) -> None:
        """A message on stderr that does not tear the bar."""
        if self.shown:
            self._bar.write(line, file=self._out)
        else:
            print(line, file=self._out)

    def close(self) -> None:
        self._bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
