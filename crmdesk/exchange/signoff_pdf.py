"""The PV de recette (acceptance sign-off report) as a PDF, with reportlab's platypus.

Sections: identification of the project and the campaign, scope, results, the exit criteria
(go/no-go) with their current values, the coverage of the mandatory needs, the open defects
as numbered reservations, the decision with its three boxes (ticked when recorded, empty for
a PV printed to be decided at the meeting), and signature blocks for the pilot, the key users
and the vendor. Every page carries "page x of y".

Fonts: DejaVu Sans (shipped with matplotlib, found without importing it) embeds every accent
and the ballot-box glyphs; without it, Helvetica (WinAnsi: French accents are covered) and
"[X]" boxes. User text is escaped before platypus parses it. The file is written beside the
target and moved into place: a failure leaves nothing behind.
"""

from __future__ import annotations

import importlib.util
import os
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crmdesk.domain.acceptance import (
    CoverageStatus,
    Decision,
    Result,
    Translate,
    label,
)
from crmdesk.domain.acceptance_signoff import SignoffReport
from crmdesk.domain.enums import Role
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.workbook import replace_atomically

CONTEXT = "Signoff"

T_TITLE = QT_TRANSLATE_NOOP("Signoff", "Acceptance sign-off report")
T_PROJECT = QT_TRANSLATE_NOOP("Signoff", "Project")
T_ORGANISATION = QT_TRANSLATE_NOOP("Signoff", "Organisation")
T_CAMPAIGN = QT_TRANSLATE_NOOP("Signoff", "Campaign")
T_KIND = QT_TRANSLATE_NOOP("Signoff", "Kind")
T_LOT = QT_TRANSLATE_NOOP("Signoff", "Lot")
T_ALL_LOTS = QT_TRANSLATE_NOOP("Signoff", "whole project")
T_DATES = QT_TRANSLATE_NOOP("Signoff", "Dates")
T_FROM_TO = QT_TRANSLATE_NOOP("Signoff", "from {start} to {end}")
T_TESTERS = QT_TRANSLATE_NOOP("Signoff", "Testers (key users)")
T_GENERATED = QT_TRANSLATE_NOOP("Signoff", "Report drawn up on")
T_SCOPE = QT_TRANSLATE_NOOP("Signoff", "Scope")
T_SCOPE_TEXT = QT_TRANSLATE_NOOP("Signoff", "{cases} test cases; {mandatory} mandatory needs to prove.")
T_ENTRY = QT_TRANSLATE_NOOP("Signoff", "Entry criteria")
T_EXIT = QT_TRANSLATE_NOOP("Signoff", "Exit criteria")
T_RESULTS = QT_TRANSLATE_NOOP("Signoff", "Results")
T_RESULT = QT_TRANSLATE_NOOP("Signoff", "Result")
T_CASES = QT_TRANSLATE_NOOP("Signoff", "Cases")
T_SHARE = QT_TRANSLATE_NOOP("Signoff", "Share")
T_TOTAL = QT_TRANSLATE_NOOP("Signoff", "Total")
T_ATTEMPTS = QT_TRANSLATE_NOOP("Signoff", "{attempts} attempts recorded, re-runs included.")
T_GO_NO_GO = QT_TRANSLATE_NOOP("Signoff", "Exit criteria (go/no-go)")
T_CRITERION = QT_TRANSLATE_NOOP("Signoff", "Criterion")
T_RULE = QT_TRANSLATE_NOOP("Signoff", "Required")
T_VALUE = QT_TRANSLATE_NOOP("Signoff", "Current value")
T_MET = QT_TRANSLATE_NOOP("Signoff", "Met")
T_YES = QT_TRANSLATE_NOOP("Signoff", "yes")
T_NO = QT_TRANSLATE_NOOP("Signoff", "no")
T_GO = QT_TRANSLATE_NOOP("Signoff", "Overall: go")
T_NO_GO = QT_TRANSLATE_NOOP("Signoff", "Overall: no-go")
T_COVERAGE = QT_TRANSLATE_NOOP("Signoff", "Coverage of the mandatory needs")
T_REF = QT_TRANSLATE_NOOP("Signoff", "Ref")
T_NEED = QT_TRANSLATE_NOOP("Signoff", "Need")
T_STATUS = QT_TRANSLATE_NOOP("Signoff", "Status")
T_NO_MANDATORY = QT_TRANSLATE_NOOP("Signoff", "No mandatory need in the scope of this campaign.")
T_RESERVATIONS = QT_TRANSLATE_NOOP("Signoff", "Reservations")
T_NO_RESERVATION = QT_TRANSLATE_NOOP("Signoff", "None.")
T_DECISION = QT_TRANSLATE_NOOP("Signoff", "Decision")
T_PROPOSED = QT_TRANSLATE_NOOP("Signoff", "The figures above suggest: {decision}.")
T_SIGNED_ON = QT_TRANSLATE_NOOP("Signoff", "Decided on {date}.")
T_SIGNATURES = QT_TRANSLATE_NOOP("Signoff", "Signatures")
T_FOR_PILOT = QT_TRANSLATE_NOOP("Signoff", "For the project (pilot)")
T_FOR_KEY_USERS = QT_TRANSLATE_NOOP("Signoff", "For the key users")
T_FOR_VENDOR = QT_TRANSLATE_NOOP("Signoff", "For the vendor")
T_DATE_SIGNATURE = QT_TRANSLATE_NOOP("Signoff", "Date and signature:")
T_PAGE = QT_TRANSLATE_NOOP("Signoff", "Page {page} of {pages}")

