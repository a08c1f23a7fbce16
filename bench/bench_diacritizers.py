"""Offline Arabic diacritisers measured side by side on fully diacritised WikiNews.

Ground truth: ``wikinews-ar_FULLY-DIACRITIZED_MULTI-ARTICLE.txt`` (WikiNews test set as
published with Farasa; the three ``wikinews-ar_tashkeel_0*`` files are verbatim extracts of it and
are scored on their own with ``--files``). Each line is split into sentences the way the
read-aloud path does (``desktop.arabic.sentences``), the marks are stripped, each sentence goes
through the candidate alone (that is what the app will do), and the output is scored against the
truth.

Scoring (documented in docs/diacritization.md):
- Text is NFC-normalised. Only Arabic letters (U+0621–U+063A, U+0641–U+064A) are scored; digits,
  Latin, punctuation and spacing are ignored, so a candidate may move spaces or punctuation.
- A letter's *class* is the set of harakat after it (U+064B–U+0652: three tanween, fatha, damma,
  kasra, shadda, sukun), order-free; no mark at all is the class "none". The superscript alef
  (U+0670), which some models add, is not a haraka here and is ignored.
- Predicted letters are aligned with the truth letters (exact letter sequence; difflib opcodes
  when a candidate adds, drops or changes letters): a truth letter with no aligned letter, or an
  aligned letter of another shape, is an error.
- DER = wrong letters / letters. "no CE" leaves out the last Arabic letter of every whitespace
  word (the case ending), as in Fadel et al. 2019.
- WER = words (whitespace tokens with at least one Arabic letter) with any wrong letter / words;
  "no CE" ignores the last letter of each word.
- Speed: wall time to diacritise the whole text one sentence a call, after a warm-up call
  (model loading is reported apart as "load"), per 1,000 whitespace words. ONNX Runtime
  candidates run with one intra-op thread (``TT_ORT_THREADS=1``), as Qari runs them: on a
  sentence-sized input more threads were 3x slower here (2 cores).

Each candidate lives in its own virtual environment (some pull in torch or CUDA wheels), so run
this once per environment and merge: ``--only NAME --jsonl results.jsonl`` appends, and
``--table results.jsonl`` prints the Markdown table. Install size is the on-disk size of the
candidate's distribution and all its requirements as installed (RECORD files), measured in the
running environment.

    PYTHONPATH=. venv/bin/python bench/bench_diacritizers.py --only mishkal --jsonl r.jsonl
    python bench/bench_diacritizers.py --table r.jsonl
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.arabic import sentences  # noqa: E402

os.environ.setdefault("TT_ORT_THREADS", "1")

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "text"
TRUTH_FILE = "wikinews-ar_FULLY-DIACRITIZED_MULTI-ARTICLE.txt"

HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653))
IGNORED_MARKS = frozenset({"\u0670"})  # superscript (dagger) alef
_STRIP_RE = re.compile("[\u064b-\u0652\u0670]")


def is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u063a" or "\u0641" <= ch <= "\u064a"


def strip_marks(text: str) -> str:
    """The undiacritised text a reader sees (harakat and dagger alef removed)."""
    return _STRIP_RE.sub("", unicodedata.normalize("NFC", text))


@dataclass(frozen=True, slots=True)
class Letter:
    char: str
    marks: frozenset[str]
    word: int  # index of the whitespace word (truth side only)
    last: bool  # last Arabic letter of its word: carries the case ending


def letters(text: str) -> list[Letter]:
    """Arabic letters of ``text`` with the harakat that follow each."""
    out: list[Letter] = []
    for w, token in enumerate(unicodedata.normalize("NFC", text).split()):
        word: list[Letter] = []
        for ch in token:
            if is_letter(ch):
                word.append(Letter(ch, frozenset(), w, False))
            elif ch in HARAKAT and word:
                prev = word[-1]
                word[-1] = Letter(prev.char, prev.marks | {ch}, w, False)
            elif ch in IGNORED_MARKS:
                continue
        if word:
            word[-1] = Letter(word[-1].char, word[-1].marks, w, True)
        out += word
    return out


@dataclass(slots=True)
class Score:
    letters: int = 0
    letter_errors: int = 0
    letters_no_ce: int = 0
    letter_errors_no_ce: int = 0
    words: int = 0
    word_errors: int = 0
    word_errors_no_ce: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def der(self) -> float:
        return self.letter_errors / max(1, self.letters)

    @property
    def der_no_ce(self) -> float:
        return self.letter_errors_no_ce / max(1, self.letters_no_ce)

    @property
    def wer(self) -> float:
        return self.word_errors / max(1, self.words)

    @property
    def wer_no_ce(self) -> float:
        return self.word_errors_no_ce / max(1, self.words)


def score(truth: str, predicted: str) -> Score:
    """Compare one diacritised text with its truth (see the module docstring)."""
    t = letters(truth)
    p = letters(predicted)
    wrong = [True] * len(t)
    tc, pc = "".join(x.char for x in t), "".join(x.char for x in p)
    if tc == pc:
        blocks = [(0, 0, len(t))]
    else:
        blocks = [
            (i1, j1, i2 - i1)
            for op, i1, i2, j1, _ in difflib.SequenceMatcher(
                None, tc, pc, autojunk=False
            ).get_opcodes()
            if op == "equal"
        ]
    for ti, pi, n in blocks:
        for k in range(n):
            wrong[ti + k] = t[ti + k].marks != p[pi + k].marks
    s = Score()
    bad_words: set[int] = set()
    bad_words_no_ce: set[int] = set()
    for letter, bad in zip(t, wrong, strict=True):
        s.letters += 1
        s.letter_errors += bad
        if bad:
            bad_words.add(letter.word)
        if not letter.last:
            s.letters_no_ce += 1
            s.letter_errors_no_ce += bad
            if bad:
                bad_words_no_ce.add(letter.word)
    s.words = len({x.word for x in t})
    s.word_errors = len(bad_words)
    s.word_errors_no_ce = len(bad_words_no_ce)
    return s


def truth_sentences(path: Path) -> list[str]:
    """Diacritised sentences of a WikiNews file, category header lines («# ...») left out."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        out += [s.text for s in sentences(line)]
    return out


# --- candidates ----------------------------------------------------------------------------


class Unavailable(Exception):
    """The candidate cannot run here; the message says why."""


def _none() -> Callable[[str], str]:
    return lambda text: text


def _mishkal() -> Callable[[str], str]:
    import mishkal.tashkeel

    vocalizer = mishkal.tashkeel.TashkeelClass()
    return vocalizer.tashkeel


def _text2tashkeel(model: str) -> Callable[[], Callable[[str], str]]:
    def make() -> Callable[[str], str]:
        from text2tashkeel import Diacritizer

        return Diacritizer(model).diacritize

    return make


def _arabic_diacritizer(no_cache: bool) -> Callable[[], Callable[[str], str]]:
    def make() -> Callable[[str], str]:
        from diacritize import Diacritizer

        return Diacritizer.from_pretrained(no_cache=no_cache).diacritize

    return make


def _qari() -> Callable[[str], str]:
    from desktop.tts.diacritizer import TashkeelDiacritizer

    return TashkeelDiacritizer().diacritize


def _ichkil() -> Callable[[str], str]:
    import ichkil

    ichkil.diacritize("كتب")  # fetches its model from a hub on first use
    return ichkil.diacritize


def _catt() -> Callable[[str], str]:
    from catt_tashkeel import CATTEncoderDecoder

    model = CATTEncoderDecoder()  # fetches its ONNX files on first use
    return lambda text: model.do_tashkeel_batch([text])[0]


def _arabic_tts_frontend() -> Callable[[str], str]:
    import arabic_tts_frontend  # noqa: F401

    raise Unavailable(
        "ships no lexicon: its Diacritiser needs a lexicon JSON the caller builds from a corpus"
    )


# name -> (distribution to size and licence, factory)
CANDIDATES: dict[str, tuple[str | None, Callable[[], Callable[[str], str]]]] = {
    "none": (None, _none),
    "mishkal": ("mishkal", _mishkal),
    "text2tashkeel:rawi-ensemble": ("text2tashkeel", _text2tashkeel("rawi-ensemble")),
    "text2tashkeel:rawi-v2-int8": ("text2tashkeel", _text2tashkeel("rawi-v2-int8")),
    "text2tashkeel:rawi-v3-int8": ("text2tashkeel", _text2tashkeel("rawi-v3-int8")),
    "text2tashkeel:rawi-int8": ("text2tashkeel", _text2tashkeel("rawi-int8")),
    "text2tashkeel:bilstm-int8": ("text2tashkeel", _text2tashkeel("bilstm-int8")),
    "text2tashkeel:rawi-v2-int8+rawi-int8": (
        "text2tashkeel",
        _text2tashkeel("rawi-v2-int8+rawi-int8"),
    ),
    # What Qari speaks: rawi-v3-int8 merged onto the writer's letters and marks.
    "qari (rawi-v3-int8 merged)": ("text2tashkeel", _qari),
    "arabic-diacritizer": ("arabic-diacritizer", _arabic_diacritizer(no_cache=False)),
    "arabic-diacritizer:no-cache": ("arabic-diacritizer", _arabic_diacritizer(no_cache=True)),
    "ichkil": ("ichkil", _ichkil),
    "catt-tashkeel": ("catt-tashkeel", _catt),
    "arabic-tts-frontend": ("arabic-tts-frontend", _arabic_tts_frontend),
}


def _requirement_names(dist) -> Iterable[str]:
    for req in dist.requires or []:
        if "extra ==" in req:
            continue
        yield re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0]


