"""Tables of the acceptance testing (recette): test cases with their steps, linked to needs and
stories; campaigns with their frozen copies of the cases; executions (every attempt kept) with
step results; defects with their history; and the sign-off."""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crmdesk.db.tables import metadata  # noqa: F401 - the naming convention is set there


class TestCaseRow(SQLModel, table=True):
    __tablename__ = "test_case"

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(sa_column=Column(String(20), nullable=False, unique=True))
    title: str = Field(sa_column=Column(String(300), nullable=False))
    preconditions: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    priority: str = Field(sa_column=Column(String(20), nullable=False))  # high / medium / low
    status: str = Field(default="ready", sa_column=Column(String(20), nullable=False, server_default="ready"))
    lot_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("lot.id", ondelete="SET NULL"), nullable=True, index=True))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))


class TestStepRow(SQLModel, table=True):
    __tablename__ = "test_step"

    id: int | None = Field(default=None, primary_key=True)
    test_case_id: int = Field(sa_column=Column(Integer, ForeignKey("test_case.id", ondelete="CASCADE"),
                                               nullable=False, index=True))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    action: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    expected: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


class TestCaseNeedRow(SQLModel, table=True):
    __tablename__ = "test_case_need"

    test_case_id: int = Field(sa_column=Column(Integer, ForeignKey("test_case.id", ondelete="CASCADE"),
                                               primary_key=True))
    need_id: int = Field(sa_column=Column(Integer, ForeignKey("need.id", ondelete="CASCADE"), primary_key=True,
                                          index=True))


class TestCaseStoryRow(SQLModel, table=True):
    __tablename__ = "test_case_story"

    test_case_id: int = Field(sa_column=Column(Integer, ForeignKey("test_case.id", ondelete="CASCADE"),
                                               primary_key=True))
    story_id: int = Field(sa_column=Column(Integer, ForeignKey("story.id", ondelete="CASCADE"), primary_key=True,
                                           index=True))


class CampaignRow(SQLModel, table=True):
    """One round of acceptance. Its exit criteria are the go/no-go rules evaluated live."""

    __tablename__ = "campaign"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False, unique=True))
    kind: str = Field(sa_column=Column(String(20), nullable=False))  # pre_acceptance / vabf / preproduction / vsr / non_regression
    status: str = Field(sa_column=Column(String(10), nullable=False))  # planned / running / closed
    start_date: str | None = Field(default=None, sa_column=Column(String(10), nullable=True))
    end_date: str | None = Field(default=None, sa_column=Column(String(10), nullable=True))
    lot_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("lot.id", ondelete="SET NULL"), nullable=True, index=True))
    entry_criteria: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    exit_criteria: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    exit_mandatory_passed_pct: float = Field(default=100.0, sa_column=Column(
        Float, nullable=False, server_default="100"))
    exit_max_blocking: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    exit_max_major: int = Field(default=3, sa_column=Column(Integer, nullable=False, server_default="3"))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))


class CampaignTesterRow(SQLModel, table=True):
    __tablename__ = "campaign_tester"

    campaign_id: int = Field(sa_column=Column(Integer, ForeignKey("campaign.id", ondelete="CASCADE"),
                                              primary_key=True))
    person_id: int = Field(sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"),
                                            primary_key=True, index=True))


class CampaignCaseRow(SQLModel, table=True):
    """A test case as it was when added to the campaign (frozen): later edits of the case do
    not rewrite the campaign's past results. ``steps_json`` holds the frozen steps and
    ``need_refs`` the refs the case covered then."""

    __tablename__ = "campaign_case"
    __table_args__ = (UniqueConstraint("campaign_id", "test_case_id", name="campaign_case_once"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(sa_column=Column(Integer, ForeignKey("campaign.id", ondelete="CASCADE"),
                                              nullable=False, index=True))
    test_case_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("test_case.id", ondelete="SET NULL"), nullable=True, index=True))
    ref: str = Field(sa_column=Column(String(20), nullable=False))
    title: str = Field(sa_column=Column(String(300), nullable=False))
    preconditions: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    priority: str = Field(sa_column=Column(String(20), nullable=False))
    steps_json: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    need_refs: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    tester_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    added_at: str = Field(sa_column=Column(String(32), nullable=False))


class ExecutionRow(SQLModel, table=True):
    """One attempt at running a campaign case; re-running adds an attempt, never overwrites."""

    __tablename__ = "execution"

    id: int | None = Field(default=None, primary_key=True)
    campaign_case_id: int = Field(sa_column=Column(Integer, ForeignKey("campaign_case.id", ondelete="CASCADE"),
                                                   nullable=False, index=True))
    attempt: int = Field(sa_column=Column(Integer, nullable=False))
    result: str = Field(sa_column=Column(String(10), nullable=False))  # passed / failed / blocked / not_run
    actual_result: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    tester_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True))
    executed_at: str = Field(sa_column=Column(String(32), nullable=False, index=True))


class ExecutionStepRow(SQLModel, table=True):
    __tablename__ = "execution_step"

    execution_id: int = Field(sa_column=Column(Integer, ForeignKey("execution.id", ondelete="CASCADE"),
                                               primary_key=True))
    position: int = Field(sa_column=Column(Integer, primary_key=True))
    result: str = Field(sa_column=Column(String(10), nullable=False))
    actual_result: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


class DefectRow(SQLModel, table=True):
    __tablename__ = "defect"

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(sa_column=Column(String(20), nullable=False, unique=True))
    title: str = Field(sa_column=Column(String(300), nullable=False))
    description: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    severity: str = Field(sa_column=Column(String(10), nullable=False))  # blocking / major / minor
    status: str = Field(sa_column=Column(String(20), nullable=False))  # new / in_correction / to_retest / closed / rejected
    execution_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("execution.id", ondelete="SET NULL"), nullable=True, index=True))
    test_case_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("test_case.id", ondelete="SET NULL"), nullable=True, index=True))
    story_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("story.id", ondelete="SET NULL"), nullable=True, index=True))
    need_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("need.id", ondelete="SET NULL"), nullable=True, index=True))
    vendor_ticket: str = Field(default="", sa_column=Column(String(100), nullable=False, server_default=""))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))
    closed_at: str | None = Field(default=None, sa_column=Column(String(32), nullable=True))


class DefectChangeRow(SQLModel, table=True):
    """Every change of a defect's status or severity with its time (open defects over time)."""

    __tablename__ = "defect_change"

    id: int | None = Field(default=None, primary_key=True)
    defect_id: int = Field(sa_column=Column(Integer, ForeignKey("defect.id", ondelete="CASCADE"),
                                            nullable=False, index=True))
    field: str = Field(sa_column=Column(String(10), nullable=False))  # status / severity
    old_value: str = Field(default="", sa_column=Column(String(20), nullable=False, server_default=""))
    new_value: str = Field(default="", sa_column=Column(String(20), nullable=False, server_default=""))
    changed_at: str = Field(sa_column=Column(String(32), nullable=False, index=True))


class SignoffRow(SQLModel, table=True):
    """The decision closing a campaign (the "PV de recette"): accepted, accepted with
    reservations, or refused, with the reservations and who signed."""

    __tablename__ = "signoff"

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(sa_column=Column(Integer, ForeignKey("campaign.id", ondelete="CASCADE"),
                                              nullable=False, index=True))
    decision: str = Field(sa_column=Column(String(30), nullable=False))  # accepted / accepted_with_reservations / refused
    reservations: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    signatories: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    signed_on: str = Field(sa_column=Column(String(10), nullable=False))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))
