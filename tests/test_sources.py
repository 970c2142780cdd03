"""Every way in, and every bad input the foundation issue lists: each named, the rest of the batch read."""

import io
import json

from trucewatch import errors
from trucewatch.errors import InputProblem
from trucewatch.ingest import read_inputs
from trucewatch.model import Document

HTML = """<html><head><title>Truce agreed</title>
<meta property="article:published_time" content="2020-03-05T10:00:00"></head>
<body><nav>Home | World</nav><article><h1>Truce agreed in Idlib</h1>
<p>Russia and Turkey agreed a ceasefire in Idlib on Thursday after six hours of talks in Moscow.</p>
<p>The truce begins at midnight, the two presidents said after their meeting in the Kremlin.</p>
</article></body></html>"""


def read(*paths, stdin=None):
    items = list(read_inputs([str(p) for p in paths], stdin=stdin))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputProblem)]


def test_jsonl_records_become_documents(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Talks held.", "url": "https://www.example.org/x"}) + "\n\n"
                 + json.dumps({"id": "b", "text": "Truce agreed.", "published": "2020-03-05"}) + "\n")
    docs, problems = read(f)
    assert [d.id for d in docs] == ["a", "b"] and not problems
    assert docs[0].outlet == "example.org" and docs[1].published == "2020-03-05"


def test_txt_first_line_is_the_title(tmp_path):
    f = tmp_path / "truce.txt"
    f.write_text("Truce declared\n\nPutin ordered a truce.\n")
    docs, _ = read(f)
    assert docs[0].title == "Truce declared" and docs[0].id == "truce"


def test_html_main_text_and_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML)
    docs, problems = read(f)
    assert not problems
    assert "agreed a ceasefire in Idlib" in docs[0].text and "Home | World" not in docs[0].text
    assert docs[0].published == "2020-03-05"


def test_directories_are_walked_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\nTalks held.")
    (tmp_path / "one.txt").write_text("One\nTruce agreed.")
    docs, _ = read(tmp_path)
    assert [d.id for d in docs] == ["two", "one"]  # b/two.txt sorts before one.txt


def test_stdin_jsonl_and_plain_text():
    docs, _ = read("-", stdin=io.BytesIO(b'{"id": "s1", "text": "Talks held."}\n'))
    assert docs[0].id == "s1"
    docs, _ = read("-", stdin=io.BytesIO(b"Truce declared\nPutin ordered a truce."))
    assert docs[0].title == "Truce declared"


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    docs, problems = read(f)
    assert not docs and problems[0].code == errors.EMPTY and str(f) in str(problems[0])


def test_binary_file(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _, problems = read(f)
    assert problems[0].code == errors.BINARY and str(f) in problems[0].source


def test_invalid_utf8_names_the_line(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes(b"Title\nfine line\nbad \xe9 byte\n")
    _, problems = read(f)
    assert problems[0].code == errors.ENCODING and problems[0].source == f"{f}:3"


def test_malformed_json_line_is_named_and_the_rest_is_read(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text('{"id": "a", "text": "Talks held."}\n{"id": "b", "text": \n{"id": "c", "text": "Truce."}\n')
    docs, problems = read(f)
    assert [d.id for d in docs] == ["a", "c"]
    assert problems[0].code == errors.BAD_JSON and problems[0].source == f"{f}:2"


def test_record_without_text(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text('{"id": "a"}\n{"id": "b", "text": 7}\n["not", "an", "object"]\n')
    _, problems = read(f)
    assert [p.code for p in problems] == [errors.MISSING_FIELD, errors.MISSING_FIELD, errors.BAD_JSON]
    assert "`text`" in problems[0].message and problems[1].source.endswith(":2")


def test_document_over_the_limit_is_refused_with_its_size(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "long", "text": "war " * 1_000}) + "\n")
    [problem] = [p for p in read_inputs([str(f)], max_chars=1_000) if isinstance(p, InputProblem)]
    assert problem.code == errors.TOO_LARGE and "4,000 characters" in problem.message


def test_huge_document_is_refused_with_its_size(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "big", "text": "war " * 5_000_000}) + "\n"
                 + json.dumps({"id": "ok", "text": "Talks held."}) + "\n")
    docs, problems = read(f)
    assert [d.id for d in docs] == ["ok"]
    assert problems[0].code == errors.TOO_LARGE and problems[0].source == f"{f}:1"
    assert "--max-chars" in problems[0].message


def test_html_page_with_no_article(tmp_path):
    f = tmp_path / "menu.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    _, problems = read(f)
    assert problems[0].code == errors.NO_ARTICLE and problems[0].source == str(f)


def test_missing_path_and_unknown_suffix(tmp_path):
    (tmp_path / "data.xlsx").write_bytes(b"PK")
    _, problems = read(tmp_path / "nope.txt", tmp_path / "data.xlsx")
    assert [p.code for p in problems] == [errors.UNREADABLE, errors.UNREADABLE]
