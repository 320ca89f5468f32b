"""How a card of the board looks: kind stripe, ref, points badge, two lines of title, the
assignee's initials and name, the linked needs and, once acceptance exists, open defects.

Sizes come from the view's font, so the cards grow with View > Larger text (projector)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crmdesk.domain.sprints import StoryKind, StoryRead
from crmdesk.ui.features.sprints.board_model import CARD_ROLE
from crmdesk.ui.features.sprints.common import (
    KIND_COLOURS,
    initials,
    kind_label,
    points_text,
)

Index = QModelIndex | QPersistentModelIndex

PAD = 10
TEXT = QColor("#1F2933")
MUTED = QColor("#5F6B7A")
BORDER = QColor("#C9D1DB")
SELECTED = QColor("#2F6DB5")
SELECTED_BG = QColor("#EAF2FC")
DONE_BG = QColor("#F5F8F5")
POINTS_BG = QColor("#E3E8EF")
DEFECT_BG = QColor("#C0392B")
CHIP_BG = QColor("#EEF1F5")
WHITE = QColor("white")
UNESTIMATED_BG = QColor("#FBE9C6")


@dataclass(frozen=True)
class _Fonts:
    """The card's fonts and their metrics for one base font."""

    key: str  # the base font's
    small: QFont  # ref, kind, chips
    title: QFont
    badge: QFont  # points, ref, initials
    fs: QFontMetrics
    ft: QFontMetrics
    fb: QFontMetrics


def _make_fonts(base: QFont) -> _Fonts:
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() * 1.05)
    title.setWeight(QFont.Weight.DemiBold)
    badge = QFont(small)
    badge.setBold(True)
    return _Fonts(base.key(), small, title, badge, QFontMetrics(small), QFontMetrics(title), QFontMetrics(badge))


def _height(f: _Fonts) -> int:
    return PAD + f.fs.height() + 6 + 2 * f.ft.lineSpacing() + 8 + max(f.fs.height() + 6, 22) + PAD


