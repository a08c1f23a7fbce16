"""What both the text and the HTML importers need from a web address."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_host(url: str) -> str:
    """The host of ``url`` without «www.», as a site name of last resort ("" if none)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")