_STATUS_COLOURS = {
    CoverageStatus.PASSED: colors.HexColor("#2E7D32"), CoverageStatus.FAILED: colors.HexColor("#C62828"),
    CoverageStatus.BLOCKED: colors.HexColor("#E65100"), CoverageStatus.NOT_RUN: colors.HexColor("#616161"),
    CoverageStatus.NOT_COVERED: colors.HexColor("#C62828"),
}
_HEAD_BG = colors.HexColor("#1F4E79")
_GRID = colors.HexColor("#BFBFBF")


def _fonts() -> tuple[str, str, bool]:
    """(regular, bold, has ballot boxes): DejaVu Sans when found, else Helvetica."""
    if "CrmdeskSans" in pdfmetrics.getRegisteredFontNames():
        return "CrmdeskSans", "CrmdeskSans-Bold", True
    spec = importlib.util.find_spec("matplotlib")
    folder = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf" if spec and spec.origin else None
    if folder and (folder / "DejaVuSans.ttf").exists() and (folder / "DejaVuSans-Bold.ttf").exists():
        try:
            pdfmetrics.registerFont(TTFont("CrmdeskSans", str(folder / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("CrmdeskSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
            pdfmetrics.registerFontFamily("CrmdeskSans", normal="CrmdeskSans", bold="CrmdeskSans-Bold")
            return "CrmdeskSans", "CrmdeskSans-Bold", True
        except Exception:  # noqa: BLE001 - a damaged font file: fall back to the built-in font
            return "Helvetica", "Helvetica-Bold", False
    return "Helvetica", "Helvetica-Bold", False


def write_signoff_pdf(path: str | os.PathLike[str], report: SignoffReport, translate: Translate | None = None) -> Path:
    """Write the PV to ``path`` (replaced atomically). Raises ``ExportFailed`` on failure."""
    return replace_atomically(path, lambda tmp: _build(tmp, report, translate or (lambda _c, text: text)))



def _build(path: Path, report: SignoffReport, translate: Translate) -> None:
    regular, bold, boxes = _fonts()

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    cell_bold = ParagraphStyle("cellbold", parent=small, fontName=bold)
    head = ParagraphStyle("head", parent=small, fontName=bold, textColor=colors.white)
    h1 = ParagraphStyle("h1", parent=base["Title"], fontName=bold, fontSize=18, leading=22, spaceAfter=2 * mm)
    subtitle = ParagraphStyle("sub", parent=body, fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=4 * mm)
    h2 = ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=12, leading=15,
                        textColor=_HEAD_BG, spaceBefore=4 * mm, spaceAfter=1.5 * mm)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def table(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.4, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG))
        t.setStyle(TableStyle(style))
        return t

    c = report.campaign
    width = A4[0] - 36 * mm
    story: list[object] = [p(tr(T_TITLE), h1), p(c.name, subtitle)]
    dates = tr(T_FROM_TO).replace("{start}", _day(c.start_date)).replace("{end}", _day(c.end_date))
    facts = [
        (T_PROJECT, report.project_name), (T_ORGANISATION, report.organisation), (T_CAMPAIGN, c.name),
        (T_KIND, label(c.kind, translate)), (T_LOT, c.lot_name or tr(T_ALL_LOTS)), (T_DATES, dates),
        (T_TESTERS, ", ".join(c.tester_names) or "—"), (T_GENERATED, _day(report.generated_on)),
    ]
    story.append(table([[p(tr(k), cell_bold), p(v, small)] for k, v in facts], [45 * mm, width - 45 * mm], False))

    story.append(p(tr(T_SCOPE), h2))
    story.append(p(tr(T_SCOPE_TEXT).replace("{cases}", str(report.counts.total)).replace(
        "{mandatory}", str(len(report.mandatory)))))
    for title, text in ((T_ENTRY, c.entry_criteria), (T_EXIT, c.exit_criteria)):
        if text.strip():
            story.append(p(tr(title), cell_bold))
            story.append(p(text, small))

    story.append(p(tr(T_RESULTS), h2))
    rows: list[list[object]] = [[p(tr(T_RESULT), head), p(tr(T_CASES), head), p(tr(T_SHARE), head)]]
    for result in (Result.PASSED, Result.FAILED, Result.BLOCKED, Result.NOT_RUN):
        rows.append([p(label(result, translate), small), p(str(report.counts.of(result)), small),
                     p(f"{round(100 * report.counts.share(result))} %", small)])
    rows.append([p(tr(T_TOTAL), cell_bold), p(str(report.counts.total), cell_bold), p("", small)])
    story.append(table(rows, [60 * mm, 30 * mm, 30 * mm]))
    story.append(Spacer(1, 1.5 * mm))
    story.append(p(tr(T_ATTEMPTS).replace("{attempts}", str(c.attempts)), small))

    story.append(p(tr(T_GO_NO_GO), h2))
    rows = [[p(tr(T_CRITERION), head), p(tr(T_RULE), head), p(tr(T_VALUE), head), p(tr(T_MET), head)]]
    for check in report.go_no_go.checks:
        met = ParagraphStyle("met", parent=cell_bold, textColor=_STATUS_COLOURS[
            CoverageStatus.PASSED if check.met else CoverageStatus.FAILED])
        rows.append([p(check.label(translate), small), p(check.rule(translate), small),
                     p(check.value_text(translate), small), p(tr(T_YES if check.met else T_NO), met)])
    story.append(table(rows, [62 * mm, 35 * mm, 50 * mm, width - 147 * mm]))
    story.append(Spacer(1, 1.5 * mm))
    story.append(p(tr(T_GO if report.go_no_go.go else T_NO_GO), cell_bold))

    story.append(p(tr(T_COVERAGE), h2))
    if report.mandatory:
        rows = [[p(tr(T_REF), head), p(tr(T_NEED), head), p(tr(T_STATUS), head)]]
        for row in report.mandatory:
            status = ParagraphStyle("st", parent=cell_bold, textColor=_STATUS_COLOURS[row.status])
            rows.append([p(row.need.ref, small), p(row.need.title, small), p(label(row.status, translate), status)])
        story.append(table(rows, [20 * mm, width - 55 * mm, 35 * mm]))
    else:
        story.append(p(tr(T_NO_MANDATORY), small))

    story.append(p(tr(T_RESERVATIONS), h2))
    if report.reservations:
        for number, line in enumerate(report.reservations, start=1):
            story.append(p(f"{number}. {line}", body))
    else:
        story.append(p(tr(T_NO_RESERVATION)))

    decision_block: list[object] = [p(tr(T_DECISION), h2)]
    ticked, empty = ("☒", "☐") if boxes else ("[X]", "[  ]")
    for decision in Decision:
        mark = ticked if report.decision is decision else empty
        decision_block.append(p(f"{mark}  {label(decision, translate)}", body))
    if report.decision is None:
        decision_block.append(Spacer(1, 1.5 * mm))
        decision_block.append(p(tr(T_PROPOSED).replace("{decision}", label(report.proposed, translate)), small))
    elif report.signed_on:
        decision_block.append(p(tr(T_SIGNED_ON).replace("{date}", _day(report.signed_on)), small))
    story.append(KeepTogether(decision_block))

    # The pilot's block also takes the steering committee; any other role signs with the key users.
    groups: dict[Role, list[str]] = {Role.PILOT: [], Role.KEY_USER: [], Role.VENDOR_CONTACT: []}
    for s in report.signatories:
        role = Role.PILOT if s.role is Role.STEERING_COMMITTEE else s.role
        groups.get(role, groups[Role.KEY_USER]).append(s.name)
    blocks = []
    for role, heading in ((Role.PILOT, T_FOR_PILOT), (Role.KEY_USER, T_FOR_KEY_USERS), (Role.VENDOR_CONTACT, T_FOR_VENDOR)):
        lines = groups[role] or [""]
        cell = [p(tr(heading), cell_bold)]
        for name in lines:
            cell += [p(name, small), p(tr(T_DATE_SIGNATURE), small), Spacer(1, 14 * mm)]
        blocks.append(cell)
    signatures = Table([blocks], colWidths=[width / 3] * 3)
    signatures.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, _GRID), ("INNERGRID", (0, 0), (-1, -1), 0.6, _GRID),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([p(tr(T_SIGNATURES), h2), signatures]))

    footer = f"{report.project_name} – {c.name}"
    page_text = tr(T_PAGE)

    class Numbered(pdf_canvas.Canvas):
        """Two passes: pages are kept until the end so each can say "page x of y"."""

        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []  # type: ignore[type-arg]

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(regular, 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(18 * mm, 10 * mm, footer[:110])
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, page_text.replace(
                    "{page}", str(self._pageNumber)).replace("{pages}", str(total)))
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{tr(T_TITLE)} – {c.name}", author=report.organisation,
                            subject=report.project_name)
    doc.build(story, canvasmaker=Numbered)


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"
