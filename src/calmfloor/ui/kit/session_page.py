"""One page for a guided session: setup, then the session, then done with the ratings.

Breathing and Relax are both a :class:`SessionPage`: a stack of three steps (setup, run,
done), the tension and pain ratings before and after, the keys that leave a session, and
the settings every session page follows (reduced motion, the cue player).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.session import Ratings
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.rating import RatingRow, tension_and_pain_rows
from calmfloor.ui.kit.session import HistoryRecorder, SessionDriver
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.theme import resolve_reduced_motion
from calmfloor.ui.kit.widgets import keep_tall

REFERENCE_HEIGHT_PX = 700  # a session's large type grows with the page above this height

ALL_RATINGS = frozenset({"tension", "pain"})

RatingsAsked = Callable[[], frozenset[str] | None]
"""Which ratings to ask now (``tension``, ``pain``); None leaves it to the setting."""


def height_scale(height_px: int) -> float:
    """How much a session page's large type grows on a page ``height_px`` tall (1.0 up to
    ``REFERENCE_HEIGHT_PX``)."""
    return max(1.0, height_px / REFERENCE_HEIGHT_PX) if height_px > 0 else 1.0


def done_title_label() -> QLabel:
    """The end step's large title ("Well done"), object name ``done-title``."""
    title = QLabel()
    title.setObjectName("done-title")
    set_font_scale(title, 1.8, bold=True)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return title


class RatingsBox(QGroupBox):
    """The tension and pain rows asked before or after a session; only the asked ones show.

    Args:
        title: the question ("How do you feel right now? (optional)").
        object_name: ``ratings-before`` or ``ratings-after``.
    """

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        self.tension, self.pain = tension_and_pain_rows()
        self.tension.setObjectName("tension-rating")
        self.pain.setObjectName("pain-rating")
        layout.addWidget(self.tension)
        layout.addWidget(self.pain)
        self._asked = ALL_RATINGS

    def ask(self, asked: frozenset[str]) -> None:
        """Show the rows in ``asked``; the box hides when none is asked."""
        self._asked = asked
        self.tension.setVisible("tension" in asked)
        self.pain.setVisible("pain" in asked)
        self.setVisible(bool(asked))

    def values(self) -> tuple[int | None, int | None]:
        """Tension and pain as given; None for a row not rated or not asked."""
        tension = self.tension.value() if "tension" in self._asked else None
        pain = self.pain.value() if "pain" in self._asked else None
        return tension, pain

    def first_asked(self) -> RatingRow | None:
        """The first row shown, where the focus goes after a session."""
        for row, key in ((self.tension, "tension"), (self.pain, "pain")):
            if key in self._asked:
                return row
        return None

    def clear(self) -> None:
        """Back to "not rated"."""
        self.tension.clear()
        self.pain.clear()


class LargeTypePage(QWidget):
    """A page whose large type follows its height and the text size: :meth:`_apply_fonts`
    runs on every resize and every text-size change."""

    def resizeEvent(self, event: object) -> None:
        self._apply_fonts()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Large type for the page's height and the text size (subclasses)."""


