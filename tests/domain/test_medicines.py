"""Other medicines, the label's notes on some of them, and questions for the doctor: the
pure rules (no store)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tracker.domain import medicines as m
from tracker.domain.medicines import (
    CORTICOSTEROID_NOTE,
    PHENYTOIN_NOTE,
    ST_JOHNS_WORT_NOTE,
    TETRACYCLINE_NOTE,
    VITAMIN_A_NOTE,
    MedicineDraft,
    MedicineRecord,
    QuestionRecord,
    check_answer,
    check_answered_on,
    check_asked_on,
    check_medicine,
    check_question,
    check_stop,
    current_and_past,
    label_note,
    open_first,
)
from tracker.errors import UserInputError

TODAY = dt.date(2026, 11, 28)

# -- the label's notes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Vitamin A",
        "vitamin a 10,000 IU",
        "Vitamins A and D",
        "vitamin-A",
        "Vit A",
        "vit. A",
        "Retinol capsules",
        "retinyl palmitate",
    ],
)
def test_vitamin_a_gets_the_labels_note(name) -> None:
    assert label_note(name) == VITAMIN_A_NOTE


@pytest.mark.parametrize(
    "name",
    [
        "tetracycline",
        "Tetracyclines",
        "Doxycycline 100 mg",
        "MINOCYCLINE",
        "lymecycline",
        "oxytetracycline",
        "demeclocycline",
        "chlortetracycline",
        "sarecycline",
        "omadacycline",
        "tigecycline",
        "minocycline foam",  # not a systemic-only group: the note stays
    ],
)
def test_tetracyclines_get_the_labels_note(name) -> None:
    assert label_note(name) == TETRACYCLINE_NOTE


@pytest.mark.parametrize(
    "name",
    [
        "St John's wort",
        "St. John's Wort",
        "st johns wort",
        "Saint John\u2019s wort",
        "St-John's-wort",
        "stjohnswort",
        "Hypericum perforatum",
        "St John's wort tea",
    ],
)
def test_st_johns_wort_gets_the_labels_note(name) -> None:
    assert label_note(name) == ST_JOHNS_WORT_NOTE


@pytest.mark.parametrize(
    "name",
    [
        "prednisone",
        "Prednisolone 5 mg",
        "methylprednisolone",
        "Dexamethasone",
        "hydrocortisone tablets",
        "cortisone",
        "betamethasone injection",
        "triamcinolone",
        "deflazacort",
        "budesonide capsules",
        "fludrocortisone",
        "oral corticosteroid",
        "corticosteroids",
    ],
)
def test_systemic_corticosteroids_get_the_labels_note(name) -> None:
    assert label_note(name) == CORTICOSTEROID_NOTE


@pytest.mark.parametrize("name", ["phenytoin", "Phenytoin sodium", "fosphenytoin"])
def test_phenytoin_gets_the_labels_note(name) -> None:
    assert label_note(name) == PHENYTOIN_NOTE


TETRACYCLINE_BRANDS = [
    *("Vibramycin", "Vibra-Tabs", "Vibra Tabs", "VibraTabs", "Doryx", "Oracea", "Acticlate"),
    *("Targadox", "Monodox", "Adoxa", "Periostat", "Efracea"),
    *("Minocin", "Solodyn", "Minolira", "Ximino", "Dynacin"),
    *("Sumycin", "Declomycin", "Tetralysal", "Seysara", "Nuzyra", "Tygacil"),
]
CORTICOSTEROID_BRANDS = [
    "Deltasone",
    "Rayos",
    "Orapred",
    "Millipred",
    "Medrol",
    "Decadron",
    "Cortef",
    "Celestone",
    "Emflaza",
    "Florinef",
    "Entocort",
    "Uceris",
]
PHENYTOIN_BRANDS = ["Dilantin", "Phenytek", "Cerebyx"]
BRANDS = (
    [(brand, TETRACYCLINE_NOTE) for brand in TETRACYCLINE_BRANDS]
    + [(brand, CORTICOSTEROID_NOTE) for brand in CORTICOSTEROID_BRANDS]
    + [(brand, PHENYTOIN_NOTE) for brand in PHENYTOIN_BRANDS]
)


@pytest.mark.parametrize(("brand", "note"), BRANDS)
def test_brand_names_get_their_groups_note_in_any_case(brand, note) -> None:
    assert label_note(brand) == note
    assert label_note(brand.lower()) == note
    assert label_note(f"{brand.upper()} 100 mg") == note
    assert label_note(f"my ({brand})") == note


@pytest.mark.parametrize(("brand", "note"), BRANDS)
def test_a_brand_name_counts_as_a_whole_word_only(brand, note) -> None:
    assert label_note(f"{brand}x") is None  # longer
    assert label_note(brand[:-1]) is None  # cut short
    assert label_note(f"x{brand}") is None  # inside another word


def test_brand_names_of_medicines_taken_by_mouth_or_injection() -> None:
    assert label_note("Solu-Medrol") == CORTICOSTEROID_NOTE
    assert label_note("Depo-Medrol injection") == CORTICOSTEROID_NOTE
    assert label_note("Medrol cream") is None  # the corticosteroid group is systemic only
    assert label_note("Doryx gel") == TETRACYCLINE_NOTE  # the tetracyclines' is not
    assert label_note("HYPERICUM") == ST_JOHNS_WORT_NOTE
    assert label_note("Dilantin and Deltasone") == f"{CORTICOSTEROID_NOTE} {PHENYTOIN_NOTE}"


@pytest.mark.parametrize(
    "name",
    [
        "Vitamin B",
        "vitamin B12",
        "Vitamina C",  # Spanish for vitamin C
        "vitamin ace",
        "vitamin",
        "amoxicillin",
        "ibuprofen",
        "cycline",
        "doxycyclines2",
        "tetracyclinex",
        "prednisoned",
        "phenytoins",
        "retinoic",
        "John's wort",
        "St John",
        "Dilanti",  # a brand name cut short
        "Medrolx",
        "Solu-Medrols",
        "",
    ],
)
def test_names_the_label_does_not_single_out_get_no_note(name) -> None:
    assert label_note(name) is None


@pytest.mark.parametrize(
    "local",
    [
        "cream",
        "creams",
        "ointment",
        "ointments",
        "gel",
        "gels",
        "lotion",
        "lotions",
        "foam",
        "foams",
        "serum",
        "serums",
        "shampoo",
        "shampoos",
        "inhaler",
        "inhalers",
        "topical",
        "eye drops",
        "eye drop",
        "eyedrops",
        "eye-drops",
        "eye ointment",
        "ear drops",
        "nasal spray",
        "nasal sprays",
        "nose drops",
        "nose  spray",
    ],
)
def test_a_form_put_on_the_skin_or_breathed_in_gets_no_note_on_steroids_or_vitamin_a(
    local,
) -> None:
    assert label_note(f"Hydrocortisone {local}") is None
    assert label_note(f"Retinol {local.upper()}") is None
    # The other groups keep their note whatever the form.
    assert label_note(f"Doxycycline {local}") == TETRACYCLINE_NOTE
    assert label_note(f"{local} hypericum") == ST_JOHNS_WORT_NOTE
    assert label_note(f"phenytoin {local}") == PHENYTOIN_NOTE


def test_vitamin_a_for_the_eyes_keeps_the_note_unless_it_is_eye_drops() -> None:
    assert label_note("Vitamin A (eye health)") == VITAMIN_A_NOTE
    assert label_note("Vitamin A eye drops") is None


@pytest.mark.parametrize(
    "name",
    [
        "Vitamin A (eye health)",
        "Retinol for dry eyes",
        "Retinol drops",  # vitamin drops are taken by mouth
        "Retinol spray",
        "hydrocortisone for ear pain",
        "prednisone (nasal polyps)",
        "prednisone nose",
        "prednisone eye",
        "prednisone ear",
        "prednisone topically",  # no whole word "topical"
        "prednisone eye, drops",
        "prednisone eyes drops",
    ],
)
def test_a_place_or_drops_alone_is_no_local_form(name) -> None:
    assert label_note(name) in (VITAMIN_A_NOTE, CORTICOSTEROID_NOTE)


def test_local_words_count_as_whole_words_only() -> None:
    # "eyebright", "gelatin", "earlier": no local form, so the note stays.
    assert label_note("prednisone in gelatin capsules") == CORTICOSTEROID_NOTE
    assert label_note("Retinol with eyebright") == VITAMIN_A_NOTE
    assert label_note("hydrocortisone, earlier tablets") == CORTICOSTEROID_NOTE


def test_a_name_in_several_groups_gets_each_note_in_order() -> None:
    assert label_note("Doxycycline and vitamin A") == f"{VITAMIN_A_NOTE} {TETRACYCLINE_NOTE}"
    assert label_note("phenytoin, prednisone, St John's wort") == (
        f"{ST_JOHNS_WORT_NOTE} {CORTICOSTEROID_NOTE} {PHENYTOIN_NOTE}"
    )


def test_the_notes_are_the_labels_facts_not_advice() -> None:
    notes = (
        VITAMIN_A_NOTE,
        TETRACYCLINE_NOTE,
        ST_JOHNS_WORT_NOTE,
        CORTICOSTEROID_NOTE,
        PHENYTOIN_NOTE,
    )
    for note in notes:
        assert note.startswith("The isotretinoin label ")
        assert note.endswith(" Tell your prescriber.")
        for advice in ("stop", "do not take", "should", "safe", "pharmacy"):
            assert advice not in note.casefold()
    assert "raised pressure in the brain" in TETRACYCLINE_NOTE
    assert "tetracycline antibiotics" in TETRACYCLINE_NOTE
    assert "vitamin A supplements" in VITAMIN_A_NOTE
    assert "same side effects" in VITAMIN_A_NOTE
    assert "birth control work less" in ST_JOHNS_WORT_NOTE
    assert "weaken your bones" in CORTICOSTEROID_NOTE
    assert "by mouth or injection" in CORTICOSTEROID_NOTE
    assert "weaken your bones" in PHENYTOIN_NOTE


# -- medicines -------------------------------------------------------------------------------


def record(**changes: Any) -> MedicineRecord:
    fields: dict[str, Any] = {
        "id": 1,
        "name": "Doxycycline",
        "dose": "100 mg",
        "started_on": dt.date(2026, 11, 1),
        "stopped_on": None,
        "note": "",
    }
    fields.update(changes)
    return MedicineRecord(**fields)


def test_a_draft_is_kept_with_name_and_dose_stripped_and_note_as_typed() -> None:
    clean = check_medicine(
        MedicineDraft(
            "  Doxycycline \t",
            " 100 mg ",
            dt.date(2026, 11, 1),
            dt.date(2026, 11, 10),
            "  twice\n a day ",
        ),
        TODAY,
    )
    assert clean == MedicineDraft(
        "Doxycycline", "100 mg", dt.date(2026, 11, 1), dt.date(2026, 11, 10), "  twice\n a day "
    )


def test_a_draft_without_dates_is_fine() -> None:
    assert check_medicine(MedicineDraft("Zinc"), TODAY) == MedicineDraft("Zinc", "", None, None, "")


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_a_medicine_needs_a_name(name) -> None:
    with pytest.raises(UserInputError, match=r"^type the medicine's or supplement's name$"):
        check_medicine(MedicineDraft(name), TODAY)


def test_text_lengths_are_the_columns() -> None:
    assert check_medicine(MedicineDraft("n" * 200, "d" * 200, note="x" * 2000), TODAY)
    with pytest.raises(UserInputError, match="the name is 201 characters long; keep it to 200"):
        check_medicine(MedicineDraft("n" * 201), TODAY)
    with pytest.raises(UserInputError, match="the dose is 201 characters long; keep it to 200"):
        check_medicine(MedicineDraft("n", "d" * 201), TODAY)
    with pytest.raises(UserInputError, match="the note is 2001 characters long; keep it to 2000"):
        check_medicine(MedicineDraft("n", note="x" * 2001), TODAY)


def test_name_and_dose_are_one_line_and_the_note_may_be_several() -> None:
    with pytest.raises(UserInputError, match="the name holds a control character"):
        check_medicine(MedicineDraft("Doxy\ncycline"), TODAY)
    with pytest.raises(UserInputError, match="the dose holds a control character"):
        check_medicine(MedicineDraft("Doxycycline", "1\n2"), TODAY)
    assert check_medicine(MedicineDraft("n", note="a\nb"), TODAY).note == "a\nb"
    with pytest.raises(UserInputError, match="the note holds a control character"):
        check_medicine(MedicineDraft("n", note="a\x1bb"), TODAY)


def test_the_stop_date_may_be_the_start_date_but_not_before_it() -> None:
    day = dt.date(2026, 11, 1)
    assert (
        check_medicine(MedicineDraft("n", started_on=day, stopped_on=day), TODAY).stopped_on == day
    )
    with pytest.raises(UserInputError) as refused:
        check_medicine(
            MedicineDraft("n", started_on=day, stopped_on=day - dt.timedelta(days=1)), TODAY
        )
    assert str(refused.value) == (
        "the stop date (Sat 31 Oct 2026) is before the start date (Sun 1 Nov 2026)"
    )


def test_check_stop_alone() -> None:
    day = dt.date(2026, 11, 1)
    assert check_stop(None, day) == day
    assert check_stop(day, day) == day
    assert check_stop(day, day + dt.timedelta(days=1)) == day + dt.timedelta(days=1)
    with pytest.raises(UserInputError, match="is before the start date"):
        check_stop(day, day - dt.timedelta(days=1))


@pytest.mark.parametrize("field", ["started_on", "stopped_on"])
def test_dates_must_be_plausible(field) -> None:
    def draft(day: dt.date) -> MedicineDraft:
        dates: dict[str, Any] = {field: day}
        return MedicineDraft("n", **dates)

    latest = TODAY + dt.timedelta(weeks=104)
    assert getattr(check_medicine(draft(latest), TODAY), field) == latest
    with pytest.raises(UserInputError, match="check the year you typed"):
        check_medicine(draft(latest + dt.timedelta(days=1)), TODAY)
    with pytest.raises(UserInputError, match="is before 1900-01-01"):
        check_medicine(draft(dt.date(1899, 12, 31)), TODAY)


def test_a_record_is_stopped_from_its_stop_day() -> None:
    assert not record().is_stopped(TODAY)
    assert not record(stopped_on=TODAY + dt.timedelta(days=1)).is_stopped(TODAY)
    assert record(stopped_on=TODAY).is_stopped(TODAY)
    assert record(stopped_on=TODAY - dt.timedelta(days=1)).is_stopped(TODAY)


def test_a_record_describes_itself_and_knows_its_label_note() -> None:
    assert record().describe() == "Doxycycline 100 mg"
    assert record(dose="").describe() == "Doxycycline"
    assert record().label_note == TETRACYCLINE_NOTE
    assert record(name="Zinc").label_note is None
    assert record(note="n").draft() == MedicineDraft(
        "Doxycycline", "100 mg", dt.date(2026, 11, 1), None, "n"
    )
    stopped = record(stopped_on=dt.date(2026, 11, 10), note="n")
    assert stopped.draft() == MedicineDraft(
        "Doxycycline", "100 mg", dt.date(2026, 11, 1), dt.date(2026, 11, 10), "n"
    )


def test_current_ones_by_name_and_past_ones_latest_stop_first() -> None:
    zinc = record(id=1, name="zinc")
    biotin = record(id=2, name="Biotin")
    biotin_again = record(id=3, name="biotin")
    stopped_long_ago = record(id=4, name="A", stopped_on=dt.date(2026, 11, 2))
    stopped_today = record(id=5, name="Z", stopped_on=TODAY)
    stopped_today_too = record(id=6, name="b", stopped_on=TODAY)
    stops_tomorrow = record(id=7, name="C", stopped_on=TODAY + dt.timedelta(days=1))
    current, past = current_and_past(
        [
            zinc,
            biotin,
            biotin_again,
            stopped_long_ago,
            stopped_today,
            stopped_today_too,
            stops_tomorrow,
        ],
        TODAY,
    )
    assert current == [biotin, biotin_again, stops_tomorrow, zinc]
    assert past == [stopped_today_too, stopped_today, stopped_long_ago]


# -- questions -------------------------------------------------------------------------------


def question(**changes: Any) -> QuestionRecord:
    fields: dict[str, Any] = {
        "id": 1,
        "text": "Can I wax?",
        "added_on": dt.date(2026, 11, 20),
        "asked_on": None,
        "answer": "",
        "answered_on": None,
    }
    fields.update(changes)
    return QuestionRecord(**fields)


def test_a_question_is_open_then_asked_then_answered() -> None:
    asked = question(asked_on=dt.date(2026, 11, 21))
    answered = question(
        asked_on=dt.date(2026, 11, 21), answer="No", answered_on=dt.date(2026, 11, 22)
    )
    assert (question().state, question().is_open) == ("open", True)
    assert (asked.state, asked.is_open) == ("asked", True)
    assert (answered.state, answered.is_open) == ("answered", False)


def test_a_question_describes_itself_by_its_first_line_cut_at_40() -> None:
    assert question().describe() == "the question “Can I wax?”"
    assert question(text="x" * 40 + "\nmore").describe() == f"the question “{'x' * 40}”"
    assert question(text="y" * 41).describe() == f"the question “{'y' * 39}…”"
    assert question(text="").describe() == "the question “”"


def test_question_and_answer_texts() -> None:
    assert check_question("  Can I wax?\n ") == "Can I wax?"
    assert check_question("line one\nline two") == "line one\nline two"
    with pytest.raises(UserInputError, match=r"^type the question$"):
        check_question(" \n ")
    with pytest.raises(UserInputError, match="the question is 2001 characters long"):
        check_question("q" * 2001)
    assert check_question("q" * 2000) == "q" * 2000
    with pytest.raises(UserInputError, match="the question holds a control character"):
        check_question("a\x00")
    assert check_answer(" No, not for six months ") == "No, not for six months"
    with pytest.raises(UserInputError, match=r"^type the answer you were given$"):
        check_answer("  ")
    with pytest.raises(UserInputError, match="the answer is 2001 characters long"):
        check_answer("a" * 2001)
    assert check_answer("a" * 2000) == "a" * 2000
    with pytest.raises(UserInputError, match="the answer holds a control character"):
        check_answer("a\x07")
    # An answer may take several lines, like a question.
    assert check_answer(" Not yet.\n\tAsk again in May. ") == "Not yet.\n\tAsk again in May."


def test_asked_from_the_day_it_was_added_to_today() -> None:
    q = question()
    assert check_asked_on(q, q.added_on, TODAY) == q.added_on
    assert check_asked_on(q, TODAY, TODAY) == TODAY
    with pytest.raises(UserInputError) as refused:
        check_asked_on(q, TODAY + dt.timedelta(days=1), TODAY)
    assert str(refused.value) == (
        "Sun 29 Nov 2026 is a later day than today; a question is marked asked once it has been"
    )
    with pytest.raises(UserInputError) as refused:
        check_asked_on(q, q.added_on - dt.timedelta(days=1), TODAY)
    assert str(refused.value) == (
        "Thu 19 Nov 2026 is before the question was added (Fri 20 Nov 2026)"
    )


def test_answered_from_the_day_it_was_asked_or_added_to_today() -> None:
    unasked = question()
    assert check_answered_on(unasked, unasked.added_on, TODAY) == unasked.added_on
    with pytest.raises(UserInputError, match=r"before the question was added \(Fri 20 Nov"):
        check_answered_on(unasked, dt.date(2026, 11, 19), TODAY)
    with pytest.raises(UserInputError) as refused:
        check_answered_on(unasked, TODAY + dt.timedelta(days=1), TODAY)
    assert str(refused.value) == (
        "Sun 29 Nov 2026 is a later day than today; a question is marked answered once it has been"
    )
    asked = question(asked_on=dt.date(2026, 11, 24))
    assert check_answered_on(asked, dt.date(2026, 11, 24), TODAY) == dt.date(2026, 11, 24)
    assert check_answered_on(asked, TODAY, TODAY) == TODAY
    with pytest.raises(UserInputError) as refused:
        check_answered_on(asked, dt.date(2026, 11, 23), TODAY)
    assert str(refused.value) == (
        "Mon 23 Nov 2026 is before the question was asked (Tue 24 Nov 2026)"
    )
    with pytest.raises(UserInputError, match="marked answered once it has been"):
        check_answered_on(asked, TODAY + dt.timedelta(days=1), TODAY)


def test_open_questions_first_oldest_first_then_the_latest_answers() -> None:
    day = dt.date(2026, 11, 1)
    older_open = question(id=5, added_on=day)
    newer_open = question(id=2, added_on=day + dt.timedelta(days=1))
    same_day_open = question(id=6, added_on=day + dt.timedelta(days=1))
    asked = question(id=3, added_on=day + dt.timedelta(days=2), asked_on=day)
    answered_early = question(id=1, asked_on=day, answer="a", answered_on=day)
    answered_late = question(id=4, asked_on=day, answer="b", answered_on=day + dt.timedelta(days=5))
    answered_late_too = question(
        id=7, asked_on=day, answer="c", answered_on=day + dt.timedelta(days=5)
    )
    ordered = open_first(
        [
            answered_early,
            asked,
            newer_open,
            answered_late,
            older_open,
            same_day_open,
            answered_late_too,
        ]
    )
    assert ordered == [
        older_open,
        newer_open,
        same_day_open,
        asked,
        answered_late_too,
        answered_late,
        answered_early,
    ]


def test_answered_questions_come_by_the_day_of_the_answer_not_the_day_added() -> None:
    added_first_answered_last = question(
        id=1,
        added_on=dt.date(2026, 11, 1),
        asked_on=dt.date(2026, 11, 1),
        answer="a",
        answered_on=dt.date(2026, 11, 10),
    )
    added_last_answered_first = question(
        id=2,
        added_on=dt.date(2026, 11, 5),
        asked_on=dt.date(2026, 11, 5),
        answer="b",
        answered_on=dt.date(2026, 11, 6),
    )
    assert open_first([added_last_answered_first, added_first_answered_last]) == [
        added_first_answered_last,
        added_last_answered_first,
    ]


def test_whole_words_matches_any_of_the_words_whole_in_any_case() -> None:
    # The label's matchers are built when the module is imported; this checks the builder
    # itself, which mutation testing can only reach by calling it.
    matcher = m._whole_words((r"doxycyclines?", r"retinol"))
    assert matcher.search("DOXYCYCLINE 100 mg") is not None
    assert matcher.search("Doxycyclines") is not None
    assert matcher.search("retinol capsules") is not None
    assert matcher.search("Retinol") is not None
    assert matcher.search("hydroretinol") is None
    assert matcher.search("retinols") is None
    assert matcher.search("doxycycline-free") is not None


def test_the_lengths_are_the_columns_sizes() -> None:
    assert (m.MAX_NAME_LENGTH, m.MAX_DOSE_LENGTH, m.MAX_NOTE_LENGTH) == (200, 200, 2000)
    assert (m.MAX_QUESTION_LENGTH, m.MAX_ANSWER_LENGTH) == (2000, 2000)
