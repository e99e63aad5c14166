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