class SessionPage(LargeTypePage):
    """Setup, run and done for one kind of session, with the ratings before and after.

    A subclass builds its three panes, hands them to :meth:`set_panes` (the setup pane
    places :attr:`before_box`, the done pane :attr:`done_footer`) and says how to start a
    session and what to announce. Everything that leaves a session (Stop, Esc, the ratings,
    closing the window) and the settings shared by every session page live here.

    Args:
        driver: runs the sessions (its ticker paints only while this page is shown).
        recorder: stores them; the after ratings go to its last saved session.
        settings: preferences (ratings, reduced motion, sound).
        cues: the sound player, bound to ``settings``.
        report_unsaved: say on the end screen when a session could not be saved.
        ratings_asked: which ratings to ask now (a programme's); None, or a provider
            that answers None, leaves it to the ``ask_ratings`` setting.
        parent: the Qt parent.

    Signals:
        session_saved(): a session was stored (History should refresh).
    """

    session_saved = Signal()

    def __init__(
        self,
        driver: SessionDriver[Any, Any, Any],
        recorder: HistoryRecorder,
        settings: SettingsModel,
        cues: CuePlayer,
        *,
        report_unsaved: bool = True,
        ratings_asked: RatingsAsked | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._recorder = recorder
        self._settings = settings
        self._cues = cues
        self._report_unsaved = report_unsaved
        self._ratings_provider = ratings_asked
        self._asked = ALL_RATINGS

        self.before_box = RatingsBox(
            self.tr("How do you feel right now? (optional)"), "ratings-before"
        )
        self.after_box = RatingsBox(self.tr("How do you feel now? (optional)"), "ratings-after")
        self.done_footer = self._build_footer()

        self._stack = QStackedWidget()
        self._stack.setObjectName("session-steps")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._setup_page: QWidget | None = None
        self._run_page: QWidget | None = None
        self._done_page: QWidget | None = None

        recorder.saved.connect(lambda _id: self.session_saved.emit())
        settings.changed.connect(self._on_setting)

    def _build_footer(self) -> QWidget:
        footer = QWidget()
        layout = QVBoxLayout(footer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.after_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._save_ratings = QPushButton(self.tr("Save and finish"))
        self._save_ratings.setObjectName("save-ratings")
        self._save_ratings.setDefault(True)
        self._save_ratings.clicked.connect(self.finish_ratings)
        self._skip_ratings = QPushButton(self.tr("Skip"))
        self._skip_ratings.setObjectName("skip-ratings")
        self._skip_ratings.setAccessibleName(self.tr("Skip the ratings"))
        self._skip_ratings.clicked.connect(self.skip_ratings)
        for button in (self._save_ratings, self._skip_ratings):
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._not_saved = QLabel()
        self._not_saved.setObjectName("not-saved")
        self._not_saved.setWordWrap(True)
        self._not_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._not_saved)
        return footer

    def set_panes(self, name: str, setup: QWidget, run: QWidget, done: QWidget) -> None:
        """The three steps, in order (setup shows first), and what the stack of them is
        called: a screen reader says an unnamed one as "layered pane"."""
        self._stack.setAccessibleName(name)
        self._setup_page, self._run_page, self._done_page = setup, run, done
        for pane in (setup, run, done):
            self._stack.addWidget(pane)
        self._stack.setCurrentWidget(setup)

    # ----- the steps --------------------------------------------------------------------

    def current_step(self) -> str:
        """``setup``, ``run`` or ``done``: which step is shown."""
        current = self._stack.currentWidget()
        if current is not None and current is self._run_page:
            return "run"
        if current is not None and current is self._done_page:
            return "done"
        return "setup"

    def _show_step(self, pane: QWidget | None) -> None:
        assert pane is not None, "set_panes first"
        self._stack.setCurrentWidget(pane)
        self._step_changed()

    def _step_changed(self) -> None:
        """The shown step changed (subclasses enable their keys)."""

    def start(self) -> None:
        """Start a session with the chosen setup (subclasses)."""
        raise NotImplementedError

    def toggle(self) -> None:
        """Space: start from setup, pause a running session, resume a paused one."""
        if self._driver.is_active:
            self._driver.toggle()
        elif self.current_step() == "setup":
            self.start()

    def stop(self) -> None:
        """Stop the session early; it is kept in history as stopped."""
        self._driver.stop()

    def escape(self) -> None:
        """Esc: stop a session, or leave the end screen without ratings."""
        if self._driver.is_active:
            self.stop()
        elif self.current_step() == "done":
            self.skip_ratings()

    # ----- ratings ----------------------------------------------------------------------

    def ratings_asked(self) -> frozenset[str]:
        """The ratings asked now: the provider's (a programme's), else the setting's."""
        asked = self._ratings_provider() if self._ratings_provider is not None else None
        if asked is None:
            return ALL_RATINGS if self._settings.get_bool("ask_ratings") else frozenset()
        return frozenset(asked) & ALL_RATINGS

    def refresh_ratings(self) -> None:
        """Show exactly the ratings asked now (call when a programme starts or ends)."""
        asked = self.ratings_asked()
        self._asked = asked
        self.before_box.ask(asked)
        self.after_box.ask(asked)
        self._save_ratings.setText(self.tr("Save and finish") if asked else self.tr("Done"))
        self._skip_ratings.setVisible(bool(asked))

    def before_ratings(self) -> Ratings:
        """The ratings given on the setup step."""
        tension, pain = self.before_box.values()
        return Ratings(tension_before=tension, pain_before=pain)

    def finish_ratings(self) -> None:
        """Save the after-session ratings (if any) and return to setup."""
        if self._asked:
            self._recorder.set_after_ratings(*self.after_box.values())
        self._back_to_setup()

    def skip_ratings(self) -> None:
        """Return to setup without after-session ratings."""
        self._back_to_setup()

    def _back_to_setup(self) -> None:
        self.before_box.clear()
        self.after_box.clear()
        self.refresh_ratings()
        self._show_step(self._setup_page)
        self._cleared()

    def _cleared(self) -> None:
        """Back on setup after a session (subclasses clear their pictures, focus Start)."""

    def _show_done(self, title: str, summary: str) -> None:
        """The end step: say how it went, then offer the ratings (focused)."""
        if self._report_unsaved and not self._recorder.can_save:
            self._not_saved.setText(self.tr("This session could not be saved to your history."))
        else:
            self._not_saved.clear()
        self._show_step(self._done_page)
        # said with the rating that takes the focus (a reader would cut it off otherwise)
        self._announce(f"{title}. {summary}")
        (self.after_box.first_asked() or self._save_ratings).setFocus()

    def _announce(self, text: str) -> None:
        """Tell screen readers once (subclasses choose the widget that speaks)."""
        raise NotImplementedError

    # ----- settings ---------------------------------------------------------------------

    def _on_setting(self, _key: str, _value: object) -> None:
        self.apply_settings()

    def apply_settings(self) -> None:
        """Follow the settings: the ratings asked, reduced motion, then the page's own."""
        self.refresh_ratings()
        reduced = resolve_reduced_motion(self._settings.get_choice("reduced_motion"))
        self._driver.set_reduced_motion(reduced)
        self._apply_page_settings(reduced)

    def _apply_page_settings(self, reduced_motion: bool) -> None:
        """The page's own settings (subclasses)."""

    # ----- leaving ----------------------------------------------------------------------

    def _leave_question(self) -> tuple[str, str]:
        """The title and text that ask before closing during a session (subclasses)."""
        raise NotImplementedError

    def confirm_leave(self) -> bool:
        """Ask before closing during a session; True when it may close."""
        if not self._driver.is_active:
            return True
        title, text = self._leave_question()
        answer = QMessageBox.question(self, title, text)
        if answer == QMessageBox.StandardButton.Yes:
            self.stop()
            return True
        return False

    # ----- visibility and size ------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        self._driver.set_painting(True)
        if self.current_step() == "setup":
            self.refresh_ratings()  # a programme may have started or ended meanwhile
        self._shown(True)
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        # keep cue timing, stop painting: the driver wakes only at phase boundaries
        self._driver.set_painting(False)
        self._shown(False)
        super().hideEvent(event)  # type: ignore[arg-type]

    def _shown(self, shown: bool) -> None:
        """The page was shown or hidden (subclasses)."""
