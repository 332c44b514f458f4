"""Choose a unit by typing anything the global search understands (code, owner, phone...)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.errors import UserError
from app.search import search
from app.services.permissions import Actor
from app.services.units import unit_id_by_code


class UnitPicker(QLineEdit):
    """Emits `unit_chosen(unit_id, unit_code)` on Enter or when a suggestion is picked."""

    unit_chosen = Signal(str, str)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("unit_picker")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Unit, owner, phone or plate — then Enter"))
        self._codes: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        self.returnPressed.connect(self.choose_typed)

    def _suggest(self, text: str) -> None:
        try:
            hits = search(self.actor, text, limit=12) if text.strip() else []
        except UserError:
            hits = []
        self._codes = {
            f"{h.unit_code}  {h.title}" if h.kind != "unit" else h.unit_code: h.unit_code
            for h in hits
            if h.unit_code
        }
        self._model.setStringList(list(self._codes))

    def _picked(self, text: str) -> None:
        code = self._codes.get(text, text.split()[0] if text.split() else "")
        self.choose(code)

    def choose_typed(self) -> None:
        text = self.text().strip()
        code = self._codes.get(text) or text
        if unit_id_by_code(self.actor, code) is None and self._codes:
            code = next(iter(self._codes.values()))  # the best hit
        self.choose(code)

    def choose(self, code: str) -> None:
        unit_id = unit_id_by_code(self.actor, code)
        if unit_id:
            self.setText(code)
            self.unit_chosen.emit(unit_id, code)
