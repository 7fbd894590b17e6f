"""What the voice says for each routine phase: the spoken script, Qt-free and time-free.

The script follows the clinical way PMR is read aloud: at "get ready" the muscle, the side
and the instruction; then a short word for tensing ("gently… and hold"), one for letting go
("and let go… notice the difference"), breath words through a breath-coupled let-go, the
start of a rest, a skip acknowledged, and the closing advice. It never counts seconds.

The English sentences are marked for translation in context ``voice``; the Qt layer
translates them, fills ``{where}`` and appends the step's own instruction (which already
comes in the routine's language).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from calmfloor.core.i18n import QT_TRANSLATE_NOOP
from calmfloor.core.routine import (
    BreathCoupling,
    Mode,
    Region,
    Routine,
    RoutinePhase,
    Segment,
    Side,
)

BREATH_IN_S = 5.5  # breath words through a breath-coupled let-go: the coherent 5.5-0-5.5-0 pace
BREATH_OUT_S = 5.5
BREATH_CUE_LEAD_S = 1.0  # no new breath word this close to the end of the phase
SENTENCE_GAP_S = 1.5  # quiet after the instruction before tensing (a spoken script pauses 2-3 s)


class VoiceCue(StrEnum):
    """Every kind of thing the voice says; a voice pack has one clip per cue."""

    WELCOME = "welcome"  # the safety line, once at the start
    STEP = "step"  # get ready: the muscle, the side, the instruction
    TENSE = "tense"
    TENSE_GENTLE = "tense_gentle"
    PRESS = "press"  # contract-relax: press against the stretch
    LET_GO = "let_go"
    LET_GO_BREATH_OUT = "let_go_breath_out"
    BREATHE_IN_DROP = "breathe_in_drop"
    BREATHE_OUT_RETURN = "breathe_out_return"
    HOLD = "hold"
    REST = "rest"
    ACTIVITY = "activity"
    SKIPPED = "skipped"
    SKIPPED_HURTS = "skipped_hurts"
    END = "end"
    STOPPED = "stopped"


CUE_TEXTS: dict[VoiceCue, str] = {
    VoiceCue.WELCOME: QT_TRANSLATE_NOOP(
        "voice",
        "Find a comfortable position. Tense only gently, never into pain, "
        "and skip any part that hurts.",
    ),
    VoiceCue.STEP: QT_TRANSLATE_NOOP("voice", "Next: {where}."),
    VoiceCue.TENSE: QT_TRANSLATE_NOOP("voice", "Tense, gently… and hold."),
    VoiceCue.TENSE_GENTLE: QT_TRANSLATE_NOOP("voice", "Very gently, tense a little… and hold."),
    VoiceCue.PRESS: QT_TRANSLATE_NOOP("voice", "Press gently against the stretch… and hold."),
    VoiceCue.LET_GO: QT_TRANSLATE_NOOP("voice", "And let go… notice the difference."),
    VoiceCue.LET_GO_BREATH_OUT: QT_TRANSLATE_NOOP(
        "voice", "And let go as you breathe out… notice the difference."
    ),
    VoiceCue.BREATHE_IN_DROP: QT_TRANSLATE_NOOP("voice", "Breathe in… let it drop and widen."),
    VoiceCue.BREATHE_OUT_RETURN: QT_TRANSLATE_NOOP("voice", "Breathe out… let it return."),
    VoiceCue.HOLD: QT_TRANSLATE_NOOP("voice", "Hold the stretch gently, and breathe easily."),
    VoiceCue.REST: QT_TRANSLATE_NOOP("voice", "Rest now."),
    VoiceCue.ACTIVITY: QT_TRANSLATE_NOOP("voice", "Begin when you are ready."),
    VoiceCue.SKIPPED: QT_TRANSLATE_NOOP("voice", "Skipped."),
    VoiceCue.SKIPPED_HURTS: QT_TRANSLATE_NOOP(
        "voice", "Skipped. That is fine: leave out anything that hurts."
    ),
    VoiceCue.END: QT_TRANSLATE_NOOP(
        "voice", "That is the end. Sit for a moment before you stand up."
    ),
    VoiceCue.STOPPED: QT_TRANSLATE_NOOP("voice", "Stopped. Sit for a moment before you stand up."),
}

# "Next: {where}." is filled with the region, then (on a one-sided step) the side
WHERE_WITH_SIDE = QT_TRANSLATE_NOOP("voice", "{region}, {side}")
SIDE_WORDS: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("voice", "left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("voice", "right side"),
}


@dataclass(frozen=True, slots=True)
class Utterance:
    """One thing to say.

    Attributes:
        cue: what kind of line it is (and which clip of a voice pack says it).
        template: the English sentence, to translate in context ``voice``.
        region: the region for ``{where}`` (STEP only).
        side: the side for ``{where}`` (STEP only; LEFT or RIGHT).
        instruction: the step's own words, spoken after the template (already in the
            routine's language); empty for cue words.
        step_index: the 0-based step (STEP only), naming the step's own recorded clip.
        holds_ready: the get-ready phase must wait until this has been said.
        at_s: seconds into the phase at which to say it.
    """

    cue: VoiceCue
    template: str
    region: Region | None = None
    side: Side | None = None
    instruction: str = ""
    step_index: int | None = None
    holds_ready: bool = False
    at_s: float = 0.0


def _cue(cue: VoiceCue, at_s: float = 0.0) -> Utterance:
    return Utterance(cue, CUE_TEXTS[cue], at_s=at_s)


def _first_of_side(routine: Routine, segment: Segment, segments: tuple[Segment, ...]) -> bool:
    """True when ``segment`` is the first phase of its step's side (no READY before it)."""
    if segment.index == 0:
        return True
    before = segments[segment.index - 1]
    return before.step_index != segment.step_index or before.side != segment.side


