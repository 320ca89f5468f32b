"""A board card keeps its fonts and its title's layout between paints: a card painted again
(hover, selection) or by another delegate is the same picture, and a larger font still makes
larger cards with their title wrapped anew."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from crmdesk.domain.sprints import StoryKind, StoryRead
from crmdesk.ui.features.sprints.board_model import CardListModel
from crmdesk.ui.features.sprints.card_delegate import CardDelegate, _title_lines, card_height

TITLE = "Fiche compte unique avec le code ERP et le dédoublonnage des contacts importés du salon"


def _card(title: str = TITLE) -> StoryRead:
    return StoryRead(
        id=1, ref="US-001", title=title, as_a="", i_want="", so_that="", kind=StoryKind.INTERFACE, points=None,
        lot_id=None, lot_name="", sprint_id=1, sprint_number=1, column_id=1, column_key="todo", column_name="",
        column_is_done=False, assignee_id=1, assignee_name="Claire Martin", acceptance_criteria="", rank=1.0,
        need_ids=(1, 2), need_refs=("BES-001", "BES-002"), created_at="", updated_at="", open_defects=1)


def _paint(delegate: CardDelegate, model: CardListModel, font: QFont, width: int = 260,
           selected: bool = False) -> QImage:
    option = QStyleOptionViewItem()
    option.font = font
    option.rect = QRect(0, 0, width, card_height(font))
    option.state = QStyle.StateFlag.State_Enabled | (QStyle.StateFlag.State_Selected if selected
                                                     else QStyle.StateFlag.State_None)
    image = QImage(width, option.rect.height(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def test_a_card_painted_again_is_the_same_picture(qapp):  # type: ignore[no-untyped-def]
    model = CardListModel(1, None)
    model.set_cards([_card()])
    font = QFont(qapp.font())
    first = _paint(CardDelegate(), model, font)
    delegate = CardDelegate()
    assert _paint(delegate, model, font) == first
    assert _paint(delegate, model, font, selected=True) != first
    assert _paint(delegate, model, font) == first  # from the delegate's fonts and the title's lines
    assert delegate.sizeHint(QStyleOptionViewItem(), model.index(0, 0)).height() == card_height(
        QStyleOptionViewItem().font)


def test_a_larger_font_makes_larger_cards_wrapped_anew(qapp):  # type: ignore[no-untyped-def]
    model = CardListModel(1, None)
    model.set_cards([_card()])
    font = QFont(qapp.font())
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.5)
    delegate = CardDelegate()
    small_card, large_card = _paint(delegate, model, font), _paint(delegate, model, larger)
    assert large_card.height() > small_card.height()
    option = QStyleOptionViewItem()
    option.font = larger
    assert delegate.sizeHint(option, model.index(0, 0)).height() == card_height(larger)
    fonts = delegate._fonts(font)
    lines, wider = _title_lines(TITLE, fonts, 200.0), _title_lines(TITLE, fonts, 600.0)
    assert len(lines) == 2 and lines[1].endswith("…") and lines != wider
    assert _title_lines(TITLE, delegate._fonts(larger), 200.0) != lines
    assert _title_lines("Court", fonts, 200.0) == ("Court",)
