"""Tables of the tool selection: candidates and their offer costs, weighted criteria in groups,
evaluators' scores, consensus overrides, vendor questionnaires and their answers."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from crmdesk.db.tables import metadata  # noqa: F401 - the naming convention is set there


class SelectionSettingsRow(SQLModel, table=True):
    """One row: the frame of the selection (TCO horizon, aggregation, score labels, the scores
    proposed for each declared coverage)."""

    __tablename__ = "selection_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    user_count: int = Field(default=20, sa_column=Column(Integer, nullable=False, server_default="20"))
    horizon_years: int = Field(default=3, sa_column=Column(Integer, nullable=False, server_default="3"))
    aggregate: str = Field(default="mean", sa_column=Column(String(10), nullable=False, server_default="mean"))
    disagreement_gap: float = Field(default=2.0, sa_column=Column(Float, nullable=False, server_default="2"))
    label_0: str = Field(default="", sa_column=Column(String(60), nullable=False, server_default=""))
    label_1: str = Field(default="", sa_column=Column(String(60), nullable=False, server_default=""))
    label_2: str = Field(default="", sa_column=Column(String(60), nullable=False, server_default=""))
    label_3: str = Field(default="", sa_column=Column(String(60), nullable=False, server_default=""))
    label_4: str = Field(default="", sa_column=Column(String(60), nullable=False, server_default=""))
    label_5: str = Field(default="", sa_column=Column(String(60), nullable=False, server_default=""))
    score_standard: float = Field(default=5.0, sa_column=Column(Float, nullable=False, server_default="5"))
    score_configuration: float = Field(default=4.0, sa_column=Column(Float, nullable=False, server_default="4"))
    score_custom: float = Field(default=2.0, sa_column=Column(Float, nullable=False, server_default="2"))
    score_not_covered: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))


class CandidateRow(SQLModel, table=True):
    __tablename__ = "candidate"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False, unique=True))
    kind: str = Field(sa_column=Column(String(20), nullable=False))  # vendor / integrator / pair
    status: str = Field(sa_column=Column(String(20), nullable=False))  # long_list / short_list / retained / eliminated
    elimination_reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    # one-off costs (euros)
    setup_cost: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))
    migration_cost: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))
    training_cost: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))
    # recurring costs (euros)
    licence_per_user_month: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))
    hosting_per_year: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))
    support_per_year: float = Field(default=0.0, sa_column=Column(Float, nullable=False, server_default="0"))


class CandidateContactRow(SQLModel, table=True):
    __tablename__ = "candidate_contact"

    candidate_id: int = Field(sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"),
                                               primary_key=True))
    person_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"),
                                            primary_key=True, index=True))


class CriterionGroupRow(SQLModel, table=True):
    __tablename__ = "criterion_group"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False, unique=True))
    weight: float = Field(default=1.0, sa_column=Column(Float, nullable=False, server_default="1"))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class CriterionRow(SQLModel, table=True):
    __tablename__ = "criterion"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(sa_column=Column(Integer, ForeignKey("criterion_group.id", ondelete="RESTRICT"),
                                           nullable=False, index=True))
    name: str = Field(sa_column=Column(String(300), nullable=False))
    description: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    weight: float = Field(default=1.0, sa_column=Column(Float, nullable=False, server_default="1"))
    kind: str = Field(default="scored", sa_column=Column(String(10), nullable=False, server_default="scored"))  # scored / cost
    knockout: bool = Field(default=False, sa_column=Column(Boolean(name="knockout_bool"), nullable=False,
                                                           server_default="0"))
    knockout_threshold: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    need_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("need.id", ondelete="SET NULL"), nullable=True, index=True))
    domain_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("domain.id", ondelete="SET NULL"), nullable=True, index=True))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class EvaluatorRow(SQLModel, table=True):
    __tablename__ = "evaluator"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"),
                                            nullable=False, unique=True))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class ScoreRow(SQLModel, table=True):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("candidate_id", "criterion_id", "evaluator_id",
                                       name="candidate_criterion_evaluator"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"),
                                               nullable=False, index=True))
    criterion_id: int = Field(sa_column=Column(Integer, ForeignKey("criterion.id", ondelete="CASCADE"),
                                               nullable=False, index=True))
    evaluator_id: int = Field(sa_column=Column(Integer, ForeignKey("evaluator.id", ondelete="CASCADE"),
                                               nullable=False, index=True))
    value: float = Field(sa_column=Column(Float, nullable=False))
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))


class ConsensusRow(SQLModel, table=True):
    """A score agreed in a workshop that overrides the evaluators' mean, with its reason."""

    __tablename__ = "consensus"

    candidate_id: int = Field(sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"),
                                               primary_key=True))
    criterion_id: int = Field(sa_column=Column(Integer, ForeignKey("criterion.id", ondelete="CASCADE"),
                                               primary_key=True, index=True))
    value: float = Field(sa_column=Column(Float, nullable=False))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))


class QuestionnaireRow(SQLModel, table=True):
    """One questionnaire sent: its token and version let the answers come back onto the right
    candidate and rows."""

    __tablename__ = "questionnaire"

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(sa_column=Column(String(40), nullable=False, unique=True))
    candidate_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("candidate.id", ondelete="CASCADE"), nullable=True, index=True))
    version: int = Field(sa_column=Column(Integer, nullable=False))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))


class VendorAnswerRow(SQLModel, table=True):
    """A candidate's current answer for one need (coverage, comment, extra cost, planned lot)."""

    __tablename__ = "vendor_answer"
    __table_args__ = (UniqueConstraint("candidate_id", "need_id", name="candidate_need"),)

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"),
                                               nullable=False, index=True))
    need_id: int = Field(sa_column=Column(Integer, ForeignKey("need.id", ondelete="CASCADE"),
                                          nullable=False, index=True))
    coverage: str | None = Field(default=None, sa_column=Column(String(20), nullable=True))
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    extra_cost: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    planned_lot: str = Field(default="", sa_column=Column(String(200), nullable=False, server_default=""))
    question_title: str = Field(default="", sa_column=Column(String(300), nullable=False, server_default=""))
    questionnaire_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("questionnaire.id", ondelete="SET NULL"), nullable=True, index=True))
    accepted: bool = Field(default=False, sa_column=Column(Boolean(name="accepted_bool"), nullable=False,
                                                           server_default="0"))
    imported_at: str = Field(sa_column=Column(String(32), nullable=False))


class VendorAnswerHistoryRow(SQLModel, table=True):
    """Answers replaced by a re-import, kept for the record."""

    __tablename__ = "vendor_answer_history"

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(sa_column=Column(Integer, ForeignKey("candidate.id", ondelete="CASCADE"),
                                               nullable=False, index=True))
    need_id: int = Field(sa_column=Column(Integer, ForeignKey("need.id", ondelete="CASCADE"),
                                          nullable=False, index=True))
    coverage: str | None = Field(default=None, sa_column=Column(String(20), nullable=True))
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    extra_cost: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    planned_lot: str = Field(default="", sa_column=Column(String(200), nullable=False, server_default=""))
    questionnaire_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("questionnaire.id", ondelete="SET NULL"), nullable=True))
    imported_at: str = Field(sa_column=Column(String(32), nullable=False))
    replaced_at: str = Field(sa_column=Column(String(32), nullable=False))
