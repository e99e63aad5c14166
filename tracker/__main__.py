"""`python -m tracker` and the `isotrack` entry point."""

import sys

from tracker.cli import main as _cli_main


def main() -> int:
    return _cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
