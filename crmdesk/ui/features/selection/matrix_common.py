"""Small pieces shared by the scoring matrix and the workshop: the colour scale of the marks,
number texts in the interface's language, and the labels of the selection's enums."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from crmdesk.domain.selection import (
    CANDIDATE_KIND_LABELS,
    CANDIDATE_STATUS_LABELS,
    CandidateKind,
    CandidateStatus,
    SelectionSettingsRead,
)
from crmdesk.domain.selection_results import fmt_number

# Marks 0 → 5: light red, orange, amber, pale yellow-green, green, teal. Light enough for black
# text everywhere; lightness and hue both change, so the scale stays readable without red/green
# vision (and the mark is always written in the cell).
SCALE_STOPS = ("#E8786B", "#F4A76F", "#F9D57E", "#E4EBA0", "#A6D9A8", "#5FBFA8")
TEXT = QColor("#1A1A1A")
MUTED = QColor("#707070")
OUT_BG = QColor("#E9E9E9")  # a candidate out of the ranking
OUT_FG = QColor("#8A8A8A")
GROUP_BG = QColor("#DCE3EE")
GROUP_FG = QColor("#1F2D3D")
EMPTY_BG = QColor("#FFFFFF")
KNOCKOUT = QColor("#B3261E")
DISAGREE = QColor("#8A4B00")
CONSENSUS = QColor("#1E4E9A")
WINNER_BG = QColor("#CFEBD5")


def qt_translate(context: str, text: str) -> str:
    """The ``translate(context, text)`` the domain's texts take, through Qt's translators."""
    return QCoreApplication.translate(context, text)


def chart_translate() -> Callable[[str, str], str]:
    """The translate function for the chart builders (they read the .ts, not Qt)."""
    from crmdesk.i18n import translator

    return translator("fr" if QLocale().language() == QLocale.Language.French else "en")


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _build_scale() -> tuple[QColor, ...]:
    stops = [QColor(s) for s in SCALE_STOPS]
    out = []
    for tenth in range(51):
        value = tenth / 10
        low = min(int(value), 4)
        out.append(_mix(stops[low], stops[low + 1], value - low))
    return tuple(out)


SCALE = _build_scale()  # one colour per tenth of a mark


def tenth(value: float) -> int:
    """The mark in tenths (0..50), the index into ``SCALE`` and ``mark_texts``."""
    return max(0, min(50, int(math.floor(value * 10 + 0.5))))


def mark_colour(value: float | None) -> QColor:
    if value is None or math.isnan(value):
        return EMPTY_BG
    return SCALE[tenth(value)]


def mark_texts() -> tuple[str, ...]:
    """The 51 texts of the marks 0, 0.1 … 5: "4" for a whole mark, "4.3" (or "4,3") otherwise."""
    out = []
    for t in range(51):
        out.append(str(t // 10) if t % 10 == 0 else fmt_number(t / 10, 1, qt_translate))
    return tuple(out)


def mark_text(value: float | None) -> str:
    if value is None or math.isnan(value):
        return ""
    return str(round(value)) if abs(value - round(value)) < 1e-9 else fmt_number(value, 1, qt_translate)


def percent(value: float | None, decimals: int = 1) -> str:
    if value is None or math.isnan(value):
        return ""
    return fmt_number(value, decimals, qt_translate) + "\u00a0%"


def score_labels(settings: SelectionSettingsRead | None) -> list[str]:
    """The six labels of the marks 0..5, the pilot's own or the translated defaults."""
    if settings is None:
        from crmdesk.domain.selection import DEFAULT_SCORE_LABELS

        return [qt_translate("ScoreLabel", t) for t in DEFAULT_SCORE_LABELS]
    return [settings.score_label(v, qt_translate) for v in range(6)]


def status_label(status: CandidateStatus) -> str:
    return qt_translate("CandidateStatus", CANDIDATE_STATUS_LABELS[status])


def kind_label(kind: CandidateKind) -> str:
    return qt_translate("CandidateKind", CANDIDATE_KIND_LABELS[kind])
