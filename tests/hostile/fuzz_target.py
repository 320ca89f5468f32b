"""The fuzz target: valid files (the seeds) mutated byte by byte, or inside their zip members
and re-zipped, then previewed by every importer. Each preview must read the file or refuse it
with ``ImportRejected`` and one readable sentence -- never another exception, never longer
than ``TIME_BUDGET`` (a watchdog interrupts a hang).

``test_fuzz_importers.py`` runs it briefly in CI; ``fuzz_long.py`` runs it for minutes.
"""

from __future__ import annotations

import io
import re
import signal
import sys
import threading
import time
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import strategies as st

from hostile_support import IMPORTERS, TIME_BUDGET, preview, sentence_problems

# What breaks parsers: quotes, separators, line ends, encodings' marks, XML syntax and
# entities, references past the sheet's end, absurd numbers, formulas, long runs.
TOKENS = [
    b'"', b";", b",", b"\r\n", b"\r", b"\n", b"\t", b"\x00", b"\x1b", b"\x7f", b"\xff\xfe", b"\xfe\xff",
    b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\x81\x8d", b"sep=,\r\n", b"<", b">", b"&", b"&amp;", b"&#0;", b"&#x1F;",
    b"]]>", b"<![CDATA[", b"<!--", b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', b"&a;", b'<!ENTITY b SYSTEM "file:///">',
    b'r="XFD1048576"', b'r="A1048577"', b'r="0"', b'r="-1"', b' t="s"', b' t="b"', b' t="e"', b' t="d"',
    b' t="inlineStr"', b' s="999"', b"<v>1e400</v>", b"<v>nan</v>", b"<v>-0</v>", b"<v>99999999</v>",
    b"<v>2958466</v>", b"<f>SUM(A1:A2)</f>", b"<row/>", b'<row r="999999">', b"</row>", b"<c>", b"</c>",
    b"=HYPERLINK(", b"+33 6", b"@SUM(", b"BES-", b"CT-0", b"999999999999999999999", b"-1", b"1,5",
    b"1.500,00 \xe2\x82\xac",
    b"x" * 300, b" " * 1000, b"\xc3\xa9", b"\xf0\x9f\x98\x80", b"PK\x03\x04", b"\xd0\xcf\x11\xe0",
]
# Values put in a cell (a number or a text of any sheet: the hidden identifiers too).
NUMBERS = [b"0", b"-1", b"1.5", b"1e30", b"-1e30", b"1e400", b"-1e400", b"4.9e-324", b"9223372036854775808",
           b"2958466", b"99999999999", b"NaN", b"abc", b""]
TEXTS = [b"", b" ", b"x" * 32_768, b"=1+1", b"CT-001", b"CT-999999", b"BES-001", b"BES-0", b"passed", b"KO",
         b"1e400", b"nan", b"crmdesk-testers-workbook", b"crmdesk-questionnaire", b"format_version", b"case",
         b"\xe2\x80\xae", b"\xc3\xa9" * 10, b"_x0000_", b"&amp;&lt;"]
_VALUE_RE = re.compile(rb"<v>[^<]*</v>")
_TEXT_RE = re.compile(rb"(<t(?: [^>]*)?>)[^<]*(</t>)")
SUFFIXES = [".xlsx", ".csv", ".xls", ".txt", ".xlsm", ".ods"]
MAX_SIZE = 2_000_000  # the mutated file stays small: the large-file tests cover size


class Hang(BaseException):
    """Raised by the watchdog (a BaseException, so that no ``except Exception`` swallows it)."""


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with ``Hang`` (POSIX, main thread; elsewhere the
    caller's elapsed-time check still catches a slow preview)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def fire(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ------------------------------------------------------------------------------ mutations
def _mutate_bytes(draw: Callable[..., object], data: bytes, tokens: bool) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):  # type: ignore[arg-type]
        kind = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(len(out) - 1, 0)))  # type: ignore[arg-type]
        if kind == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))  # type: ignore[operator]
        elif kind == "set" and out:
            out[at] = draw(st.integers(0, 255))  # type: ignore[assignment]
        elif kind == "insert":
            piece = draw(st.sampled_from(TOKENS) if tokens else st.binary(min_size=1, max_size=16))
            out[at:at] = piece * draw(st.sampled_from([1, 1, 1, 2, 100]))  # type: ignore[operator]
        elif kind == "delete":
            del out[at:at + draw(st.integers(1, 64))]  # type: ignore[operator]
        elif kind == "truncate":
            del out[at:]
        elif kind == "duplicate":
            end = at + draw(st.integers(1, 4096))  # type: ignore[operator]
            out[draw(st.integers(0, len(out))):0] = out[at:end]  # type: ignore[misc]
    return bytes(out[:MAX_SIZE])


