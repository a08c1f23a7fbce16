"""Pages saved as one file, written as browsers write them: Chrome's .mhtml, Safari's
.webarchive (for the import tests)."""

from __future__ import annotations

import base64
import plistlib
import quopri

BOUNDARY = "----MultipartBoundary--Pw3tCq9xUvTbd1qGZ5HlK0mN8sJrYfA2oE6iWcD4----"


def part(content_type: str, location: str, body: bytes, *, cid: str = "", qp: bool = False):
    return (content_type, location, body, cid, qp)


def chrome_mhtml(page: bytes, location: str, *resources, start: str = "") -> bytes:
    """A single-file page as Chrome writes it: the page first (quoted-printable), then each
    resource (base64 in 76-column lines, or quoted-printable for text)."""
    head = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {location}",
        "Subject: =?utf-8?Q?=D8=AE=D8=A8=D8=B1?=",
        "Date: Wed, 28 Aug 2013 10:12:00 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"' + (f';\r\n\tstart="{start}"' if start else ""),
        "",
        "",
    ]
    out = "\r\n".join(head).encode("ascii")
    for content_type, where, body, cid, qp in [part("text/html", location, page, qp=True)] + list(
        resources
    ):
        lines = [f"--{BOUNDARY}", f"Content-Type: {content_type}"]
        if cid:
            lines.append(f"Content-ID: <{cid}>")
        lines.append(f"Content-Transfer-Encoding: {'quoted-printable' if qp else 'base64'}")
        if where:
            lines.append(f"Content-Location: {where}")
        encoded = quopri.encodestring(body) if qp else base64.encodebytes(body)
        out += ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
        out += encoded.replace(b"\n", b"\r\n") + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode("ascii")


def safari_webarchive(
    page: bytes,
    url: str,
    *resources: tuple[str, str, bytes],
    encoding: str = "UTF-8",
    fmt=plistlib.FMT_BINARY,
    frames: list[dict] | None = None,
) -> bytes:
    """A Web Archive as Safari writes it (a binary property list): the page, then each
    resource as (MIME type, address, bytes), then the frames' own archives."""
    archive: dict = {
        "WebMainResource": {
            "WebResourceData": page,
            "WebResourceFrameName": "",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": encoding,
            "WebResourceURL": url,
        },
        "WebSubresources": [
            {"WebResourceData": body, "WebResourceMIMEType": kind, "WebResourceURL": where}
            for kind, where, body in resources
        ],
    }
    if frames:
        archive["WebSubframeArchives"] = frames
    return plistlib.dumps(archive, fmt=fmt)
