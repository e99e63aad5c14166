"""Errors the user can act on, told apart from bugs.

`UserInputError` means the request was refused before anything was written; its message is
shown to the user as-is. `StoreError` and its subclasses are the environment's fault (a file we
cannot open, a schema from a newer version): plain-language text and a way out, never a traceback.
"""

# Exit statuses of the command line and the GUI process.
EXIT_USAGE = 2  # bad input: nothing was written
EXIT_STORE = 3  # the data store cannot be used as it is


class TrackerError(Exception):
    """Base of every error the app raises on purpose."""


class UserInputError(TrackerError):
    """The request is not valid; nothing was written."""


class NoActiveCourseError(UserInputError):
    def __init__(self) -> None:
        super().__init__("no active course: start one first (isotrack course start ...)")


class NoCourseYetError(UserInputError):
    def __init__(self) -> None:
        super().__init__("no course yet: start one first (isotrack course start ...)")


class StoreError(TrackerError):
    """The data store cannot be used as it is."""


class NewerSchemaError(StoreError):
    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            f"the data in {path} was written by a newer version of isotrack "
            f"(schema {revision}); this version cannot read it safely and has left it untouched. "
            "Install the newer version to open it."
        )
        self.path = path
        self.revision = revision
