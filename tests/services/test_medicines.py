"""MedicineService on a real store: what is stored, what is refused (nothing written), and
the values undo needs."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tracker.domain.medicines import (
    PHENYTOIN_NOTE,
    TETRACYCLINE_NOTE,
    MedicineDraft,
    MedicineRecord,
    RecordChange,
)
from tracker.errors import RecordChangedError, UserInputError

NOV = dt.date(2026, 11, 1)


def rows(data_paths) -> list[tuple]:
    connection = sqlite3.connect(data_paths.database)
    try:
        return connection.execute(
            "SELECT id, name, dose, started_on, stopped_on, note FROM medicine ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


@pytest.fixture
def medicines(services):
    return services.medicines


def test_add_stores_every_field_and_returns_the_record(medicines, data_paths) -> None:
    added = medicines.add(MedicineDraft(" Doxycycline ", "100 mg ", NOV, None, "with food\n"))
    assert added == MedicineRecord(1, "Doxycycline", "100 mg", NOV, None, "with food\n")
    assert added.label_note == TETRACYCLINE_NOTE
    assert rows(data_paths) == [(1, "Doxycycline", "100 mg", "2026-11-01", None, "with food\n")]
    assert medicines.get(1) == added
    assert medicines.medicines() == [added]


def test_a_medicine_added_by_its_brand_name_has_the_labels_note(medicines) -> None:
    medicines.add(MedicineDraft("Dilantin", "100 mg"))
    (stored,) = medicines.medicines()
    assert (stored.name, stored.label_note) == ("Dilantin", PHENYTOIN_NOTE)


def test_a_refused_add_writes_nothing(medicines, data_paths) -> None:
    with pytest.raises(UserInputError, match="type the medicine's or supplement's name"):
        medicines.add(MedicineDraft(" "))
    with pytest.raises(UserInputError, match="is before the start date"):
        medicines.add(MedicineDraft("Zinc", started_on=NOV, stopped_on=NOV - dt.timedelta(1)))
    with pytest.raises(UserInputError, match="check the year you typed"):
        medicines.add(MedicineDraft("Zinc", started_on=dt.date(2036, 1, 1)))
    assert rows(data_paths) == []


def test_current_and_past_split_on_today(medicines, today) -> None:
    zinc = medicines.add(MedicineDraft("Zinc"))
    iron = medicines.add(MedicineDraft("iron", stopped_on=today + dt.timedelta(days=1)))
    stopped = medicines.add(MedicineDraft("Ibuprofen", stopped_on=today))
    assert medicines.current_and_past() == ([iron, zinc], [stopped])
    assert medicines.medicines() == [zinc, iron, stopped]  # in the order they were added


def test_update_replaces_every_field_and_returns_before_and_after(medicines, data_paths) -> None:
    first = medicines.add(MedicineDraft("Doxy", "50 mg"))
    change = medicines.update(
        first.id, MedicineDraft(" Doxycycline ", "100 mg", NOV, NOV, "n"), expected=first
    )
    after = MedicineRecord(1, "Doxycycline", "100 mg", NOV, NOV, "n")
    assert change == RecordChange(first, after)
    assert medicines.get(first.id) == after
    assert rows(data_paths) == [(1, "Doxycycline", "100 mg", "2026-11-01", "2026-11-01", "n")]
    with pytest.raises(UserInputError, match="the name holds a control character"):
        medicines.update(first.id, MedicineDraft("a\nb"))
    assert rows(data_paths)[0][1] == "Doxycycline"


def test_a_write_over_a_record_changed_elsewhere_is_refused(medicines, data_paths) -> None:
    shown = medicines.add(MedicineDraft("Zinc"))
    medicines.update(shown.id, MedicineDraft("Zinc", "25 mg"))  # another window
    for write in (
        lambda: medicines.update(shown.id, MedicineDraft("Iron"), expected=shown),
        lambda: medicines.stop(shown.id, NOV, expected=shown),
        lambda: medicines.remove(shown.id, expected=shown),
    ):
        with pytest.raises(RecordChangedError) as refused:
            write()
        assert str(refused.value) == (
            "Zinc was changed elsewhere since it was shown: it holds something else now"
        )
        assert refused.value.current == medicines.get(shown.id)
    assert rows(data_paths) == [(1, "Zinc", "25 mg", None, None, "")]
    current = medicines.get(shown.id)
    medicines.remove(shown.id)
    with pytest.raises(RecordChangedError, match=r"Zinc 25 mg was changed .*: it has been removed"):
        medicines.update(shown.id, MedicineDraft("Iron"), expected=current)


def test_an_unknown_id_is_named(medicines) -> None:
    for call in (
        lambda: medicines.get(9),
        lambda: medicines.update(9, MedicineDraft("a")),
        lambda: medicines.stop(9, NOV),
        lambda: medicines.remove(9),
    ):
        with pytest.raises(UserInputError, match=r"^there is no medicine with id 9$"):
            call()


def test_stop_sets_the_date_and_returns_before_and_after(medicines, data_paths, today) -> None:
    shown = medicines.add(MedicineDraft("Doxycycline", started_on=NOV))
    change = medicines.stop(shown.id, NOV, expected=shown)  # the same day: taken once
    assert change == RecordChange(shown, MedicineRecord(1, "Doxycycline", "", NOV, NOV, ""))
    assert rows(data_paths)[0][4] == "2026-11-01"
    assert medicines.current_and_past() == ([], [medicines.get(shown.id)])
    later = medicines.add(MedicineDraft("Zinc"))
    medicines.stop(later.id, today + dt.timedelta(days=10))  # a stop still to come
    assert medicines.current_and_past()[0] == [medicines.get(later.id)]


def test_stop_refuses_a_day_before_the_start_or_a_second_stop(medicines, data_paths) -> None:
    shown = medicines.add(MedicineDraft("Doxycycline", started_on=NOV))
    with pytest.raises(UserInputError) as refused:
        medicines.stop(shown.id, NOV - dt.timedelta(days=1))
    assert str(refused.value) == (
        "the stop date (Sat 31 Oct 2026) is before the start date (Sun 1 Nov 2026)"
    )
    with pytest.raises(UserInputError, match="check the year you typed"):
        medicines.stop(shown.id, dt.date(2030, 1, 1))
    assert rows(data_paths)[0][4] is None
    medicines.stop(shown.id, dt.date(2026, 11, 10))
    with pytest.raises(UserInputError) as refused:
        medicines.stop(shown.id, dt.date(2026, 11, 12))
    assert str(refused.value) == (
        "Doxycycline is already marked stopped on Tue 10 Nov 2026; edit it to change the date"
    )
    assert rows(data_paths)[0][4] == "2026-11-10"


def test_remove_and_restore_put_it_back_under_its_own_id(medicines, data_paths) -> None:
    first = medicines.add(MedicineDraft("Zinc", "25 mg", NOV, None, "note"))
    second = medicines.add(MedicineDraft("Iron"))
    removed = medicines.remove(first.id, expected=first)
    assert removed == first
    assert [row[0] for row in rows(data_paths)] == [2]
    medicines.restore(removed, expected=None)
    assert medicines.medicines() == [first, second]
    # A removed id is never taken by a new record (AUTOINCREMENT), so undo stays exact.
    medicines.remove(second.id)
    assert medicines.add(MedicineDraft("Biotin")).id == 3


def test_restore_checks_what_it_writes_over(medicines) -> None:
    shown = medicines.add(MedicineDraft("Zinc"))
    change = medicines.update(shown.id, MedicineDraft("Zinc", "25 mg"))
    before, after = change.before, change.after
    assert after == medicines.get(shown.id)
    with pytest.raises(RecordChangedError, match="it holds something else now"):
        medicines.restore(before, expected=None)  # the id is not free
    with pytest.raises(RecordChangedError):
        medicines.restore(before, expected=before)
    assert medicines.get(shown.id) == after
    medicines.restore(before, expected=after)  # undo of the edit
    assert medicines.get(shown.id) == before
    medicines.restore(after)  # unchecked
    assert medicines.get(shown.id) == after
