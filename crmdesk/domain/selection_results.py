"""What the scoring matrix tells: cells, eliminations, cost working, the ranking.

Frozen objects built by ``selection_matrix``; the matrix view, the charts, the workbook and
the command line only read them. Texts are English source marked for translation (context
"Selection") and rendered with the caller's ``translate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import (
    CANDIDATE_STATUS_LABELS,
    CandidateRead,
    CandidateStatus,
    ConsensusRead,
    GroupRead,
    Translate,
)

CONTEXT = "Selection"


def fmt_number(value: float, decimals: int = 1, translate: Translate | None = None) -> str:
    """1 234.5 (a narrow space between thousands, which French and English readers both
    accept); the decimal mark is the translation of "." in the context "Numbers" ("," in
    French)."""
    text = f"{value:,.{decimals}f}".replace(",", "\u202f")
    if translate is not None:
        text = text.replace(".", translate("Numbers", QT_TRANSLATE_NOOP("Numbers", ".")))
    return text


def fmt_euros(value: float, translate: Translate | None = None) -> str:
    return fmt_number(value, 0, translate) + "\u00a0€"


class CellSource(IntEnum):
    """Where the value that counts in a cell comes from."""

    NONE = 0  # nobody scored it: counts 0 and is reported missing
    OPINIONS = 1  # mean or median of the evaluators (and accepted vendor proposals)
    CONSENSUS = 2  # a workshop's consensus overrides the opinions
    COST = 3  # computed from the TCO


class EliminationKind(StrEnum):
    PILOT = "pilot"  # the pilot set the status "eliminated", with a reason
    KNOCKOUT = "knockout"  # a knock-out criterion's value is below its threshold
    NOT_COVERED = "not_covered"  # the vendor declares a mandatory need not covered


@dataclass(frozen=True, slots=True)
class Elimination:
    kind: EliminationKind
    reason: str = ""  # the pilot's words
    criterion_id: int | None = None
    criterion_name: str = ""
    value: float | None = None
    threshold: float | None = None
    need_ref: str = ""
    need_title: str = ""

    def text(self, translate: Translate) -> str:
        if self.kind is EliminationKind.PILOT:
            return translate(CONTEXT, QT_TRANSLATE_NOOP("Selection", "pilot's decision: {reason}")).format(
                reason=self.reason)
        if self.kind is EliminationKind.KNOCKOUT:
            return translate(CONTEXT, QT_TRANSLATE_NOOP(
                "Selection", "knock-out on {criterion}: {value} is below {threshold}")).format(
                criterion=self.criterion_name, value=fmt_number(self.value or 0.0, 1, translate),
                threshold=fmt_number(self.threshold or 0.0, 1, translate))
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Selection", "declares not covered: {ref} {title}")).format(
            ref=self.need_ref, title=self.need_title)


def eliminations_text(eliminations: tuple[Elimination, ...], translate: Translate) -> str:
    return "; ".join(e.text(translate) for e in eliminations)


@dataclass(frozen=True, slots=True)
class CostWorking:
    """How a candidate's cost mark was found, to show next to it."""

    users: int
    years: int
    one_off: float
    recurring_per_year: float
    tco: float
    lowest_tco: float | None
    lowest_names: tuple[str, ...]
    mark: float | None

    def text(self, translate: Translate) -> str:
        tco = translate(CONTEXT, QT_TRANSLATE_NOOP(
            "Selection", "TCO = {one_off} one-off + {years} years × {recurring} a year = {tco}")).format(
            one_off=fmt_euros(self.one_off, translate), years=self.years,
            recurring=fmt_euros(self.recurring_per_year, translate),
            tco=fmt_euros(self.tco, translate))
        if self.mark is None or self.lowest_tco is None:
            return tco + "; " + translate(CONTEXT, QT_TRANSLATE_NOOP(
                "Selection", "no costs entered, so no cost mark"))
        return tco + "; " + translate(CONTEXT, QT_TRANSLATE_NOOP(
            "Selection", "mark = 5 × lowest TCO {lowest} ({names}) / {tco} = {mark}")).format(
            lowest=fmt_euros(self.lowest_tco, translate), names=", ".join(self.lowest_names),
            tco=fmt_euros(self.tco, translate),
            mark=fmt_number(self.mark, 2, translate))


@dataclass(frozen=True, slots=True)
class CellScore:
    """An evaluator's score as the matrix shows it in a cell (``ScoreRead`` without the time
    of the last change, which the matrix does not read)."""

    candidate_id: int
    criterion_id: int
    evaluator_id: int
    value: float
    comment: str


@dataclass(frozen=True, slots=True)
class CellRead:
    """One candidate × criterion cell, with everything behind its value."""

    candidate_id: int
    criterion_id: int
    value: float | None  # the value that counts
    source: CellSource
    mean: float | None  # of the opinions
    median: float | None
    spread: float | None  # highest − lowest opinion
    disagreement: bool  # spread ≥ the settings' gap
    scores: tuple[CellScore, ...]  # in the evaluators' order
    proposal: float | None  # from accepted vendor answers (counts as one more opinion)
    consensus: ConsensusRead | None
    knocked_out: bool  # this cell eliminates its candidate
    cost: CostWorking | None


@dataclass(frozen=True, slots=True)
class RankingRow:
    candidate: CandidateRead
    rank: int | None  # None: out of the ranking (eliminated)
    score: float  # weighted score, % of the best possible
    group_contributions: tuple[float, ...]  # points of % each group adds (stacked bars)
    group_scores: tuple[float | None, ...]  # % of each group's best (radar), None: group has no share
    eliminations: tuple[Elimination, ...]
    missing: tuple[int, ...]  # criteria with a share but no value for this candidate
    benefit: float = 0.0  # weighted score of the scored criteria alone (cost left out), for value for money

    @property
    def eliminated(self) -> bool:
        return bool(self.eliminations)

    @property
    def tco(self) -> float:
        return self.candidate.tco

    def reason(self, translate: Translate) -> str:
        return eliminations_text(self.eliminations, translate)


@dataclass(frozen=True, slots=True)
class Ranking:
    groups: tuple[GroupRead, ...]  # with the shares used for this ranking
    rows: tuple[RankingRow, ...]  # ranked candidates by rank, then the eliminated ones

    @property
    def ranked(self) -> tuple[RankingRow, ...]:
        return tuple(r for r in self.rows if r.rank is not None)

    @property
    def eliminated(self) -> tuple[RankingRow, ...]:
        return tuple(r for r in self.rows if r.rank is None)

    @property
    def winners(self) -> tuple[RankingRow, ...]:
        return tuple(r for r in self.rows if r.rank == 1)

    def row(self, candidate_id: int) -> RankingRow:
        for r in self.rows:
            if r.candidate.id == candidate_id:
                return r
        raise KeyError(candidate_id)


def status_text(row: RankingRow, translate: Translate) -> str:
    """The status column of the results: the candidate's status, or why it is out."""
    if row.eliminated:
        label = translate("CandidateStatus", CANDIDATE_STATUS_LABELS[CandidateStatus.ELIMINATED])
        return f"{label} ({row.reason(translate)})"
    return translate("CandidateStatus", CANDIDATE_STATUS_LABELS[row.candidate.status])
