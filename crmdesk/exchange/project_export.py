"""The content of the project workbook, one function per area returning its sheets.

Sheet titles and headers are English source text marked for ``pyside6-lupdate`` (context
"Export") and translated through the ``translate`` function the caller passes
(``crmdesk.i18n.translator(lang)``). Later areas (vendors, sprints…) add their own
``*_sheets`` function; the caller concatenates the lists and hands them to
``crmdesk.exchange.workbook.write_workbook``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.labels import NEED_STATUS_LABELS, PRIORITY_LABELS
from crmdesk.domain.needs import DomainRead, NeedRead, domain_paths
from crmdesk.exchange.workbook import ColumnSpec, SheetSpec
from crmdesk.i18n import Translate
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

CONTEXT = "Export"




NEEDS_SHEET = QT_TRANSLATE_NOOP("Export", "Needs")
DOMAINS_SHEET = QT_TRANSLATE_NOOP("Export", "Domains")

H_REF = QT_TRANSLATE_NOOP("Export", "Ref")
H_TITLE = QT_TRANSLATE_NOOP("Export", "Title")
H_DOMAIN = QT_TRANSLATE_NOOP("Export", "Domain")
H_PRIORITY = QT_TRANSLATE_NOOP("Export", "Priority")
H_STATUS = QT_TRANSLATE_NOOP("Export", "Status")
H_OWNER = QT_TRANSLATE_NOOP("Export", "Owner")
H_SOURCE_WORKSHOP = QT_TRANSLATE_NOOP("Export", "Source workshop")
H_SOURCE_DATE = QT_TRANSLATE_NOOP("Export", "Source date")
H_DESCRIPTION = QT_TRANSLATE_NOOP("Export", "Description")
H_RATIONALE = QT_TRANSLATE_NOOP("Export", "Rationale")
H_ACCEPTANCE = QT_TRANSLATE_NOOP("Export", "Acceptance criteria")
H_COMMENTS = QT_TRANSLATE_NOOP("Export", "Comments")
H_UPDATED = QT_TRANSLATE_NOOP("Export", "Updated")

H_DOMAIN_PATH = QT_TRANSLATE_NOOP("Export", "Domain path")
H_PARENT = QT_TRANSLATE_NOOP("Export", "Parent")
H_NEED_COUNT = QT_TRANSLATE_NOOP("Export", "Number of needs")

# Headers of the needs sheet, in column order (English source text).
NEEDS_HEADERS: list[str] = [
    H_REF, H_TITLE, H_DOMAIN, H_PRIORITY, H_STATUS, H_OWNER, H_SOURCE_WORKSHOP, H_SOURCE_DATE,
    H_DESCRIPTION, H_RATIONALE, H_ACCEPTANCE, H_COMMENTS, H_UPDATED,
]
DOMAINS_HEADERS: list[str] = [H_DOMAIN_PATH, H_PARENT, H_NEED_COUNT]
# Every header we export, so that the importer can recognise a file we produced.
EXPORT_HEADERS: list[str] = NEEDS_HEADERS + DOMAINS_HEADERS


def priority_label(priority: Priority, translate: Translate) -> str:
    return translate("Priority", PRIORITY_LABELS[priority])


def status_label(status: NeedStatus, translate: Translate) -> str:
    return translate("NeedStatus", NEED_STATUS_LABELS[status])


def needs_sheets(
    needs: list[NeedRead], domains: list[DomainRead], translate: Translate
) -> list[SheetSpec]:
    """The needs sheet and the domains sheet."""

    def tx(text: str) -> str:
        return translate(CONTEXT, text)

    paths = domain_paths(domains)
    priorities = [priority_label(p, translate) for p in Priority]
    statuses = [status_label(s, translate) for s in NeedStatus]
    widths = {
        H_REF: 10, H_TITLE: 40, H_DOMAIN: 26, H_PRIORITY: 13, H_STATUS: 13, H_OWNER: 20,
        H_SOURCE_WORKSHOP: 22, H_SOURCE_DATE: 12, H_DESCRIPTION: 50, H_RATIONALE: 40,
        H_ACCEPTANCE: 40, H_COMMENTS: 40, H_UPDATED: 17,
    }
    wrapped = {H_TITLE, H_DESCRIPTION, H_RATIONALE, H_ACCEPTANCE, H_COMMENTS}
    choices = {H_PRIORITY: priorities, H_STATUS: statuses}
    kinds = {H_SOURCE_DATE: "date", H_UPDATED: "datetime"}
    need_columns = [
        ColumnSpec(tx(h), widths[h], wrap=h in wrapped, choices=choices.get(h),
                   kind=kinds.get(h, "text"))
        for h in NEEDS_HEADERS
    ]

    def need_rows() -> Iterator[list[object]]:
        for n in needs:
            domain = paths.get(n.domain_id, n.domain_name) if n.domain_id is not None else ""
            yield [
                n.ref, n.title, domain, priority_label(n.priority, translate),
                status_label(n.status, translate), n.owner_name, n.source_workshop,
                n.source_date, n.description, n.rationale, n.acceptance_criteria, n.comments,
                n.updated_at,
            ]

    # Needs filed directly under each domain (not under its sub-domains).
    counts = Counter(n.domain_id for n in needs if n.domain_id is not None)
    by_id = {d.id: d for d in domains}
    ordered = sorted(domains, key=lambda d: paths[d.id].casefold())
    domain_rows = [
        [paths[d.id],
         paths[d.parent_id] if d.parent_id is not None and d.parent_id in by_id else "",
         counts.get(d.id, 0)]
        for d in ordered
    ]
    domain_columns = [
        ColumnSpec(tx(H_DOMAIN_PATH), 40),
        ColumnSpec(tx(H_PARENT), 30),
        ColumnSpec(tx(H_NEED_COUNT), 16, kind="int"),
    ]
    return [
        SheetSpec(tx(NEEDS_SHEET), need_columns, _Sized(need_rows, len(needs))),
        SheetSpec(tx(DOMAINS_SHEET), domain_columns, domain_rows),
    ]


class _Sized:
    """A re-iterable row source with a known length (for progress) built lazily."""

    def __init__(self, factory: Callable[[], Iterator[list[object]]], length: int) -> None:
        self._factory = factory
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[list[object]]:
        return self._factory()
