"""The services as one object: closing them lets go of the store."""

from __future__ import annotations


def test_close_lets_go_of_the_store_and_folds_its_log_back(
    data_paths, services, start_course
) -> None:
    """After a command the data folder is whole without the app: the write-ahead log is
    folded back into the file and removed, so copying the file alone copies everything."""
    start_course()
    wal = data_paths.database.with_name(data_paths.database.name + "-wal")
    assert wal.exists()
    services.close()
    assert not wal.exists()
    # A later call opens the store again.
    assert services.course.active_course() is not None


def test_the_safety_service_reads_the_same_store_as_the_others(services, today) -> None:
    """A red flag reported through the side-effect service is what the safety service lists:
    Today's alert box reads the store the rest of the app writes."""
    saved = services.side_effects.report(today, "depression", 2).saved[0]
    alerts = services.safety.open_alerts()
    assert [(a.record_id, a.day, a.title, a.self_harm) for a in alerts] == [
        (saved.id, today, "Feeling sad or empty, or losing interest in things, moderate", False)
    ]
