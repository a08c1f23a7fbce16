"""Web addresses: telling one from a file path, reading one a person typed, and the site name
the text and HTML importers fall back on."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_host(url: str) -> str:
    """The host of ``url`` without «www.», as a site name of last resort ("" if none)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def is_web_address(text: str) -> bool:
    """An http(s) address, whatever the case of its scheme («HTTPS://…» too)."""
    return text[:8].lower().startswith(("http://", "https://"))


def typed_web_address(text: str) -> str | None:
    """What a person typed as the address of a page to save, ready to fetch: the scheme in
    lower case, and «https://» added when there is none («www.aljazeera.net/news/…», as an
    address bar takes it). None for what cannot be one: spaces, another scheme, no dot in the
    host."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return None
    scheme, sep, rest = text.partition("://")
    if not sep:
        scheme, rest = "https", text
    elif scheme.lower() not in ("http", "https"):
        return None
    host = rest.split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    if "." not in host.strip("."):
        return None
    return f"{scheme.lower()}://{rest}"