def _step_intro(routine: Routine, segment: Segment, *, holds: bool) -> Utterance:
    step = routine.steps[segment.step_index]
    side = segment.side if step.side is not None and segment.side is not Side.BOTH else None
    return Utterance(
        VoiceCue.STEP,
        CUE_TEXTS[VoiceCue.STEP],
        region=step.region,
        side=side,
        instruction=step.instruction,
        step_index=segment.step_index,
        holds_ready=holds,
    )


def breath_cues(duration_s: float) -> list[Utterance]:
    """Breath words for a breath-coupled pelvic-floor let-go, on the coherent pace."""
    cues: list[Utterance] = []
    at = 0.0
    while at < duration_s - BREATH_CUE_LEAD_S:
        cues.append(_cue(VoiceCue.BREATHE_IN_DROP, at))
        out_at = at + BREATH_IN_S
        if out_at < duration_s - BREATH_CUE_LEAD_S:
            cues.append(_cue(VoiceCue.BREATHE_OUT_RETURN, out_at))
        at = out_at + BREATH_OUT_S
    return cues


def phase_lines(
    routine: Routine, segments: tuple[Segment, ...], segment: Segment
) -> list[Utterance]:
    """What to say during ``segment``, in order, each with its offset into the phase.

    Args:
        routine: the routine being run.
        segments: its plan (``RoutineSession.segments``).
        segment: the phase that just began.

    Returns:
        The utterances; the first phase of the routine starts with the safety line.
    """
    lines: list[Utterance] = []
    if segment.index == 0:
        lines.append(_cue(VoiceCue.WELCOME))
    step = routine.steps[segment.step_index]
    phase = segment.phase
    if phase is RoutinePhase.READY:
        lines.append(_step_intro(routine, segment, holds=True))
        return lines
    if _first_of_side(routine, segment, segments):
        # a routine without get-ready: the step is named as it begins, and nothing waits
        lines.append(_step_intro(routine, segment, holds=False))
    if phase is RoutinePhase.TENSE:
        if step.mode is Mode.CONTRACT_RELAX:
            lines.append(_cue(VoiceCue.PRESS))
        else:
            lines.append(_cue(VoiceCue.TENSE_GENTLE if segment.gentle else VoiceCue.TENSE))
    elif phase is RoutinePhase.LET_GO:
        if step.breath is BreathCoupling.IN_DROP:
            lines += breath_cues(segment.duration_s)
        elif step.breath is BreathCoupling.OUT_RELEASE:
            lines.append(_cue(VoiceCue.LET_GO_BREATH_OUT))
        else:
            lines.append(_cue(VoiceCue.LET_GO))
    elif phase is RoutinePhase.HOLD:
        lines.append(_cue(VoiceCue.HOLD))
    elif phase is RoutinePhase.REST:
        lines.append(_cue(VoiceCue.REST))
    elif phase is RoutinePhase.ACTIVITY:
        lines.append(_cue(VoiceCue.ACTIVITY))
    return lines


def skip_line(hurts: bool) -> Utterance:
    """The acknowledgement of a skipped step."""
    return _cue(VoiceCue.SKIPPED_HURTS if hurts else VoiceCue.SKIPPED)


def end_line(completed: bool) -> Utterance:
    """The closing advice, after the last step or a stop."""
    return _cue(VoiceCue.END if completed else VoiceCue.STOPPED)
