"""``python -m figures FILE...``: the same as the ``figures`` command."""

from figures.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
