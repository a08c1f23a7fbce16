"""Check and normalise image bytes before they are stored with an article.

Images come from pages nobody here controls, so every one is treated as hostile: the format is
sniffed from the bytes (never trusted from a file name or a Content-Type), the pixel count is
checked from the header *before* anything is decoded (a 50 KB PNG can claim 100,000 x 100,000
pixels and would take gigabytes to decode), and only a short list of Pillow decoders is allowed
(no EPS, which runs Ghostscript; no SVG, which can carry scripts and outside references).

What is stored is something Qt's built-in image readers always show (PNG, JPEG or GIF), no
larger than a reader needs: other formats (WebP, BMP, TIFF) are re-encoded, and huge pictures
are scaled down. Pillow decides all of this, so the core needs no Qt.
"""

from __future__ import annotations

import io
import warnings

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from desktop.importers.errors import (
    BINARY,
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED,
    ImportFailure,
    human_size,
)
from desktop.model import ImageData

# Bigger files than this are not photos in an article but something else (or an attack).
MAX_IMAGE_BYTES = 15_000_000
# Refused outright above this many pixels: decoding would need ~4 bytes a pixel (160 MB here).
MAX_PIXELS = 40_000_000
# Scaled down to fit this box: sharp on a 4K screen at reading width, small in the library.
MAX_SIDE = 2048
# Smaller than this on both sides: an icon, a spacer or a tracking pixel, not a picture.
MIN_SIDE = 48
JPEG_QUALITY = 85

# Decoders Pillow may use. Everything else (EPS, PSD, ICNS, ...) is refused unread.
_ALLOWED_FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF")
# Formats stored as they came: every Qt build reads them without plugins.
_KEEP = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif"}


class ImageRejected(ImportFailure):
    """An image that is not stored; the article is still imported, with the figure's image
    left out. ``str(exc)`` says which image and why."""


def prepare_image(data: bytes, source: str) -> ImageData:
    """Validate ``data`` and return it as an ImageData Qt can show, or raise ImageRejected.

    ``source`` (a URL or a path) names the image in the message.
    """
    if not data:
        raise ImageRejected(source, "the image is empty", EMPTY)
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRejected(
            source,
            f"the image is {human_size(len(data))}, over the {human_size(MAX_IMAGE_BYTES)} "
            "limit for one image",
            TOO_LARGE,
        )
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) or b"<svg" in head:
        raise ImageRejected(
            source,
            "it is an SVG drawing, which is not kept because it can carry scripts and load "
            "outside resources",
            UNSUPPORTED,
        )
    with warnings.catch_warnings():
        # Pillow only *warns* between its own limit and twice that; make it an error.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data), formats=_ALLOWED_FORMATS)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _bomb(source, exc) from exc
        except UnidentifiedImageError as exc:
            raise ImageRejected(
                source,
                "it is not an image Qari can read (PNG, JPEG, GIF, WebP, BMP or TIFF)",
                BINARY,
            ) from exc
        except (OSError, ValueError, SyntaxError) as exc:
            raise _damaged(source, exc) from exc
        with im:
            return _normalise(im, data, source)


def _normalise(im: Image.Image, data: bytes, source: str) -> ImageData:
    width, height = im.size
    if width < 1 or height < 1:
        raise _damaged(source, ValueError("zero size"))
    if width * height > MAX_PIXELS:
        raise ImageRejected(
            source,
            f"it is {width} x {height} pixels, over the {MAX_PIXELS // 1_000_000}-megapixel "
            "limit (refused unread: such images can exhaust memory when decoded)",
            TOO_LARGE,
        )
    fmt = im.format or ""
    orientation = _orientation(im)
    needs_work = fmt not in _KEEP or max(width, height) > MAX_SIDE or orientation not in (0, 1)
    try:
        if not needs_work:
            im.load()  # a truncated or corrupt file fails here, not later in the reader
            return ImageData.from_bytes(data, _KEEP[fmt], width, height)
        if fmt == "JPEG":
            im.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at a reduced scale: far faster
        im.load()
        # An animated picture keeps its first frame (the one open() is on).
        out = ImageOps.exif_transpose(im) if orientation not in (0, 1) else im
        out.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.BICUBIC)  # 2.4x LANCZOS speed
        return _encode(out)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _bomb(source, exc) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _damaged(source, exc) from exc


def _encode(im: Image.Image) -> ImageData:
    """PNG when the picture has transparency (JPEG would blacken it), else JPEG."""
    alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    buf = io.BytesIO()
    if alpha:
        im = im.convert("RGBA")
        im.save(buf, "PNG", optimize=True)
        mime = "image/png"
    else:
        im = im.convert("RGB")
        im.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    return ImageData.from_bytes(buf.getvalue(), mime, im.width, im.height)


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(ExifTags.Base.Orientation, 0))
    except Exception:  # a broken EXIF block is no reason to refuse a picture
        return 0


def _bomb(source: str, exc: Exception) -> ImageRejected:
    return ImageRejected(
        source,
        f"it is a decompression bomb (claims more pixels than is safe to decode: {exc})",
        TOO_LARGE,
    )


def _damaged(source: str, exc: Exception) -> ImageRejected:
    return ImageRejected(source, f"the image is damaged or truncated ({exc})", BINARY)


def is_decorative_size(image: ImageData) -> bool:
    """True for icons and tracking pixels: smaller than MIN_SIDE on both sides."""
    return 0 < image.width < MIN_SIDE and 0 < image.height < MIN_SIDE
