"""Every argument of `isotrack`, and the validators behind them, given arbitrary input.

The promise checked: a command either exits 0 having stored exactly the valid record asked for
(read back from the database, and readable by `status --json`), or exits 2 with one `error:`
line and the database as it was. Never a traceback, never a value stored in a form the patient
did not mean (full-width digits, `1e3`, an offset dropped from a time).

Commands run in this process through `cli.main()` on a fresh copy of one store per example, so
that ~100 examples per property stay within a few seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.cli.inprocess import ARABIC_INDIC, FULL_WIDTH, TODAY, Outcome, call
from tests.cli.test_cli import dump, setup_in_process
from tracker.domain import limits
from tracker.errors import UserInputError

COURSE_START = dt.date(2026, 10, 1)
AS_OF = dt.date.fromisoformat(TODAY)
FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- the store every example starts from ----------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A course from 2026-10-01 (40 mg a day, 70 kg) with 2026-10-01 logged as taken."""
    data_dir = tmp_path_factory.mktemp("fuzz") / "data"
    setup_in_process(
        data_dir, "course", "start", "--start", "2026-10-01", "--weight-kg", "70", "--dose-mg", "40"
    )
    setup_in_process(data_dir, "log", "--date", "2026-10-01", "--taken")
    return data_dir


class Store:
    """A fresh copy of the template for one example."""

    def __init__(self, template: Path) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="isotrack-fuzz-")
        self.data_dir = Path(self._tmp.name) / "data"
        shutil.copytree(template, self.data_dir)
        self.before = dump(self.data_dir)

    def close(self) -> None:
        self._tmp.cleanup()

    def run(self, *args: str) -> Outcome:
        return call(self.data_dir, *args)

    def attempt(self, *args: str) -> Outcome:
        """The command under test; `--hypothesis-show-statistics` shows how often each
        outcome came up (both must, or the property says little)."""
        outcome = self.run(*args)
        event(f"exit {outcome.status}")
        return outcome

    def rows(self, query: str, *params: object) -> list[tuple[Any, ...]]:
        connection = sqlite3.connect(self.data_dir / "isotrack.sqlite3")
        try:
            return connection.execute(query, params).fetchall()
        finally:
            connection.close()

    def status(self) -> dict[str, Any]:
        outcome = self.run("status", "--json")
        assert outcome.status == 0, outcome.stderr
        return dict(json.loads(outcome.stdout))

    def assert_refused(self, outcome: Outcome) -> None:
        """Exit 2, one `error:` line, nothing on stdout, nothing written."""
        assert outcome.status == 2, outcome
        lines = outcome.error_lines
        assert len(lines) == 1 and lines[0].startswith("error: "), outcome.stderr
        assert outcome.stdout == ""
        assert dump(self.data_dir) == self.before


@pytest.fixture(scope="module")
def fresh_store(template) -> Callable[[], Iterator[Store]]:
    def make() -> Iterator[Store]:
        store = Store(template)
        try:
            yield store
        finally:
            store.close()

    return make


def one(store_factory: Callable[[], Iterator[Store]]) -> Any:
    """`with one(fresh_store) as store:` inside a hypothesis example."""
    from contextlib import contextmanager

    return contextmanager(store_factory)()


# -- what counts as text ----------------------------------------------------------------------

# Every code point, lone surrogates (undecodable argv bytes) and NUL included.
ANY_CHAR = st.characters(exclude_categories=())
SPECIAL_TEXT = [
    "",
    " ",
    "<script>alert('x')</script>",
    "<b>bold</b> &amp; &lt;",
    "مرحبا، الجرعة ٤٠ ملغ",
    "\u202eevil\u202c",
    "\u200f\u200e",
    "👩\u200d⚕️💊🏳️\u200d🌈",
    "a\x00b",
    "\x00",
    "\x1b[31mred\x1b[0m",
    "\ud800",
    "\udcff\udcfe",
    "-x",
    "--taken",
    "line one\nline two\r\n\ttabbed",
    "\u2028",
    "x" * 10_000,
]
texts = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.sampled_from(SPECIAL_TEXT),
    # Around each length limit (100, 200, 2000) and far beyond it (10,000).
    st.tuples(st.text(ANY_CHAR, max_size=5), st.integers(0, 10_000), st.sampled_from("xé👩 ")).map(
        lambda t: t[0] + t[2] * t[1]
    ),
    st.sampled_from([95, 100, 101, 199, 200, 201, 1999, 2000, 2001]).map(lambda n: "é" * n),
)


