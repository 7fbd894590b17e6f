"""The Relax page's setup: the caution, the routine list and its details, the options, Start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.routine import KIND_LABELS, REGION_LABELS, Region, Routine
from calmfloor.storage.routines_store import LoadedRoutine, RoutineSource
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.widgets import (
    format_number,
    join_parts,
    keep_tall,
    scrolling,
    tr_core,
    wrapping_label,
)
from calmfloor.ui.relax.library import RoutineLibrary

DEFAULT_ROUTINE_ID = "feet-to-pelvic-floor"  # chosen first: the standard relaxation


def region_text(region: Region) -> str:
    """The body region's name in the current language."""
    return tr_core("routine", REGION_LABELS[region])


class RelaxSetupPane(QWidget):
    """Choose a routine (and confirm the caution before the first), the options; Start.

    Args:
        settings: the release-only and pelvic-floor options.
        library: the routines on offer.
        ratings: the "how do you feel right now" box, placed above Start.
        show_caution: show the safety caution (before the first session).
        kiosk: a waiting-room guest: no import, export or recording, no Settings.

    Signals:
        routine_chosen(str): the routine with this id was chosen in the list.
        caution_seen(): "I understand" was pressed, once.
        start_requested(): Start was pressed.
        import_requested(): Import… was pressed.
        export_requested(): Export… was pressed.
        record_requested(): Record my voice… was pressed.
    """

    routine_chosen = Signal(str)
    caution_seen = Signal()
    start_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    record_requested = Signal()

    def __init__(
        self,
        settings: SettingsModel,
        library: RoutineLibrary,
        ratings: QWidget,
        *,
        show_caution: bool,
        kiosk: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._library = library
        self._kiosk = kiosk
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Muscle relaxation and stretches"))
        set_font_scale(heading, 1.6, bold=True)
        heading.setAccessibleName(heading.text())
        outer.addWidget(heading)
        outer.addWidget(self._build_caution())  # first: shown without a parent, a window
        self._caution.setVisible(show_caution)
        outer.addWidget(self._build_routines())
        outer.addWidget(self._build_options())
        outer.addWidget(ratings)
        self._build_buttons(outer)
        self._file_note = wrapping_label("file-note")
        self._file_note.hide()
        outer.addWidget(self._file_note)
        outer.addStretch(1)

    def _build_caution(self) -> QFrame:
        self._caution = QFrame()
        self._caution.setObjectName("caution-note")
        self._caution.setFrameShape(QFrame.Shape.StyledPanel)
        caution_layout = QVBoxLayout(self._caution)
        caution_title = QLabel(self.tr("Before you start"))
        set_font_scale(caution_title, 1.2, bold=True)
        caution_layout.addWidget(caution_title)
        self._caution_text = wrapping_label("caution-text")
        self._caution_text.setText(
            "\n".join(
                "• " + line
                for line in (
                    self.tr("Tense gently, about 70 % of your strength, and never into pain."),
                    self.tr(
                        "Skip any area that hurts: every step has a “Skip, this hurts” button."
                    ),
                    self.tr("Stop if the pain rises."),
                    self.tr("When you finish, sit for a moment before you stand up."),
                    self.tr(
                        "With your eyes closed: two soft low bells mean get ready, two quick "
                        "wooden notes tense, falling bells let go, a slow rising pair rest. "
                        "The Down arrow skips a step that hurts. Settings has “Hear the sounds” "
                        "and a voice that speaks the steps."
                    ),
                )
            )
        )
        caution_layout.addWidget(self._caution_text)
        caution_row = QHBoxLayout()
        self._understood = QPushButton(self.tr("I understand"))
        self._understood.setObjectName("understood")
        self._understood.setAccessibleName(self.tr("I understand the caution"))
        # the caution is read with the button Tab lands on, not left in a label Tab skips
        self._understood.setAccessibleDescription(self._caution_text.text())
        keep_tall(self._understood)
        self._understood.clicked.connect(self.acknowledge_caution)
        caution_row.addWidget(self._understood)
        caution_row.addStretch(1)
        caution_layout.addLayout(caution_row)
        return self._caution

    def _build_routines(self) -> QGroupBox:
        routine_box = QGroupBox(self.tr("Routine"))
        routine_row = QHBoxLayout(routine_box)
        self._picker = QListWidget()
        self._picker.setObjectName("routine-picker")
        self._picker.setAccessibleName(self.tr("Routines"))
        self._picker.setMinimumWidth(self._picker.fontMetrics().horizontalAdvance("M" * 20))
        self._picker.currentItemChanged.connect(self._on_routine_chosen)
        routine_row.addWidget(self._picker, 2)
        details = QVBoxLayout()
        self._routine_name = wrapping_label("routine-name")
        set_font_scale(self._routine_name, 1.3, bold=True)
        self._routine_facts = wrapping_label("routine-facts")
        self._routine_description = wrapping_label("routine-description")
        self._routine_author = wrapping_label("routine-author")
        self._routine_caution = wrapping_label("routine-caution")
        self._routine_caution.setFrameShape(QFrame.Shape.StyledPanel)
        self._routine_caution.setMargin(8)
        for label in (
            self._routine_name,
            self._routine_facts,
            self._routine_description,
            self._routine_author,
            self._routine_caution,
        ):
            details.addWidget(label)
        details.addStretch(1)
        routine_row.addLayout(details, 3)
        return routine_box

    def _build_options(self) -> QGroupBox:
        options = QGroupBox(self.tr("How to do it"))
        options_layout = QVBoxLayout(options)
        self._release_only = QCheckBox(self.tr("&Let go without tensing first"))
        self._release_only.setObjectName("release-only")
        self._release_only.setAccessibleName(self._release_only.text().replace("&", ""))
        self._release_only.setAccessibleDescription(
            self.tr("Every step skips the tensing and only lets go.")
        )
        self._release_only.toggled.connect(
            lambda on: self._settings.set_value("relax_release_only", on)
        )
        options_layout.addWidget(self._release_only)
        self._locked_note = QLabel(self.tr("Managed by your clinic"))
        self._locked_note.setObjectName("locked-note")
        options_layout.addWidget(self._locked_note)
        self._pelvic_note = wrapping_label("pelvic-note")
        options_layout.addWidget(self._pelvic_note)
        return options

    def _build_buttons(self, outer: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start routine"))
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        set_font_scale(self.start_button, 1.3, bold=True)
        keep_tall(self.start_button)
        self.start_button.setAccessibleName(self.tr("Start routine"))
        self.start_button.setAccessibleDescription(self.tr("Space starts, pauses and resumes"))
        self.start_button.clicked.connect(self.start_requested)
        buttons.addWidget(self.start_button, 1)
        self._import = QPushButton(self.tr("&Import…"))
        self._import.setObjectName("import-routine")
        self._import.setAccessibleName(self.tr("Import a routine file"))
        self._import.clicked.connect(self.import_requested)
        self._export = QPushButton(self.tr("E&xport…"))
        self._export.setObjectName("export-routine")
        self._export.setAccessibleName(self.tr("Export this routine to a file"))
        self._export.clicked.connect(self.export_requested)
        self._record_voice = QPushButton(self.tr("Record my &voice…"))
        self._record_voice.setObjectName("record-my-voice")
        self._record_voice.setAccessibleDescription(
            self.tr("Record this routine's instructions in your own voice, step by step")
        )
        self._record_voice.clicked.connect(self.record_requested)
        for button in (self._import, self._export, self._record_voice):
            keep_tall(button, like=self.start_button)
            if button is not self._record_voice:
                buttons.addWidget(button)
            if self._kiosk:  # hide only: showing a widget that has no parent opens a window
                button.hide()
        if not self._library.can_import:
            self._import.hide()
            self._record_voice.hide()
        outer.addLayout(buttons)
        # a row of its own: beside Start, Import and Export it would widen the page at 200 %
        record_row = QHBoxLayout()
        record_row.addWidget(self._record_voice)
        record_row.addStretch(1)
        outer.addLayout(record_row)

    def scrolled(self) -> QWidget:
        """This pane in a scroll area, as the page shows it."""
        return scrolling(self, self.tr("Choose a routine"))

    # ----- settings -------------------------------------------------------------------

    def apply_settings(self) -> None:
        """Show the options the settings hold (and whether the clinic locked them)."""
        s = self._settings
        self._release_only.blockSignals(True)
        self._release_only.setChecked(s.get_bool("relax_release_only"))
        self._release_only.blockSignals(False)
        locked = s.is_locked("relax_release_only")
        self._release_only.setEnabled(not locked)
        self._locked_note.setVisible(locked)
        self._pelvic_note.setText(self._pelvic_text())
        self.fill_routine_texts()

    def _pelvic_text(self) -> str:
        """What the setup says about the pelvic floor; Settings only when they can help."""
        s = self._settings
        # a guest cannot open Settings, and nobody can change a setting the clinic locked
        changeable = not self._kiosk and not s.is_locked("relax_pelvic_tense")
        if s.get_bool("relax_pelvic_tense"):
            if changeable:
                return self.tr(
                    "Tensing the pelvic floor is switched on in Settings. Tense it only very "
                    "gently, and switch it off again if it hurts."
                )
            return self.tr(
                "On this computer, routines include gently tensing the pelvic floor. Tense it "
                "only very gently, and simply let go instead if it hurts."
            )
        if changeable:
            return self.tr(
                "The pelvic floor only lets go here; it is never squeezed. A tight pelvic "
                "floor needs letting go, not more tension. Tensing it can be switched on "
                "in Settings, but only if your physiotherapist advises it."
            )
        return self.tr(
            "The pelvic floor only lets go here; it is never squeezed. A tight pelvic "
            "floor needs letting go, not more tension."
        )

    def options(self) -> dict[str, bool]:
        """The safety options the next routine runs with."""
        return {
            "release_only": self._settings.get_bool("relax_release_only"),
            "allow_pelvic_tense": self._settings.get_bool("relax_pelvic_tense"),
        }

    def _minutes(self, routine: Routine) -> int:
        return max(round(routine.planned_s(**self.options()) / 60), 1)

    def _source_text(self, source: RoutineSource) -> str:
        return {
            RoutineSource.BUILTIN: self.tr("Built-in"),
            RoutineSource.CLINIC: self.tr("From your clinic"),
            RoutineSource.USER: self.tr("Yours"),
        }[source]

    # ----- routines -------------------------------------------------------------------

    def fill_routines(self) -> None:
        """List the library's routines, keeping the chosen one."""
        current = self.current_routine()
        chosen = current.routine.id if current else DEFAULT_ROUTINE_ID
        self._picker.blockSignals(True)
        self._picker.clear()
        for loaded in self._library.routines():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, loaded.routine.id)
            self._picker.addItem(item)
        self.fill_routine_texts()
        rows = [
            row
            for row in range(self._picker.count())
            if self._picker.item(row).data(Qt.ItemDataRole.UserRole) == chosen
        ]
        if self._picker.count():
            self._picker.setCurrentRow(rows[0] if rows else 0)
        self._picker.blockSignals(False)
        self._show_routine()

    def fill_routine_texts(self) -> None:
        """Item texts carry the length, which depends on the release-only setting."""
        for row in range(self._picker.count()):
            item = self._picker.item(row)
            loaded = self._library.find(str(item.data(Qt.ItemDataRole.UserRole)))
            if loaded is None:
                continue
            minutes = self.tr("%1 min").replace("%1", format_number(self._minutes(loaded.routine)))
            item.setText(join_parts((loaded.routine.name, minutes)))
        self._show_routine()

    def select_routine(self, routine_id: str) -> bool:
        """Choose the routine with ``routine_id``; False when there is none."""
        for row in range(self._picker.count()):
            if self._picker.item(row).data(Qt.ItemDataRole.UserRole) == routine_id:
                self._picker.setCurrentRow(row)
                return True
        return False

    def current_routine(self) -> LoadedRoutine | None:
        """The routine chosen in the list, or None when there are none."""
        item = self._picker.currentItem()
        if item is None:
            return None
        return self._library.find(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_routine_chosen(self, *_args: object) -> None:
        self._show_routine()
        loaded = self.current_routine()
        if loaded is not None:
            self.routine_chosen.emit(loaded.routine.id)

    def _show_routine(self) -> None:
        loaded = self.current_routine()
        self.start_button.setEnabled(loaded is not None)
        self._export.setEnabled(loaded is not None)
        self._record_voice.setEnabled(loaded is not None)
        if loaded is None:
            self._routine_name.setText(self.tr("No routine is available."))
            for label in (
                self._routine_facts,
                self._routine_description,
                self._routine_author,
                self._routine_caution,
            ):
                label.hide()
            return
        routine = loaded.routine
        self._routine_name.setText(routine.name)
        minutes = self._minutes(routine)
        facts = [
            self.tr("About %n minute(s)", "", minutes),
            tr_core("routine", KIND_LABELS[routine.kind]),
            self._source_text(loaded.source),
        ]
        self._routine_facts.setText(join_parts(facts))
        self._routine_description.setText(routine.description)
        self._routine_author.setText(
            self.tr("By %1 · version %2")
            .replace("%1", routine.author)
            .replace("%2", routine.version)
        )
        self._routine_caution.setText(routine.caution)
        self._routine_facts.show()
        self._routine_description.setVisible(bool(routine.description))
        self._routine_author.show()
        self._routine_caution.setVisible(bool(routine.caution))
        # read with Start routine, the control Tab reaches: the routine's caution, and how its
        # first step goes (a reader's get-ready is a few words once the routine runs)
        parts = [routine.caution]
        if routine.steps:
            first = routine.steps[0]
            where = self.tr("First: %1").replace("%1", region_text(first.region))
            parts.append(f"{where}. {first.instruction}")
        parts.append(self.tr("Space starts, pauses and resumes"))
        self.start_button.setAccessibleDescription(" ".join(part for part in parts if part))

    # ----- caution and notes ----------------------------------------------------------

    def acknowledge_caution(self) -> None:
        """ "I understand": hide the caution for good (``caution_seen``, once)."""
        if self._caution.isHidden():
            return
        self._caution.hide()
        self.caution_seen.emit()
        self.start_button.setFocus()

    def caution_showing(self) -> bool:
        """True while the first-session caution waits to be confirmed."""
        return not self._caution.isHidden()

    def point_at_caution(self) -> str:
        """Start before the caution is confirmed: focus "I understand"; the caution's text."""
        self._understood.setFocus()
        return self._caution_text.text()

    def show_file_note(self, text: str) -> None:
        """A line under the buttons: what an import or export did, or why the voice is off."""
        self._file_note.setText(text)
        self._file_note.show()

    def hide_file_note(self) -> None:
        """A new routine starts: the last note is old news."""
        self._file_note.hide()
