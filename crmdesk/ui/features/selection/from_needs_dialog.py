"""Create criteria from the needs: one per need or one per domain, of the priorities ticked,
into a group; needs or domains that already have their criterion are left out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import domain_paths
from crmdesk.domain.selection import PRIORITY_WEIGHTS, GroupRead
from crmdesk.services.container import ProjectServices
from crmdesk.ui.features.selection.common import weight_text
from crmdesk.ui.i18n import label

NEW_GROUP = -1


class CriteriaFromNeedsDialog(QDialog):
    def __init__(self, services: ProjectServices, groups: list[GroupRead], group_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaFromNeedsDialog")
        self.setWindowTitle(self.tr("Create criteria from needs"))
        self._needs = [n for n in services.needs.list() if n.status is not NeedStatus.REJECTED]
        self._paths = domain_paths(services.domains.list())
        criteria = services.selection.criteria()
        self._linked_needs = {k.need_id for k in criteria if k.need_id is not None}
        self._linked_domains = {k.domain_id for k in criteria if k.domain_id is not None and k.need_id is None}

        intro = QLabel(self.tr("Each criterion stays linked to its need or domain, so the vendors' answers "
                               "propose its scores. Needs or domains that already have a criterion are left out."))
        intro.setWordWrap(True)
        self.per_need = QRadioButton(self.tr("One criterion per need (weight 3 if mandatory, 2 if desired, "
                                             "1 if optional)"))
        self.per_need.setObjectName("perNeed")
        self.per_domain = QRadioButton(self.tr("One criterion per domain (weight: the sum of its needs' weights)"))
        self.per_domain.setObjectName("perDomain")
        self.per_need.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.per_need)
        modes.addButton(self.per_domain)
        self.priorities: dict[Priority, QCheckBox] = {}
        ticks = QHBoxLayout()
        for priority in Priority:
            box = QCheckBox(label(priority))
            box.setObjectName(f"priority_{priority.value}")
            box.setChecked(priority is not Priority.OPTIONAL)
            box.toggled.connect(self._update)
            self.priorities[priority] = box
            ticks.addWidget(box)
        ticks.addStretch(1)
        self.group = QComboBox()
        self.group.setObjectName("targetGroup")
        for group in groups:
            self.group.addItem(group.name, group.id)
        self.group.addItem(self.tr("A new group…"), NEW_GROUP)
        default_name = self.tr("Functional")
        if group_id is None:  # the group named like the default one, if there is one
            group_id = next((g.id for g in groups if g.name.casefold() == default_name.casefold()), None)
        found = self.group.findData(group_id)
        self.group.setCurrentIndex(found if found >= 0 else self.group.count() - 1)
        self.group_name = QLineEdit(default_name)
        self.group_name.setObjectName("newGroupName")
        self.group.currentIndexChanged.connect(self._update)
        self.group_name.textChanged.connect(self._update)
        for radio in (self.per_need, self.per_domain):
            radio.toggled.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Mode"), self.per_need)
        form.addRow("", self.per_domain)
        form.addRow(self.tr("Priorities"), ticks)
        form.addRow(self.tr("Into the group"), self.group)
        form.addRow(self.tr("Name of the new group"), self.group_name)
        self.summary = QLabel()
        self.summary.setObjectName("fromNeedsSummary")
        self.preview = QListWidget()
        self.preview.setObjectName("fromNeedsPreview")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._update()

    def mode(self) -> str:
        return "domain" if self.per_domain.isChecked() else "need"

    def chosen_priorities(self) -> list[Priority]:
        return [p for p, box in self.priorities.items() if box.isChecked()]

    def choice(self) -> tuple[str, list[Priority], int | None, str]:
        """(mode, priorities, group id or None, name of the new group)."""
        gid = self.group.currentData()
        if gid == NEW_GROUP:
            return self.mode(), self.chosen_priorities(), None, self.group_name.text().strip()
        return self.mode(), self.chosen_priorities(), int(gid), ""

    def proposed(self) -> list[tuple[str, float]]:
        """The criteria that would be created: (name, weight), as the service makes them."""
        wanted = set(self.chosen_priorities())
        needs = [n for n in self._needs if n.priority in wanted]
        if self.mode() == "need":
            return [(f"{n.ref} {n.title}", PRIORITY_WEIGHTS[n.priority]) for n in sorted(needs, key=lambda n: n.id)
                    if n.id not in self._linked_needs]
        weights: dict[int, float] = {}
        for n in needs:
            if n.domain_id is not None and n.domain_id not in self._linked_domains:
                weights[n.domain_id] = weights.get(n.domain_id, 0.0) + PRIORITY_WEIGHTS[n.priority]
        return sorted(((self._paths.get(d, str(d)), w) for d, w in weights.items()), key=lambda i: i[0].casefold())

    def _update(self) -> None:
        new_group = self.group.currentData() == NEW_GROUP
        self.group_name.setEnabled(new_group)
        rows = self.proposed()
        self.preview.clear()
        for name, weight in rows:
            self.preview.addItem(self.tr("{name} — weight {weight}").replace("{name}", name)
                                 .replace("{weight}", weight_text(weight)))
        if not rows:
            text = self.tr("Nothing to create: these needs or domains already have their criterion.")
        elif len(rows) == 1:
            text = self.tr("1 criterion will be created.")
        else:
            text = self.tr("{n} criteria will be created.").replace("{n}", str(len(rows)))
        self.summary.setText(text)
        self.create_button.setEnabled(bool(rows) and (not new_group or bool(self.group_name.text().strip())))