def is_text(value: str, *, multiline: bool) -> bool:
    """The spec, stated independently of the code under test."""
    for char in value:
        category = unicodedata.category(char)
        if multiline and char in "\t\n\r":
            continue
        if category in ("Cc", "Cs") or (not multiline and category in ("Zl", "Zp")):
            return False
    return True


TEXT_FIELDS: dict[str, tuple[Callable[[str], list[str]], Callable[[str], bool], str]] = {
    # field: (command, accepted?, query for the stored value)
    "note": (
        lambda t: ["log", "--date", "2026-10-02", "--taken", f"--note={t}"],
        lambda t: is_text(t, multiline=True) and len(t.strip()) <= 2000,
        "SELECT note FROM dose_entry WHERE day = '2026-10-02'",
    ),
    "product": (
        lambda t: ["course", "set", f"--product={t}"],
        lambda t: is_text(t, multiline=False) and len(t) <= 100 and t.strip() != "",
        "SELECT product FROM course",
    ),
    "prescriber": (
        lambda t: ["course", "set", f"--prescriber={t}"],
        lambda t: is_text(t, multiline=False) and len(t) <= 200,
        "SELECT prescriber FROM course",
    ),
}


@FUZZ
@given(field=st.sampled_from(sorted(TEXT_FIELDS)), text=texts)
@example(field="note", text="x" * 10_000)
@example(field="note", text="a\x00b")
@example(field="note", text="\udcff\udcfe")
@example(field="product", text="👩\u200d⚕️ <b>Claravis</b> مرحبا")
def test_text_is_stored_literally_or_refused(fresh_store, field, text) -> None:
    command, accepted, query = TEXT_FIELDS[field]
    with one(fresh_store) as store:
        outcome = store.attempt(*command(text))
        if not accepted(text):
            store.assert_refused(outcome)
            return
        assert outcome.status == 0, outcome
        assert store.rows(query) == [(text.strip(),)]
        shown = store.status()
        if field == "product":
            assert shown["product"] == text.strip()


# -- dates --------------------------------------------------------------------------------------

DATE_SPELLINGS: list[Callable[[dt.date], str]] = [
    lambda d: d.strftime("%Y%m%d"),
    lambda d: "{}-W{:02d}-{}".format(*d.isocalendar()),
    lambda d: d.isoformat().translate(FULL_WIDTH),
    lambda d: d.isoformat().translate(ARABIC_INDIC),
    lambda d: d.isoformat() + "T00:00",
    lambda d: f" {d.isoformat()}",
    lambda d: f"{d.isoformat()}\n",
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: d.strftime("%d/%m/%Y"),
]
near_course = st.dates(dt.date(2026, 9, 20), dt.date(2026, 12, 10))
date_texts = st.one_of(
    # Listed three times: about a third of the examples are days a command may accept.
    near_course.map(dt.date.isoformat),
    near_course.map(dt.date.isoformat),
    near_course.map(dt.date.isoformat),
    st.dates().map(dt.date.isoformat),
    st.tuples(near_course, st.sampled_from(DATE_SPELLINGS)).map(lambda t: t[1](t[0])),
    st.text(st.sampled_from("0123456789-W:T /０٢"), max_size=12),
    st.text(ANY_CHAR, max_size=12),
)
STRICT_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def strict_date(text: str) -> dt.date | None:
    if not STRICT_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


DATE_COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "log": lambda d: ["log", f"--date={d}", "--taken"],
    "weight": lambda d: ["weight", f"--date={d}", "--kg", "69.5"],
    "dose": lambda d: ["dose", "set", f"--from={d}", "--mg", "60"],
    "as-of": lambda d: ["status", f"--as-of={d}", "--json"],
    "fill": lambda d: ["fill", "--from", "2026-10-01", f"--to={d}"],
    "end": lambda d: ["course", "end", f"--date={d}"],
}


