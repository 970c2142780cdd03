"""Shared fixtures: one extractor per test session, paths to the shared corpus, hand-built documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skips the test where it is absent, except in CI, which always has it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing in CI, which must have ../shared beside the clone")
        pytest.skip(f"{path} not found: the shared corpus is not beside this clone")
    return path


@pytest.fixture(scope="session")
def extractor():
    from trucewatch.nlp.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture
def extract(extractor):
    """Events of one hand-written article."""
    from trucewatch.model import Document

    def run(text: str, published: str | None = "2025-06-02", doc_id: str = "t1", title: str | None = None):
        return extractor.extract(Document(id=doc_id, text=text, published=published, title=title))

    return run


@pytest.fixture
def annotate(extractor):
    """A parsed Doc with every component's layer, for testing one component's output."""
    from trucewatch.nlp.article import ArticleContext
    from trucewatch.nlp.pipeline import COMPONENTS

    def run(text: str, published: str = "2025-06-02", upto: str = "events"):
        doc = extractor.nlp(text)
        doc._.tw_ctx, doc._.tw_offset, doc._.tw_kind, doc._.tw_ref = ArticleContext(published), 0, "body", published
        doc._.tw_countries = set()
        for name in COMPONENTS:
            doc = extractor.components[name](doc)
            if name == upto:
                break
        return doc

    return run
