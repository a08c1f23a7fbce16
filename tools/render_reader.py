"""Render the reader to PNG offscreen, to look at Arabic shaping, RTL alignment and figures.

    .venv/bin/python bench/render_reader.py [OUT_DIR]

Writes reader_<theme>_<size>pt[_figure|_quote].png for light and high contrast at 100% and 200% of
the default font size: the seed article as imported (its figure has no image: the placeholder)
and the same article with a generated image in the figure.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop.importers.scraped_text import parse_text  # noqa: E402
from desktop.model import BlockKind, ImageData, Position  # noqa: E402
from desktop.ui.reader_view import ReaderView  # noqa: E402
from desktop.ui.typography import DEFAULT_SIZE, Typography  # noqa: E402

SEED = REPO.parent / "shared" / "corpus" / "seed" / "000_ddfd03b2f5742ae1.txt"


def demo_image(width: int = 800, height: int = 450) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor("#c9a66b"))
    gradient.setColorAt(1, QColor("#4a6b8a"))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "demo image")
    painter.end()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/qari-reader-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    article = parse_text(SEED.read_text(encoding="utf-8"))[0]
    article.published = article.published or "2016-12-08"
    img = ImageData.from_bytes(demo_image(), "image/png", 800, 450)
    with_image = replace(
        article,
        blocks=[
            replace(b, image=img.sha256, alt="أنقاض مبان سكنية في حلب")
            if b.kind == BlockKind.FIGURE
            else b
            for b in article.blocks
        ],
        images={img.sha256: img},
        content_hash="",
    )
    view = ReaderView(None)
    view.resize(900, 1100)
    view.show()
    for theme in ("light", "high_contrast"):
        for factor in (1, 2):
            size = DEFAULT_SIZE * factor
            view.set_typography(Typography(size=size, theme=theme))
            for suffix, art in (("", article), ("_figure", with_image)):
                view.show_article_obj(art)
                app.processEvents()
                path = out / f"reader_{theme}_{int(size)}pt{suffix}.png"
                view.grab().save(str(path))
                print(path)
            quote = next(i for i, b in enumerate(article.blocks) if b.kind == BlockKind.QUOTE)
            view.restore_position(Position(quote - 1, 0))
            app.processEvents()
            path = out / f"reader_{theme}_{int(size)}pt_quote.png"
            view.grab().save(str(path))
            print(path)
    # Highlights: find marks and the spoken sentence/word, in a light and a dark theme.
    from desktop.arabic import sentences, words

    for theme in ("light", "dark"):
        view.set_typography(Typography(theme=theme))
        view.show_article_obj(with_image)
        index = next(i for i, b in enumerate(article.blocks) if b.kind == BlockKind.PARAGRAPH)
        sentence = sentences(article.blocks[index].text)[0]
        word = words(sentence.text)[3]
        view.open_find()
        view.find_bar.edit.setText("ميستورا")
        view._on_find_query("ميستورا", select=False)
        view.set_speech_highlight(index, sentence.start, sentence.end, word.start, word.end)
        app.processEvents()
        path = out / f"reader_{theme}_marks.png"
        view.grab().save(str(path))
        print(path)
        view.find_bar.close_bar()
        view.clear_speech_highlight()
    (figure,) = view.built.figures.values()
    viewer = view.open_image_viewer(figure)
    app.processEvents()
    path = out / "image_viewer.png"
    viewer.grab().save(str(path))
    print(path)
    viewer.reject()
    view.close()


if __name__ == "__main__":
    main()