@FUZZ
@given(command=st.sampled_from(sorted(DATE_COMMANDS)), text=date_texts)
@example(command="weight", text="0001-01-01")
@example(command="dose", text="9999-01-01")
@example(command="log", text="20261002")
@example(command="log", text="2026-W40-5")
def test_only_plain_iso_dates_in_the_window_are_taken(fresh_store, command, text) -> None:
    with one(fresh_store) as store:
        outcome = store.attempt(*DATE_COMMANDS[command](text))
        day = strict_date(text)
        in_course = day is not None and COURSE_START <= day <= AS_OF
        if command == "log":
            # The service's own rule is simple enough to state exactly.
            assert (outcome.status == 0) == in_course, outcome
        if outcome.status != 0:
            store.assert_refused(outcome)
            return
        assert day is not None, f"accepted {text!r}"
        limits.check_plausible_date(day, AS_OF)
        stored = {
            "log": "SELECT day FROM dose_entry WHERE day = ?",
            "weight": "SELECT measured_on FROM weight WHERE measured_on = ? AND kg = 69.5",
            "dose": "SELECT starts_on FROM dose_period WHERE starts_on = ?",
            "end": "SELECT ended_on FROM course WHERE ended_on = ?",
        }
        if command in stored:
            assert store.rows(stored[command], day.isoformat()) == [(day.isoformat(),)]
        if command == "as-of":
            assert json.loads(outcome.stdout)["as_of"] == day.isoformat()
        elif command != "end":  # an ended course has no status of today to show
            store.status()


# -- times -------------------------------------------------------------------------------------

time_texts = st.one_of(
    st.times().map(lambda t: t.strftime("%H:%M")),
    st.times().map(lambda t: f"{t.hour}:{t.minute:02d}"),
    st.times().map(dt.time.isoformat),
    st.times(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=5))])).map(
        dt.time.isoformat
    ),
    st.times().map(lambda t: t.strftime("%H%M")),
    st.times().map(lambda t: t.strftime("%H:%M").translate(FULL_WIDTH)),
    st.times().map(lambda t: t.strftime("%H:%M").translate(ARABIC_INDIC)),
    st.text(st.sampled_from("0123456789:.+-Z "), max_size=9),
    st.text(ANY_CHAR, max_size=8),
)
STRICT_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


@FUZZ
@given(text=time_texts)
@example(text="08:00+05:00")
@example(text="08:00:00.5")
@example(text="0800")
@example(text="8:05")
@example(text="--")  # argparse reads `--time=--` as an empty list
def test_only_hh_mm_times_are_taken(fresh_store, text) -> None:
    with one(fresh_store) as store:
        outcome = store.attempt("log", "--date", "2026-10-02", "--taken", f"--time={text}")
        match = STRICT_TIME.fullmatch(text)
        if match is None:
            store.assert_refused(outcome)
            return
        assert outcome.status == 0, outcome
        [(stored,)] = store.rows("SELECT taken_at FROM dose_entry WHERE day = '2026-10-02'")
        assert dt.time.fromisoformat(stored) == dt.time(int(match[1]), int(match[2]))


# -- numbers ------------------------------------------------------------------------------------

number_texts = st.one_of(
    # The plausible figures, listed twice: about a third of the examples are values to store.
    st.integers(0, 310).map(str),
    st.integers(0, 310).map(str),
    st.floats(15, 310).map(lambda f: f"{f:.1f}"),
    st.floats(15, 310).map(lambda f: f"{f:.1f}"),
    st.integers(-400, 400).map(str),
    st.integers(0, 400).map(lambda n: str(n).translate(FULL_WIDTH)),
    st.integers(0, 400).map(lambda n: str(n).translate(ARABIC_INDIC)),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.floats(0, 600).map(lambda f: f"{f:.1f}"),
    st.floats(0, 600).map(lambda f: f"{f:.2f}".replace(".", ",")),
    st.sampled_from(
        ["nan", "inf", "-inf", "1e2", "6_0", " 70", "70 ", "+70", ".5", "70.", "0x40", "9" * 5000]
    ),
    st.text(st.sampled_from("0123456789.,-+e_ ٤４"), max_size=8),
    st.text(ANY_CHAR, max_size=8),
)
WHOLE = re.compile(r"[0-9]+")
DECIMAL = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+")


