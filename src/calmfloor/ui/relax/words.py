"""What the Relax page says about a phase: its word, how to do it, and what a reader hears."""

from __future__ import annotations

from PySide6.QtCore import QObject

from calmfloor.core.routine import (
    ACTIVITY_LABELS,
    PHASE_LABELS,
    Region,
    RoutinePhase,
    Segment,
    Side,
    Step,
)
from calmfloor.ui.kit.widgets import format_number, tr_core
from calmfloor.ui.relax.controller import RelaxController
from calmfloor.ui.relax.setup_pane import region_text


class RoutineWords(QObject):
    """The words for the current routine's phases (on screen and for screen readers).

    Args:
        controller: gives the running routine and its segments.
    """

    def __init__(self, controller: RelaxController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller

    def step(self, segment: Segment) -> Step | None:
        """The step ``segment`` belongs to, if any."""
        routine = self._controller.routine
        if routine is None or not 0 <= segment.step_index < len(routine.steps):
            return None
        return routine.steps[segment.step_index]

    def where(self, region: Region, side: Side | None) -> str:
        """``Feet, left side`` for announcements and "Next:"."""
        name = region_text(region)
        if side is Side.LEFT:
            return self.tr("%1, left side").replace("%1", name)
        if side is Side.RIGHT:
            return self.tr("%1, right side").replace("%1", name)
        if side is Side.BOTH:
            return self.tr("%1, both sides").replace("%1", name)
        return name

    def phase_text(self, segment: Segment) -> tuple[str, str]:
        """The phase word and how to do it (one line each, "" when there is nothing to add)."""
        step = self.step(segment)
        phase = segment.phase
        if phase is RoutinePhase.ACTIVITY and step is not None and step.activity:
            word = tr_core("routine", ACTIVITY_LABELS.get(step.activity, PHASE_LABELS[phase]))
        else:
            word = tr_core("routine", PHASE_LABELS[phase])
        how: list[str] = []
        if phase is RoutinePhase.READY and step is not None:
            how.append(self.tr("Next: %1").replace("%1", self.where(step.region, segment.side)))
        elif phase is RoutinePhase.TENSE:
            how.append(
                self.tr("Gently, about half effort")
                if segment.gentle
                else self.tr("Gently, never into pain")
            )
        elif phase is RoutinePhase.HOLD:
            how.append(self.tr("A gentle stretch, never into pain"))
        if segment.repetitions > 1 and phase in (
            RoutinePhase.TENSE,
            RoutinePhase.LET_GO,
            RoutinePhase.HOLD,
        ):
            how.append(
                self.tr("Round %1 of %2")
                .replace("%1", format_number(min(segment.repetition + 1, segment.repetitions)))
                .replace("%2", format_number(segment.repetitions))
            )
        return word, "\n".join(how)

    def announcement(self, segment: Segment) -> str:
        """What a screen reader hears as ``segment`` begins."""
        step = self.step(segment)
        word, _how = self.phase_text(segment)
        if step is None:
            return word + "."
        where = self.where(step.region, segment.side)
        # get-ready stays short so the tense cue is heard on time: the instruction was said
        # near the end of the let-go before (see RelaxView._say_next_step), and is on screen
        return f"{word}. {where}."

    def next_step_text(self, segment: Segment) -> str:
        """What a reader says near the end of ``segment`` when a new step follows ("" if not)."""
        session = self._controller.session
        if session is None or segment.phase in (RoutinePhase.READY, RoutinePhase.TENSE):
            return ""
        following = session.segments[segment.index + 1 : segment.index + 2]
        if not following or following[0].phase is not RoutinePhase.READY:
            return ""
        step = self.step(following[0])
        if step is None:
            return ""
        where = self.where(step.region, following[0].side)
        return self.tr("Next: %1").replace("%1", where) + f". {step.instruction}"
