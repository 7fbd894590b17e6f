"""The staff PIN: a salted, slow hash for the policy file, checking it, and a rate limit."""

from __future__ import annotations

import base64
import binascii
import math
import re
import unicodedata

__all__ = [
    "FIRST_PIN_WAIT_S",
    "FREE_PIN_TRIES",
    "MAX_PIN_DIGITS",
    "MAX_PIN_ITERATIONS",
    "MAX_PIN_WAIT_S",
    "MIN_PIN_DIGITS",
    "PIN_ITERATIONS",
    "PIN_SALT_BYTES",
    "PIN_SCHEME",
    "PinAttempts",
    "hash_pin",
    "normalize_pin",
    "pin_hash_iterations",
    "pin_hash_problem",
    "pin_problem",
    "verify_pin",
]

PIN_SCHEME = "pbkdf2-sha256"
PIN_ITERATIONS = 600_000  # OWASP's 2023 advice for PBKDF2-HMAC-SHA256
MAX_PIN_ITERATIONS = 5_000_000  # a policy may not make one PIN check take many seconds
PIN_SALT_BYTES = 16
MIN_SALT_BYTES = 8
HASH_BYTES = 32
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12

FREE_PIN_TRIES = 3
FIRST_PIN_WAIT_S = 30.0
MAX_PIN_WAIT_S = 300.0

_ITERATIONS_RE = re.compile(r"[1-9][0-9]{0,8}")
_B64_RE = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def normalize_pin(pin: str) -> str:
    """``pin`` with every decimal digit of any script as an ASCII digit.

    A PIN typed as ``۱۲۳۴`` on a Persian keyboard is the same PIN as ``1234``.
    """
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in pin)


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN (an English sentence), or None when it can."""
    digits = normalize_pin(pin)
    if not digits.isascii() or not digits.isdigit():
        return f"use digits only: {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} of them."
    if not MIN_PIN_DIGITS <= len(digits) <= MAX_PIN_DIGITS:
        return f"the PIN has {len(digits)} digits; use {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS}."
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, salt: bytes, iterations: int = PIN_ITERATIONS) -> str:
    """The PIN as ``pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>``.

    Args:
        pin: the PIN as typed; digits of any script count as ASCII digits.
        salt: random bytes (``os.urandom(PIN_SALT_BYTES)``); at least 8.
        iterations: PBKDF2 rounds; tests pass a small number to stay fast.

    Raises:
        ValueError: the salt is too short or ``iterations`` is out of range.
    """
    if len(salt) < MIN_SALT_BYTES:
        raise ValueError(f"the salt must have at least {MIN_SALT_BYTES} bytes")
    if not 1 <= iterations <= MAX_PIN_ITERATIONS:
        raise ValueError(f"iterations must be 1 to {MAX_PIN_ITERATIONS}")
    import hashlib  # here, not at start-up: it loads OpenSSL's libcrypto (3 MiB resident)

    digest = hashlib.pbkdf2_hmac("sha256", normalize_pin(pin).encode("utf-8"), salt, iterations)
    return f"{PIN_SCHEME}${iterations}${_b64(salt)}${_b64(digest)}"


def _decode(encoded: str) -> tuple[int, bytes, bytes] | str:
    """``(iterations, salt, hash)`` from an encoded PIN hash, or why it is malformed."""
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != PIN_SCHEME:
        return (
            f'this is not a PIN hash; it must look like "{PIN_SCHEME}$600000$...$..." '
            "(make one with: calmfloor admin hash-pin)."
        )
    _, rounds, salt_text, hash_text = parts
    if not _ITERATIONS_RE.fullmatch(rounds) or int(rounds) > MAX_PIN_ITERATIONS:
        return f"the number of rounds must be a whole number from 1 to {MAX_PIN_ITERATIONS}."
    try:
        if not (_B64_RE.fullmatch(salt_text) and _B64_RE.fullmatch(hash_text)):
            raise binascii.Error
        salt = base64.b64decode(salt_text, validate=True)
        digest = base64.b64decode(hash_text, validate=True)
    except (binascii.Error, ValueError):
        return "the salt or the hash is not valid base64; copy the whole line again."
    if len(salt) < MIN_SALT_BYTES or len(digest) != HASH_BYTES:
        return "the salt or the hash has the wrong length; copy the whole line again."
    return int(rounds), salt, digest


def pin_hash_problem(encoded: str) -> str | None:
    """Why ``encoded`` is not a usable PIN hash (an English sentence), or None."""
    decoded = _decode(encoded)
    return decoded if isinstance(decoded, str) else None


def pin_hash_iterations(encoded: str) -> int | None:
    """The rounds of a well-formed PIN hash, or None when it is malformed."""
    decoded = _decode(encoded)
    return None if isinstance(decoded, str) else decoded[0]


def verify_pin(pin: str, encoded: str) -> bool:
    """True when ``pin`` matches ``encoded``; False for a wrong PIN or a malformed hash.

    The comparison takes the same time however many bytes match.
    """
    decoded = _decode(encoded)
    if isinstance(decoded, str):
        return False
    iterations, salt, expected = decoded
    import hashlib
    import hmac

    actual = hashlib.pbkdf2_hmac("sha256", normalize_pin(pin).encode("utf-8"), salt, iterations)
    return hmac.compare_digest(actual, expected)


class PinAttempts:
    """The rate limit on wrong PINs, driven by ``now`` (monotonic seconds).

    The first :data:`FREE_PIN_TRIES` wrong PINs cost nothing; the next try must then wait
    :data:`FIRST_PIN_WAIT_S`, and each further wrong PIN doubles the wait, up to
    :data:`MAX_PIN_WAIT_S`. A right PIN starts the count again.
    """

    __slots__ = ("_failures", "_until")

    def __init__(self) -> None:
        self._failures = 0
        self._until = 0.0

    @property
    def failures(self) -> int:
        """Wrong PINs since the last right one."""
        return self._failures

    def wait_s(self, now: float) -> float:
        """Seconds until the next try is allowed; 0 when a try is allowed now."""
        # never longer than the longest wait, even if `now` went backwards
        return max(0.0, min(self._until - now, MAX_PIN_WAIT_S))

    def record_failure(self, now: float) -> None:
        """Count a wrong PIN entered at ``now``."""
        self._failures += 1
        extra = self._failures - FREE_PIN_TRIES
        if extra >= 0:
            wait = min(FIRST_PIN_WAIT_S * 2 ** min(extra, 16), MAX_PIN_WAIT_S)
            self._until = now + wait

    def record_success(self) -> None:
        """A right PIN: the count starts again."""
        self._failures = 0
        self._until = 0.0

    def restore(self, failures: int, wait_s: float, now: float) -> None:
        """Take over a count kept across a restart: ``failures`` wrong PINs, ``wait_s`` to wait.

        Out-of-range values are clamped, so a damaged record can never shorten more than
        it could lengthen: at most :data:`MAX_PIN_WAIT_S` of waiting.
        """
        self._failures = max(0, min(int(failures), 1_000_000))
        wait = wait_s if math.isfinite(wait_s) else MAX_PIN_WAIT_S
        self._until = now + max(0.0, min(wait, MAX_PIN_WAIT_S))
