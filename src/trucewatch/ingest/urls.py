"""URLs: one spelling per article, so the same article reached by two routes is stored once."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ref", "ref_src", "at_medium", "at_campaign",
            "ocid", "smid", "src")


def canonical_url(url: str) -> str:
    """One spelling per article: https, no `www.`/`amp.`/`m.`, no tracking parameters, no fragment, no AMP suffix,
    no trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "amp.", "m."):
        host = host.removeprefix(prefix)
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    for suffix in ("/amp/", "/amp", ".amp"):
        if path.endswith(suffix):
            path = path[: -len(suffix)] or "/"
    path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(TRACKING) and k.lower() not in ("amp", "outputtype")]
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def document_id(url: str) -> str:
    return "url-" + hashlib.sha1(canonical_url(url).encode()).hexdigest()[:16]
