"""The staff PIN: a salted PBKDF2 hash, a strict checker, and the wrong-PIN rate limit."""

from __future__ import annotations

import base64
import inspect

import pytest

from calmfloor.core.pin import (
    MAX_PIN_WAIT_S,
    PIN_ITERATIONS,
    PinAttempts,
    hash_pin,
    pin_hash_problem,
    pin_problem,
    verify_pin,
)

FAST = 1_000  # rounds for tests; the real default is checked below
SALT = bytes(range(16))


def test_the_default_is_slow_enough() -> None:
    assert PIN_ITERATIONS >= 600_000  # OWASP 2023 for PBKDF2-HMAC-SHA256
    assert inspect.signature(hash_pin).parameters["iterations"].default == PIN_ITERATIONS


def test_a_hash_is_salted_and_checks_only_its_pin() -> None:
    encoded = hash_pin("4711", SALT, FAST)
    scheme, rounds, salt, digest = encoded.split("$")
    assert (scheme, rounds) == ("pbkdf2-sha256", "1000")
    assert base64.b64decode(salt) == SALT
    assert len(base64.b64decode(digest)) == 32
    assert "4711" not in encoded
    assert verify_pin("4711", encoded)
    for wrong in ("4712", "47110", "0471", "", " 4711"):
        assert not verify_pin(wrong, encoded)
    assert hash_pin("4711", bytes(16), FAST) != encoded  # another salt, another hash
    assert pin_hash_problem(encoded) is None


def test_digits_of_any_script_are_the_same_pin() -> None:
    encoded = hash_pin("1234", SALT, FAST)
    assert verify_pin("۱۲۳۴", encoded)  # typed on a Persian keyboard
    assert verify_pin("١٢٣٤", encoded)  # Arabic-Indic digits
    assert pin_problem("۱۲۳۴") is None


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "1234",
        "pbkdf2-sha256",
        "pbkdf2-sha1$1000$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "=",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "=",
        "pbkdf2-sha256$+100$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "=",
        "pbkdf2-sha256$99999999$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "=",  # too slow
        "pbkdf2-sha256$1000$not base64!$" + "A" * 43 + "=",
        "pbkdf2-sha256$1000$AAAA$" + "A" * 43 + "=",  # salt too short
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",  # hash too short
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "=$extra",
    ],
)
def test_a_malformed_hash_matches_no_pin(encoded: str) -> None:
    assert not verify_pin("1234", encoded)
    assert pin_hash_problem(encoded) is not None


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("1234", None),
        ("123456789012", None),
        ("123", "the PIN has 3 digits; use 4 to 12."),
        ("1234567890123", "the PIN has 13 digits; use 4 to 12."),
        ("12a4", "use digits only: 4 to 12 of them."),
        ("12 34", "use digits only: 4 to 12 of them."),
        ("", "use digits only: 4 to 12 of them."),
        ("1²34", "use digits only: 4 to 12 of them."),
    ],
)
def test_which_pins_are_allowed(pin: str, problem: str | None) -> None:
    assert pin_problem(pin) == problem


def test_hash_pin_refuses_a_weak_salt_or_odd_rounds() -> None:
    with pytest.raises(ValueError, match="salt"):
        hash_pin("1234", b"short", FAST)
    with pytest.raises(ValueError, match="iterations"):
        hash_pin("1234", SALT, 0)


def test_three_free_tries_then_a_doubling_wait() -> None:
    attempts = PinAttempts()
    now = 100.0
    waits = []
    for _ in range(9):
        assert attempts.wait_s(now) == 0.0
        attempts.record_failure(now)
        waits.append(attempts.wait_s(now))
        now += attempts.wait_s(now)
    assert waits == [0, 0, 30, 60, 120, 240, 300, 300, 300]  # tries 1-3 come at once
    assert attempts.failures == 9


def test_the_wait_counts_down_and_a_right_pin_resets() -> None:
    attempts = PinAttempts()
    for _ in range(4):
        attempts.record_failure(10.0)
    assert attempts.wait_s(10.0) == 60.0
    assert attempts.wait_s(40.0) == 30.0
    assert attempts.wait_s(70.0) == 0.0
    assert attempts.wait_s(-1e9) == MAX_PIN_WAIT_S  # a clock that jumped back
    attempts.record_success()
    assert attempts.wait_s(10.0) == 0.0
    for _ in range(3):
        attempts.record_failure(20.0)
    assert attempts.wait_s(20.0) == 30.0  # the count started again
