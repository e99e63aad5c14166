"""Alembic driven from code, with migrations found inside the installed package."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from tracker.db.engine import create_migration_engine


def _script_location() -> str:
    # A regular (unzipped) install or an editable checkout: the package is a real folder.
    return str(resources.files("tracker.migrations"))


def make_config() -> Config:
    # No sqlalchemy.url: the app hands env.py an open connection (see _config_on), and a URL
    # would need escaping for ConfigParser and for URLs alike.
    config = Config()
    config.set_main_option("script_location", _script_location())
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(make_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def is_known_revision(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


@contextmanager
def _config_on(database: Path, backups: Path | None = None) -> Iterator[Config]:
    """A configuration whose env.py runs on one connection to `database`, inside ONE
    transaction that commits only if everything in the `with` block succeeded."""
    engine = create_migration_engine(database, backups=backups)
    try:
        with engine.begin() as connection:
            config = make_config()
            config.attributes["connection"] = connection
            yield config
    finally:
        engine.dispose()


def upgrade_to_head(database: Path, *, backups: Path | None = None) -> None:
    """Every pending revision, as one transaction: on any failure (or a crash) the store
    stays at the revision it had. Driver errors come out as StoreError (engine.py)."""
    with _config_on(database, backups) as config:
        command.upgrade(config, "head")


def check_models_match(database: Path) -> None:
    """Raise if the models and the migrations disagree (`alembic check`)."""
    with _config_on(database) as config:
        command.check(config)
