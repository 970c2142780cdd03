"""Read documents from paths and stdin: JSONL, .txt, .html, and directories of them.

Every reader yields `Document`s, or `InputProblem`s for what it cannot read, so one bad file or line never stops a
batch. The caller decides what to do with problems (print them, set the exit status).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO
from urllib.parse import urlparse

from trucewatch import errors
from trucewatch.errors import InputProblem
from trucewatch.model import Document

MAX_CHARS = 2_000_000  # a news article is rarely over 100 KB; 2 MB of text is not an article
MIN_ARTICLE_WORDS = 8  # less main text than this on a page is a menu or an error page, not an article
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
Item = Document | InputProblem


def outlet_of(url: str | None) -> str | None:
    """The registered domain of a URL, near enough: the host without `www.`."""
    if not url:
        return None
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    return host.removeprefix("www.") or None


def decode(data: bytes, source: str) -> str | InputProblem:
    if not data.strip():
        return InputProblem(source, errors.EMPTY, "empty input: nothing to read")
    if b"\x00" in data[:8192]:
        return InputProblem(source, errors.BINARY, "looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return InputProblem(f"{source}:{line}", errors.ENCODING,
                            f"not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})")


def check_size(doc: Document, max_chars: int) -> Document | InputProblem:
    if len(doc.text) > max_chars:
        return InputProblem(doc.source or doc.id, errors.TOO_LARGE,
                            f"document {doc.id!r} has {len(doc.text):,} characters, over the limit of "
                            f"{max_chars:,} (--max-chars)")
    if not doc.text.strip():
        return InputProblem(doc.source or doc.id, errors.EMPTY, f"document {doc.id!r} has an empty `text`")
    return doc


def _opt_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise ValueError(f"`{key}` must be a string, not {type(value).__name__}")


def read_jsonl_lines(lines: Iterable[bytes], name: str, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """One document per line in the spec's input shape; blank lines are skipped."""
    seen_any = False
    for lineno, raw in enumerate(lines, start=1):
        source = f"{name}:{lineno}"
        if not raw.strip():
            continue
        seen_any = True
        if len(raw) > max_chars * 4 + 1024:
            yield InputProblem(source, errors.TOO_LARGE,
                               f"line of {len(raw):,} bytes cannot hold a document under the limit of "
                               f"{max_chars:,} characters (--max-chars)")
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield InputProblem(source, errors.ENCODING, f"not valid UTF-8 (byte {exc.start} of the line)")
            continue
        except json.JSONDecodeError as exc:
            yield InputProblem(source, errors.BAD_JSON, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield InputProblem(source, errors.BAD_JSON, f"expected a JSON object, got {type(record).__name__}")
            continue
        missing = [k for k in ("id", "text") if not isinstance(record.get(k), str) or not record.get(k)]
        if isinstance(record.get("id"), int):
            record["id"] = str(record["id"])
            missing = [k for k in missing if k != "id"]
        if missing:
            yield InputProblem(source, errors.MISSING_FIELD,
                               f"record without {' and '.join(f'`{k}`' for k in missing)} (a non-empty string)")
            continue
        try:
            url = _opt_str(record, "url")
            doc = Document(id=record["id"], text=record["text"], title=_opt_str(record, "title"),
                           published=_opt_str(record, "published"), url=url,
                           outlet=_opt_str(record, "outlet") or outlet_of(url), source=source)
        except ValueError as exc:
            yield InputProblem(source, errors.MISSING_FIELD, str(exc))
            continue
        yield check_size(doc, max_chars)
    if not seen_any:
        yield InputProblem(name, errors.EMPTY, "empty input: no JSON lines")


def text_document(text: str, doc_id: str, source: str, max_chars: int = MAX_CHARS) -> Item:
    """A plain-text article: the first non-blank line is its title."""
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return check_size(Document(id=doc_id, text=text, title=title, source=source), max_chars)


def html_document(html: str, doc_id: str, source: str, max_chars: int = MAX_CHARS) -> Item:
    """The main text of a page (trafilatura) and its publication date (htmldate)."""
    import htmldate
    import trafilatura

    if len(html) > max_chars * 10:
        return InputProblem(source, errors.TOO_LARGE, f"HTML of {len(html):,} characters is over the size limit")
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return InputProblem(source, errors.NO_ARTICLE,
                            f"no article text found in this HTML page ({len(text.split())} words of main text)")
    try:
        published = htmldate.find_date(html, extensive_search=False)
    except Exception:  # htmldate raises on odd markup; a page without a date is still an article
        published = None
    url = getattr(extracted, "url", None)
    return check_size(Document(id=doc_id, text=text, title=getattr(extracted, "title", None),
                               published=published, url=url,
                               outlet=getattr(extracted, "sitename", None) or outlet_of(url),
                               source=source), max_chars)


def _read_path(path: Path, max_chars: int) -> Iterator[Item]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
        yield InputProblem(source, errors.UNREADABLE,
                           f"unknown kind of file {suffix or '(no suffix)'!r}: expected .jsonl, .txt or .html")
        return
    try:
        if path.stat().st_size > max_chars * 10 and suffix not in JSONL_SUFFIXES:
            yield InputProblem(source, errors.TOO_LARGE, f"file of {path.stat().st_size:,} bytes is too large")
            return
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                head = fh.read(8192)
                if b"\x00" in head:
                    yield InputProblem(source, errors.BINARY, "looks like a binary file (NUL bytes), not JSONL")
                    return
                fh.seek(0)
                yield from read_jsonl_lines(fh, source, max_chars)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(source, errors.UNREADABLE, exc.strerror or str(exc))
        return
    text = decode(data, source)
    if isinstance(text, InputProblem):
        yield text
    elif suffix in HTML_SUFFIXES:
        yield html_document(text, path.stem, source, max_chars)
    else:
        yield text_document(text, path.stem, source, max_chars)


def read_stdin(stream: IO[bytes], max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """JSONL when the first non-blank character is `{`, else one plain-text (or HTML) article."""
    data = stream.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(data.splitlines(), "stdin", max_chars)
        return
    text = decode(data, "stdin")
    if isinstance(text, InputProblem):
        yield text
    elif text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield html_document(text, "stdin", "stdin", max_chars)
    else:
        yield text_document(text, "stdin", "stdin", max_chars)


def read_inputs(paths: Iterable[str], max_chars: int = MAX_CHARS, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document under `paths` ("-" is stdin), directories walked recursively in name order."""
    for name in paths:
        if name == "-":
            yield from read_stdin(stdin or sys.stdin.buffer, max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputProblem(name, errors.EMPTY, "directory holds no files")
            for file in files:
                yield from _read_path(file, max_chars)
        elif path.exists():
            yield from _read_path(path, max_chars)
        else:
            yield InputProblem(name, errors.UNREADABLE, "no such file or directory")
