"""Errors a user can act on. Each carries a code to search for and names the input it concerns."""

from __future__ import annotations

from dataclasses import dataclass


class TrucewatchError(Exception):
    """A user-facing error: printed as `[CODE] message`, exits with `exit_code`."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(TrucewatchError):
    """One input (a file, a line of a file, a record) cannot be read."""

    code = "E100"
    exit_code = 2


class UnreadDocument(RuntimeWarning):
    """A document the reader failed on (a fault of ours, not of the input): warned, left without events, and the
    batch goes on. The test suite turns it into an error."""


class StoreError(TrucewatchError):
    code = "E300"
    exit_code = 3


class NotFound(TrucewatchError):
    code = "E404"
    exit_code = 4


@dataclass
class InputProblem:
    """A bad input met while reading a batch: reported, skipped, and the batch goes on."""

    source: str  # "path", "path:line" or "stdin:line"
    code: str
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.source}: {self.message}"


# The problem codes, one place to look them up.
EMPTY = "E101"          # nothing to read
BINARY = "E102"         # looks like a binary file
ENCODING = "E103"       # not valid UTF-8
BAD_JSON = "E104"       # a JSONL line that is not a JSON object
MISSING_FIELD = "E105"  # a record without `id` or `text`
TOO_LARGE = "E106"      # over the size limit
NO_ARTICLE = "E107"     # an HTML page with no article text
UNREADABLE = "E108"     # missing file, permission denied, unknown kind
READER_FAULT = "E109"   # the reader failed on a document (a fault of ours): no events taken from it
