"""How fast web pages are saved: URL import from a local server (pages with pictures), saved-file
import of the corpus pages and of one saved as a single file, and (with --compare) the extractor
comparison behind docs/html-extraction.md.

    .venv/bin/python bench/bench_html.py [--pages 40] [--images 3] [--compare]

Traffic goes only to a server this script starts on 127.0.0.1 and stops at the end.
"""

from __future__ import annotations

import argparse
import collections
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]
CORPUS = REPO.parent / "shared" / "corpus"

from web_server import WebServer, jpeg, png  # noqa: E402

from desktop.importers.html_page import import_html_file  # noqa: E402
from desktop.importers.url_import import import_url  # noqa: E402

PARAGRAPH = (
    "<p>قال المرصد السوري لحقوق الإنسان إن مقاتلين من عدة كتائب سيطروا على مستودعات للذخيرة "
    "بالقرب من البلدة، في الوقت الذي دعا فيه الائتلاف الوطني إلى ضبط النفس وحماية المدنيين.</p>"
)


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    cells = [header] + [[f"{c:.1f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print("  " + "  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def page_html(n: int, images: int) -> str:
    figures = "".join(
        f"{PARAGRAPH * 3}<figure><img src='/img/{n}-{i}.{'jpg' if i % 2 == 0 else 'png'}' "
        f"alt='صورة {i}'><figcaption>تعليق الصورة {i} <span class='credit'>رويترز</span>"
        "</figcaption></figure>"
        for i in range(images)
    )
    return (
        f"<html lang='ar'><head><meta charset='utf-8'><title>خبر رقم {n} | موقع</title></head>"
        f"<body><nav><a href='/'>الرئيسية</a></nav><article><h1>خبر رقم {n}</h1>{figures}"
        f"{PARAGRAPH * 6}</article><aside class='related'>{PARAGRAPH}</aside></body></html>"
    )


def bench_urls(pages: int, images: int) -> None:
    rows = []
    for label, count, big in (
        ("text only", 0, False),
        (f"{images} pictures each", images, False),
        (f"{images} pictures, 1 huge", images, True),
    ):
        with WebServer() as web:
            served = 0
            for n in range(pages):
                for i in range(count):
                    colour = ((n * 37) % 256, (i * 91) % 256, 128)  # every picture distinct
                    if big and i == 0:
                        data, kind = jpeg(4000, 3000, colour=colour), "image/jpeg"
                    elif i % 2 == 0:
                        data, kind = jpeg(1200, 800, colour=colour), "image/jpeg"
                    else:
                        data, kind = png(800, 600, colour=colour), "image/png"
                    web.add(
                        f"/img/{n}-{i}.{'jpg' if i % 2 == 0 else 'png'}",
                        body=data,
                        content_type=kind,
                    )
                    served += len(data)
                web.page(f"/p/{n}", page_html(n, count))
            times, stored = [], 0
            start, cpu = time.perf_counter(), time.process_time()
            for n in range(pages):
                t0 = time.perf_counter()
                article = import_url(web.url(f"/p/{n}"))
                times.append(time.perf_counter() - t0)
                stored += len(article.images)
                assert len(article.images) == count, (label, n, len(article.images))
            total, cpu = time.perf_counter() - start, time.process_time() - cpu
        rows.append(
            [
                label,
                pages,
                stored,
                served / 1e6,
                total,
                cpu,
                pages / total,
                stored / total,
                statistics.median(times) * 1000,
                max(times) * 1000,
            ]
        )
    table(
        "URL import from a local HTTP server (127.0.0.1), sequential pages; CPU s is the whole "
        "process (server and image threads too): wall time swings on this shared 2-core box",
        [
            "pages",
            "n",
            "images",
            "MB served",
            "wall s",
            "CPU s",
            "pages/s",
            "images/s",
            "median ms",
            "max ms",
        ],
        rows,
    )


def bench_files(repeat: int) -> None:
    rows = []
    for path in sorted((CORPUS / "html").glob("*.html")):
        data = path.read_bytes()
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            article = import_html_file(path, data)
            times.append(time.perf_counter() - t0)
        rows.append(
            [
                path.name[:40],
                len(data) // 1000,
                len(article.blocks),
                statistics.median(times) * 1000,
            ]
        )
    table(
        f"Saved-file import of the corpus pages (median of {repeat})",
        ["page", "KB", "blocks", "ms"],
        rows,
    )


def bench_single_files(repeat: int) -> None:
    """The CNN corpus page saved as one file, as Chrome (.mhtml) and Safari (.webarchive)
    write it, with its lead photo and with 20 more 2 MB parts the page does not show (a
    photo-heavy page's size)."""
    from single_file_pages import chrome_mhtml, part, safari_webarchive

    from desktop.importers.mhtml import import_mhtml_file
    from desktop.importers.webarchive import import_webarchive_file

    page_path = next((CORPUS / "html").glob("01_*.html"))
    page = page_path.read_bytes()
    url = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
    photo = (url.rsplit("/", 1)[0] + "/Gal.syria.assad.army.jpg_-1_-1.jpg", jpeg(640, 360))
    rows = []
    for extra in (0, 20):
        # Parts that differ (Safari's property list would store equal ones once).
        padding = [(f"https://cdn.example/{n}.jpg", bytes([n]) * 2_000_000) for n in range(extra)]
        files = {
            ".mhtml": (
                chrome_mhtml(page, url, *(part("image/jpeg", u, b) for u, b in [photo, *padding])),
                import_mhtml_file,
            ),
            ".webarchive": (
                safari_webarchive(page, url, *(("image/jpeg", u, b) for u, b in [photo, *padding])),
                import_webarchive_file,
            ),
        }
        for suffix, (data, importer) in files.items():
            times = []
            for _ in range(max(1, repeat // (4 if extra else 1))):
                t0 = time.perf_counter()
                article = importer(Path("page" + suffix), data, warnings=[])
                times.append(time.perf_counter() - t0)
            rows.append(
                [suffix, len(data) // 1000, len(article.images), statistics.median(times) * 1000]
            )
    table(
        "Single-file page import: the CNN page and its photo, then with 40 MB more parts",
        ["file", "KB", "images", "ms"],
        rows,
    )


# --- the extractor comparison (docs/html-extraction.md) --------------------------------------

EXPECTED_TITLES = {
    "01": "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
    "04": "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة "
    "سودانية ولا حاجة لنستورد شيئا",
    "05": "windows-1256",
    "06": "ISO-8859-6",
}
CHROME = [
    "الصفحة الرئيسية",
    "الأكثر تصفحاً",
    "ترحب شبكة",
    "الآراء الواردة",
    "Cable News",
    "الأحوال الجوية",
    "إضافة تعليق",
    "تابعونا على",
    "جريدة الصباح بتاريخ",
    "غائم جزئيا",
    "نسخة للطباعة",
    "آخر تحديث",
]


def _tokens(text: str) -> collections.Counter:
    return collections.Counter(re.findall(r"\w+", text))


def _overlap(got: str, want: str) -> tuple[float, float]:
    g, w = _tokens(got), _tokens(want)
    hit = sum(min(c, g[t]) for t, c in w.items())
    return hit / max(1, sum(w.values())), hit / max(1, sum(g.values()))


def compare(repeat: int) -> None:
    from lxml import html as lxml_html
    from readability import Document

    from desktop.importers.html_decode import decode_html

    try:
        import trafilatura
    except ImportError:
        print("\n--compare needs trafilatura (pip install trafilatura); skipped.")
        return
    expected = CORPUS / "text" / "cnn-arabic_2013-08-28_syria-clashes.newspaper-expected.txt"
    expected_text = expected.read_text("utf-8")

    def qari(path: Path, data: bytes, text: str):
        a = import_html_file(path, data)
        return a.title, "\n".join(b.text for b in a.blocks)

    def readability_raw(path: Path, data: bytes, text: str):
        doc = Document(text)
        title = doc.short_title()
        return title, lxml_html.fromstring(doc.summary(html_partial=True)).text_content()

    def trafilatura_raw(path: Path, data: bytes, text: str):
        doc = trafilatura.bare_extraction(text, include_images=True, with_metadata=True)
        return (doc.title or "", doc.text or "") if doc else ("", "")

    rows = []
    for name, run in (
        ("trafilatura", trafilatura_raw),
        ("readability-lxml", readability_raw),
        ("Qari (readability + ours)", qari),
    ):
        titles, chrome, times, recall, precision = 0, set(), [], 0.0, 0.0
        for path in sorted((CORPUS / "html").glob("*.html")):
            data = path.read_bytes()
            text = decode_html(data, str(path))  # all three get the same correctly decoded text
            t0 = time.perf_counter()
            for _ in range(repeat):
                title, body = run(path, data, text)
            times.append((time.perf_counter() - t0) / repeat)
            titles += " ".join(title.split()) == EXPECTED_TITLES[path.name[:2]]
            chrome |= {c for c in CHROME if c in body}
            if path.name.startswith("01"):
                recall, precision = _overlap(body, expected_text)
        rows.append(
            [
                name,
                f"{titles}/4",
                f"{recall:.3f}",
                f"{precision:.3f}",
                ", ".join(sorted(chrome)) or "none",
                sum(times) * 1000 / len(times),
            ]
        )
    table(
        "Extractors on shared/corpus/html (text decoded by html_decode for all)",
        ["extractor", "titles right", "recall 01", "precision 01", "chrome left in", "ms/page"],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--images", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--compare", action="store_true", help="also compare extractors")
    args = parser.parse_args()
    bench_urls(args.pages, args.images)
    if (CORPUS / "html").is_dir():
        bench_files(args.repeat)
        bench_single_files(args.repeat)
        if args.compare:
            compare(max(1, args.repeat // 4))


if __name__ == "__main__":
    main()