def card_height(base: QFont) -> int:
    return _height(_make_fonts(base))


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts_by_key: dict[str, _Fonts] = {}

    def _fonts(self, base: QFont) -> _Fonts:
        """Made once per base font (View > Larger text changes it), not for every card painted."""
        key = base.key()
        found = self._fonts_by_key.get(key)
        if found is None:
            found = self._fonts_by_key[key] = _make_fonts(base)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, _height(self._fonts(option.font)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: StoryRead | None = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fonts = self._fonts(option.font)
        small, title_font, badge_font = fonts.small, fonts.title, fonts.badge
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = selected and bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)

        # the card and its kind stripe
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, SELECTED_BG if selected else (DONE_BG if card.column_is_done else WHITE))
        painter.setPen(QPen(SELECTED if selected else BORDER, 2.0 if focused else (1.6 if selected else 1.0)))
        painter.drawPath(path)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 3, 3)
        painter.fillPath(stripe, _kind_colour(card.kind))

        inner = rect.adjusted(PAD + 2, PAD - 2, -PAD + 2, -PAD + 2)
        fs, fb = fonts.fs, fonts.fb

        # top line: ref on the left, points badge on the right
        pts = points_text(card.points)
        badge_w = max(fb.horizontalAdvance(pts) + 14, fb.height() + 6)
        badge = QRectF(inner.right() - badge_w, inner.top(), badge_w, fs.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(POINTS_BG if card.points is not None else UNESTIMATED_BG)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(badge_font)
        painter.setPen(TEXT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, pts)
        painter.setFont(small)
        painter.setPen(MUTED)
        ref_rect = QRectF(inner.left(), inner.top(), inner.width() - badge_w - 6, fs.height() + 2)
        top_text = card.ref if not card.column_is_done else f"{card.ref} ✓"
        painter.setFont(badge_font)
        painter.drawText(ref_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, top_text)
        kind_x = fb.horizontalAdvance(top_text) + 8
        if kind_x < ref_rect.width():
            painter.setFont(small)
            painter.setPen(_kind_colour(card.kind))
            kind_rect = ref_rect.adjusted(kind_x, 0, 0, 0)
            painter.drawText(kind_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fs.elidedText(kind_label(card.kind), Qt.TextElideMode.ElideRight, int(kind_rect.width())))

        # title, two lines at most, elided
        y = inner.top() + fs.height() + 6
        painter.setPen(TEXT)
        self._draw_title(painter, card.title, fonts, QRectF(inner.left(), y, inner.width(), 0))

        # bottom line: assignee, need chips, defect badge
        ft = fonts.ft
        bottom_h = max(fs.height() + 6, 22)
        by = y + 2 * ft.lineSpacing() + 8
        x = inner.left()
        right = inner.right()
        if card.open_defects:
            text = QCoreApplication.translate("BoardCard", "{n} defect(s)").replace("{n}", str(card.open_defects))
            w = fb.horizontalAdvance(text) + 14
            chip = QRectF(right - w, by + (bottom_h - fs.height() - 4) / 2, w, fs.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DEFECT_BG)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setFont(badge_font)
            painter.setPen(WHITE)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            right -= w + 6
        if card.assignee_name:
            d = bottom_h - 2
            circle = QRectF(x, by + 1, d, d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_person_colour(card.assignee_name))
            painter.drawEllipse(circle)
            painter.setFont(badge_font)
            painter.setPen(WHITE)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(card.assignee_name))
            x += d + 6
            painter.setFont(small)
            painter.setPen(MUTED)
            first = card.assignee_name.split()[0]
            name_w = min(fs.horizontalAdvance(first) + 4, max(right - x - 8, 0))
            painter.drawText(QRectF(x, by, name_w + 4, bottom_h), Qt.AlignmentFlag.AlignVCenter,
                             fs.elidedText(first, Qt.TextElideMode.ElideRight, int(name_w)))
            x += name_w + 10
        painter.setFont(small)
        for n, ref in enumerate(card.need_refs):
            w = fs.horizontalAdvance(ref) + 10
            more = len(card.need_refs) - n - 1
            if x + w > right or (more and x + w + fs.horizontalAdvance(f"+{more}") + 12 > right):
                if x + fs.horizontalAdvance(f"+{len(card.need_refs) - n}") <= right:
                    painter.setPen(MUTED)
                    painter.drawText(QRectF(x, by, right - x, bottom_h), Qt.AlignmentFlag.AlignVCenter,
                                     f"+{len(card.need_refs) - n}")
                break
            chip = QRectF(x, by + (bottom_h - fs.height() - 2) / 2, w, fs.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CHIP_BG)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(MUTED)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, ref)
            x += w + 4
        painter.restore()

    def _draw_title(self, painter: QPainter, text: str, fonts: _Fonts, box: QRectF) -> None:
        """Two wrapped lines; the second one elided when the title is longer."""
        metrics = fonts.ft
        painter.setFont(fonts.title)
        y = box.top()
        for chunk in _title_lines(text, fonts, box.width()):
            painter.drawText(QRectF(box.left(), y, box.width(), metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chunk)
            y += metrics.lineSpacing()


_TITLES: dict[tuple[str, str, float], tuple[str, ...]] = {}
_TITLES_KEPT = 4000  # a few boards' worth; the cache starts over beyond


def _title_lines(text: str, fonts: _Fonts, width: float) -> tuple[str, ...]:
    """The title's two lines at most, wrapped and elided, laid out once per title, font and
    width rather than at every paint (hover and selection repaint the cards)."""
    key = (text, fonts.key, width)
    found = _TITLES.get(key)
    if found is not None:
        return found
    layout = QTextLayout(text, fonts.title)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while len(lines) < 2:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    chunks = []
    for i, (start, length) in enumerate(lines):
        chunk = text[start:] if i == len(lines) - 1 else text[start:start + length]
        chunks.append(fonts.ft.elidedText(chunk.strip(), Qt.TextElideMode.ElideRight, int(width)))
    if len(_TITLES) >= _TITLES_KEPT:
        _TITLES.clear()
    found = _TITLES[key] = tuple(chunks)
    return found


_PERSON_COLOURS = ("#2F6DB5", "#7B4FB0", "#16847D", "#B5482F", "#3C8D3A", "#A6662B", "#5A6AB0", "#A33F75")


@cache
def _colour(code: str) -> QColor:
    return QColor(code)


def _kind_colour(kind: StoryKind) -> QColor:
    return _colour(KIND_COLOURS[kind])


def _person_colour(name: str) -> QColor:
    return _colour(_PERSON_COLOURS[sum(map(ord, name)) % len(_PERSON_COLOURS)])