def whole_in(low: int, high: int) -> Callable[[str], float | None]:
    def value(text: str) -> float | None:
        if WHOLE.fullmatch(text) and len(text) <= 6 and low <= int(text) <= high:
            return int(text)
        return None

    return value


def decimal_in(low: float, high: float) -> Callable[[str], float | None]:
    def value(text: str) -> float | None:
        if DECIMAL.fullmatch(text) and len(text) <= 12 and low <= float(text) <= high:
            return float(text)
        return None

    return value


NUMBER_FIELDS: dict[str, tuple[Callable[[str], list[str]], Callable[[str], float | None], str]] = {
    # field: (command, the value it must store (None: refused), query for the stored value)
    "log --mg": (
        lambda n: ["log", "--date", "2026-10-02", "--taken", f"--mg={n}"],
        whole_in(1, 300),
        "SELECT mg_taken FROM dose_entry WHERE day = '2026-10-02'",
    ),
    "dose set --mg": (
        lambda n: ["dose", "set", "--from", "2026-11-01", f"--mg={n}"],
        whole_in(0, 300),
        "SELECT coalesce(sum(mg), 0) FROM planned_intake JOIN dose_period"
        " ON dose_period.id = period_id WHERE starts_on = '2026-11-01'",
    ),
    "weight --kg": (
        lambda n: ["weight", "--date", "2026-10-02", f"--kg={n}"],
        decimal_in(20, 300),
        "SELECT kg FROM weight WHERE measured_on = '2026-10-02'",
    ),
    "--reference-weight-kg": (
        lambda n: ["course", "set", f"--reference-weight-kg={n}"],
        decimal_in(20, 300),
        "SELECT reference_weight_kg FROM course",
    ),
    "--target-mg-per-kg": (
        lambda n: ["course", "set", f"--target-mg-per-kg={n}"],
        decimal_in(1, 500),
        "SELECT target_mg_per_kg FROM course",
    ),
    "--planned-weeks": (
        lambda n: ["course", "set", f"--planned-weeks={n}"],
        whole_in(1, 104),
        "SELECT planned_weeks FROM course",
    ),
}


@FUZZ
@given(field=st.sampled_from(sorted(NUMBER_FIELDS)), text=number_texts)
@example(field="log --mg", text="40".translate(FULL_WIDTH))
@example(field="weight --kg", text="nan")
@example(field="weight --kg", text="61.5")
@example(field="--planned-weeks", text="20".translate(ARABIC_INDIC))
def test_numbers_in_ascii_digits_in_range_are_stored_exactly(fresh_store, field, text) -> None:
    command, expected, query = NUMBER_FIELDS[field]
    with one(fresh_store) as store:
        outcome = store.attempt(*command(text))
        value = expected(text)
        if value is None:
            store.assert_refused(outcome)
            return
        assert outcome.status == 0, outcome
        assert store.rows(query) == [(value,)]
        store.status()


mg_lists = st.one_of(
    st.lists(number_texts, min_size=1, max_size=3).map(",".join),
    st.text(st.sampled_from("0123456789, +" + "4".translate(FULL_WIDTH)), max_size=10),
)


@FUZZ
@given(doses=mg_lists, capsules=st.one_of(st.none(), mg_lists.map(lambda t: t.replace(",", "+"))))
def test_alternate_doses_and_capsules_accept_ascii_digits_only(fresh_store, doses, capsules):
    args = ["dose", "set", "--from", "2026-11-01"]
    if capsules is None:
        args += [f"--alternate={doses}"]
    else:
        args += ["--mg=60", f"--capsules={capsules}"]
    with one(fresh_store) as store:
        outcome = store.attempt(*args)
        if outcome.status != 0:
            store.assert_refused(outcome)
            return
        typed = doses.split(",") if capsules is None else capsules.split("+")
        assert all(WHOLE.fullmatch(part.strip(" ")) for part in typed if part.strip(" ")), typed
        assert store.rows("SELECT 1 FROM dose_period WHERE starts_on = '2026-11-01'") == [(1,)]
        store.status()