def _mutate_zip(draw: Callable[..., object], data: bytes) -> bytes:
    """Change what is inside: one member's XML mutated (or a member dropped, duplicated,
    renamed, emptied), then everything zipped again."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    index = draw(st.integers(0, len(members) - 1))
    name, content = members[index]  # type: ignore[index]
    kind = draw(st.sampled_from(["xml", "xml", "xml", "value", "value", "drop", "duplicate", "rename", "empty"]))
    if kind == "value":
        members[index] = (name, _mutate_value(draw, content))  # type: ignore[index]
    elif kind == "xml":
        members[index] = (name, _mutate_bytes(draw, content, tokens=draw(st.booleans())))  # type: ignore[index]
    elif kind == "drop":
        del members[index]  # type: ignore[arg-type]
    elif kind == "duplicate":
        members.append((name, content))
    elif kind == "rename":
        members[index] = (draw(st.sampled_from(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                                                "xl/workbook.xml", "[Content_Types].xml", "other.xml"])), content)  # type: ignore[index]
    else:
        members[index] = (name, b"")  # type: ignore[index]
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        warnings.simplefilter("ignore")  # "Duplicate name": wanted
        for member, payload in members:
            archive.writestr(member, payload)
    return buffer.getvalue()


def _mutate_value(draw: Callable[..., object], xml: bytes) -> bytes:
    """One number (``<v>``) or text (``<t>``) of the part replaced by an odd one."""
    numbers, texts = list(_VALUE_RE.finditer(xml)), list(_TEXT_RE.finditer(xml))
    if not numbers and not texts:
        return xml
    if numbers and (not texts or draw(st.booleans())):
        match = numbers[draw(st.integers(0, len(numbers) - 1))]  # type: ignore[index]
        return xml[:match.start()] + b"<v>" + draw(st.sampled_from(NUMBERS)) + b"</v>" + xml[match.end():]  # type: ignore[operator]
    match = texts[draw(st.integers(0, len(texts) - 1))]  # type: ignore[index]
    return xml[:match.start()] + match.group(1) + draw(st.sampled_from(TEXTS)) + match.group(2) + xml[match.end():]  # type: ignore[operator]


@st.composite
def mutated_files(draw: Callable[..., object], seeds: dict[str, bytes]) -> tuple[str, str, bytes]:
    """(seed name, file suffix, mutated bytes)."""
    name = draw(st.sampled_from(sorted(seeds)))
    data = seeds[name]  # type: ignore[index]
    if data.startswith(b"PK") and draw(st.integers(0, 3)):
        data = _mutate_zip(draw, data)
    else:
        data = _mutate_bytes(draw, data, tokens=draw(st.booleans()))
    suffix = Path(name).suffix if draw(st.integers(0, 5)) else draw(st.sampled_from(SUFFIXES))  # type: ignore[arg-type]
    return name, suffix, data  # type: ignore[return-value]


# ------------------------------------------------------------------------------- the check
def check_file(pf: object, path: Path, candidate_id: int) -> list[str]:
    """Preview ``path`` with every importer; what went wrong (empty: nothing)."""
    from crmdesk.domain.errors import ImportRejected

    problems = []
    for importer in IMPORTERS:
        started = time.perf_counter()
        try:
            with watchdog(TIME_BUDGET):
                preview(importer, pf, path, candidate_id)
        except ImportRejected as exc:
            if bad := sentence_problems(str(exc)):
                problems.append(f"{importer}: {bad}: {exc}")
        except Hang:
            problems.append(f"{importer}: still running after {TIME_BUDGET} s")
        except Exception as exc:  # noqa: BLE001 - exactly what the fuzzing looks for
            problems.append(f"{importer}: {type(exc).__name__}: {exc}"[:500])
        elapsed = time.perf_counter() - started
        if elapsed > TIME_BUDGET:
            problems.append(f"{importer}: {elapsed:.1f} s")
    return problems


def save_crash(directory: Path, suffix: str, data: bytes, problems: list[str]) -> Path:
    """Keep a failing input (and why) for the person fuzzing."""
    import hashlib

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"crash-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    path.write_bytes(data)
    path.with_name(path.name + ".txt").write_text("\n".join(problems) + "\n", encoding="utf-8")
    print(f"saved {path}", file=sys.stderr)
    return path