def install_footprint(name: str) -> tuple[int, str, list[str]]:
    """(bytes on disk of ``name`` and everything it requires, licence, dependency names)."""
    from importlib import metadata

    seen: dict[str, metadata.Distribution] = {}
    todo = [name]
    while todo:
        n = todo.pop().lower().replace("_", "-")
        if n in seen:
            continue
        try:
            dist = metadata.distribution(n)
        except metadata.PackageNotFoundError:
            continue
        seen[n] = dist
        todo += list(_requirement_names(dist))
    size = 0
    for dist in seen.values():
        for f in dist.files or []:
            path = Path(dist.locate_file(f))
            if path.is_file():
                size += path.stat().st_size
    top = seen.get(name.lower())
    licence = ""
    if top is not None:
        meta = top.metadata
        licence = meta.get("License-Expression") or ""
        if not licence:
            classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []]
            licence = "; ".join(c for c in classifiers if "License" in c or "GPL" in c)
        if not licence:
            licence = (meta.get("License") or "").splitlines()[0] if meta.get("License") else ""
    return size, licence, sorted(n for n in seen if n != name.lower())


@dataclass(slots=True)
class Result:
    name: str
    corpus: str
    status: str = "ok"
    note: str = ""
    score: dict = field(default_factory=dict)
    der: float = 0.0
    der_no_ce: float = 0.0
    wer: float = 0.0
    wer_no_ce: float = 0.0
    words: int = 0
    load_s: float = 0.0
    s_per_1000_words: float = 0.0
    install_bytes: int = 0
    licence: str = ""
    deps: list[str] = field(default_factory=list)
    python: str = field(default_factory=lambda: sys.version.split()[0])