# -- starting a course --------------------------------------------------------------------------

START_DEFAULTS = {
    "--start": "2026-11-01",
    "--weight-kg": "70",
    "--dose-mg": "40",
    "--target-mg-per-kg": "150",
    "--planned-weeks": "20",
    "--product": "Claravis",
    "--prescriber": "Dr Who",
}
START_VALUES = {
    "--start": date_texts,
    "--weight-kg": number_texts,
    "--dose-mg": number_texts,
    "--target-mg-per-kg": number_texts,
    "--planned-weeks": number_texts,
    "--product": texts,
    "--prescriber": texts,
}
# What the stored course must then hold, from the typed text: (column, typed -> value).
START_STORED: dict[str, tuple[str, Callable[[str], object]]] = {
    "--start": ("started_on", lambda t: t),
    "--weight-kg": ("reference_weight_kg", float),
    "--dose-mg": ("(SELECT coalesce(sum(mg), 0) FROM planned_intake)", int),
    "--target-mg-per-kg": ("target_mg_per_kg", float),
    "--planned-weeks": ("planned_weeks", int),
    "--product": ("product", str.strip),
    "--prescriber": ("prescriber", str.strip),
}


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> Callable[[], Iterator[Store]]:
    """A store with its schema and no course yet."""
    data_dir = tmp_path_factory.mktemp("fuzz-empty") / "data"
    outcome = call(data_dir, "status")
    assert outcome.status == 2 and "start one first" in outcome.stderr

    def make() -> Iterator[Store]:
        store = Store(data_dir)
        try:
            yield store
        finally:
            store.close()

    return make


@FUZZ
@given(data=st.data(), option=st.sampled_from(sorted(START_VALUES)))
def test_course_start_stores_exactly_what_was_typed_or_nothing(empty_store, data, option):
    text = data.draw(START_VALUES[option], label=option)
    values = {**START_DEFAULTS, option: text}
    args = ["course", "start", *(f"{name}={value}" for name, value in values.items())]
    with one(empty_store) as store:
        outcome = store.attempt(*args)
        if outcome.status != 0:
            store.assert_refused(outcome)
            return
        if option == "--start":
            day = strict_date(text)
            assert day is not None and limits.EARLIEST_DATE <= day <= AS_OF, text
        elif option in ("--dose-mg", "--planned-weeks"):
            assert WHOLE.fullmatch(text), text
        elif option in ("--weight-kg", "--target-mg-per-kg"):
            assert DECIMAL.fullmatch(text), text
        else:
            assert is_text(text, multiline=False), text
        column, typed = START_STORED[option]
        assert store.rows(f"SELECT {column} FROM course") == [(typed(text),)]
        store.status()


# -- the validators on their own ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=date_texts)
def test_parse_date_takes_exactly_the_strict_form(text) -> None:
    expected = strict_date(text)
    if expected is None:
        with pytest.raises(UserInputError, match="not a date in YYYY-MM-DD form"):
            limits.parse_date(text)
    else:
        assert limits.parse_date(text) == expected


@settings(max_examples=300, deadline=None)
@given(day=st.dates(), today=st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
def test_the_plausible_window_is_1900_to_104_weeks_ahead(day, today) -> None:
    inside = dt.date(1900, 1, 1) <= day <= today + dt.timedelta(weeks=104)
    if inside:
        assert limits.check_plausible_date(day, today) == day
    else:
        with pytest.raises(UserInputError, match="check the year you typed"):
            limits.check_plausible_date(day, today)


@settings(max_examples=300, deadline=None)
@given(text=texts, multiline=st.booleans(), max_length=st.sampled_from([None, 100, 2000]))
def test_check_text_refuses_exactly_what_is_not_text(text, multiline, max_length) -> None:
    fits = max_length is None or len(text) <= max_length
    if is_text(text, multiline=multiline) and fits:
        assert limits.check_text(text, what="it", max_length=max_length, multiline=multiline) == (
            text
        )
    else:
        with pytest.raises(UserInputError) as refused:
            limits.check_text(text, what="it", max_length=max_length, multiline=multiline)
        assert "\n" not in str(refused.value)
        str(refused.value).encode("utf-8")  # the message itself is printable text