def run(name: str, files: list[Path]) -> Result:
    dist, factory = CANDIDATES[name]
    corpus = "+".join(f.name for f in files)
    result = Result(name, corpus)
    if dist is not None:
        result.install_bytes, result.licence, result.deps = install_footprint(dist)
    truth = [s for f in files for s in truth_sentences(f)]
    inputs = [strip_marks(s) for s in truth]
    result.words = sum(len(s.split()) for s in inputs)
    started = time.perf_counter()
    try:
        diacritize = factory()
        diacritize(inputs[0])  # warm-up: sessions and caches are built lazily
    except ImportError as exc:
        result.status, result.note = "not installed", str(exc)
        return result
    except Unavailable as exc:
        result.status, result.note = "unusable", str(exc)
        return result
    except Exception as exc:  # noqa: BLE001 - recorded: a network fetch fails here
        result.status, result.note = "failed", f"{type(exc).__name__}: {exc}"[:300]
        return result
    result.load_s = time.perf_counter() - started
    total = Score()
    started = time.perf_counter()
    outputs = [diacritize(s) for s in inputs]
    elapsed = time.perf_counter() - started
    for t, o in zip(truth, outputs, strict=True):
        total.add(score(t, o))
    result.score = asdict(total)
    result.der, result.der_no_ce = total.der, total.der_no_ce
    result.wer, result.wer_no_ce = total.wer, total.wer_no_ce
    result.s_per_1000_words = elapsed / max(1, result.words) * 1000
    return result


def table(results: list[Result]) -> str:
    head = (
        "| candidate | status | DER | DER no CE | WER | WER no CE | s / 1,000 words | load s "
        "| installed MB (with deps) | licence |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
    )
    rows = [head]
    for r in results:
        mb = f"{r.install_bytes / 1e6:,.0f}" if r.install_bytes else "—"
        if r.status == "ok":
            rows.append(
                f"| {r.name} | ok | {r.der:.1%} | {r.der_no_ce:.1%} | {r.wer:.1%} | "
                f"{r.wer_no_ce:.1%} | {r.s_per_1000_words:.2f} | {r.load_s:.1f} | {mb} "
                f"| {r.licence or '—'} |"
            )
        else:
            rows.append(
                f"| {r.name} | {r.status}: {r.note[:90]} | — | — | — | — | — | — | {mb} "
                f"| {r.licence or '—'} |"
            )
    return "\n".join(rows)


# --- what eSpeak NG says -----------------------------------------------------------------------


def espeak_phonemes(text: str) -> str:
    """eSpeak NG's phonemes for ``text`` (``espeak-ng -v ar -x``), stress and pauses removed."""
    out = subprocess.run(
        ["espeak-ng", "-v", "ar", "-x", "-q", "--", text], capture_output=True, text=True
    ).stdout
    return re.sub(r"[\s',_!|]", "", out)


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def drop_case_endings(text: str) -> str:
    """Every word's last letter loses its vowel or tanween (shadda and sukun stay): the pausal
    reading, for a comparison that does not count case endings."""
    vowels = "\u064b\u064c\u064d\u064e\u064f\u0650"

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        letters_at = [i for i, ch in enumerate(w) if is_letter(ch)]
        if not letters_at:
            return w
        i = letters_at[-1] + 1
        j = i
        while j < len(w) and w[j] in HARAKAT:
            j += 1
        return w[:i] + "".join(ch for ch in w[i:j] if ch not in vowels) + w[j:]

    return re.sub(r"\S+", word, text)


def phoneme_table(name: str, files: list[Path], sample: int) -> str:
    """Phoneme error rate of eSpeak NG reading the candidate's output, against eSpeak NG
    reading the human tashkeel. DER counts marks; this counts what the listener hears."""
    from desktop.tts.diacritizer import espeak_orthography, shadda_first

    diacritize = CANDIDATES[name][1]()
    truth = [s for f in files for s in truth_sentences(f)]
    truth = random.Random(7).sample(truth, min(sample, len(truth)))
    refs = {
        "human tashkeel, shadda first": [espeak_phonemes(shadda_first(t)) for t in truth],
        "human tashkeel, Qari spelling": [espeak_phonemes(espeak_orthography(t)) for t in truth],
        "human tashkeel, pausal": [
            espeak_phonemes(drop_case_endings(shadda_first(t))) for t in truth
        ],
    }
    outputs = [diacritize(strip_marks(t)) for t in truth]
    variants = {
        "as written (no diacritisation)": lambda t, o: strip_marks(t),
        f"{name}, Unicode order (NFC)": lambda t, o: unicodedata.normalize("NFC", o),
        f"{name}, shadda first": lambda t, o: shadda_first(o),
        f"{name}, Qari spelling (+ wasl «ٱ»)": lambda t, o: espeak_orthography(o),
    }
    rows = ["| eSpeak NG reads | " + " | ".join(f"PER vs {r}" for r in refs) + " |"]
    rows.append("|---|" + "---:|" * len(refs))
    for label, make in variants.items():
        said = [make(t, o) for t, o in zip(truth, outputs, strict=True)]
        cells = []
        for ref_name, ref in refs.items():
            pausal = ref_name.endswith("pausal") and not label.startswith("as written")
            heard = [espeak_phonemes(drop_case_endings(x) if pausal else x) for x in said]
            errors = sum(edit_distance(h, r) for h, r in zip(heard, ref, strict=True))
            cells.append(f"{errors / sum(len(r) for r in ref):.1%}")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return f"{len(truth)} sentences\n\n" + "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help=f"candidates (default all): {list(CANDIDATES)}")
    parser.add_argument(
        "--files", nargs="*", help=f"truth files in {CORPUS} (default {TRUTH_FILE})"
    )
    parser.add_argument("--jsonl", type=Path, help="append one JSON line per result here")
    parser.add_argument("--table", type=Path, help="print the table of a results file and stop")
    parser.add_argument(
        "--phonemes",
        type=int,
        metavar="N",
        help="instead: eSpeak NG phoneme error rate of the first --only candidate on N sentences",
    )
    args = parser.parse_args(argv)
    if args.table:
        lines = args.table.read_text(encoding="utf-8").splitlines()
        print(table([Result(**json.loads(line)) for line in lines if line.strip()]))
        return 0
    files = [CORPUS / f for f in (args.files or [TRUTH_FILE])]
    missing = [f for f in files if not f.exists()]
    if missing:
        print(f"Missing ground truth: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    if args.phonemes:
        print(phoneme_table((args.only or ["qari (rawi-v3-int8 merged)"])[0], files, args.phonemes))
        return 0
    results = []
    for name in args.only or list(CANDIDATES):
        if name not in CANDIDATES:
            print(f"Unknown candidate {name!r}; known: {', '.join(CANDIDATES)}", file=sys.stderr)
            return 2
        r = run(name, files)
        results.append(r)
        print(table([r]).splitlines()[-1], flush=True)
        if args.jsonl:
            with args.jsonl.open("a", encoding="utf-8") as out:
                out.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    print()
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
