"""``python -m srs``: the same as the ``srs`` command."""

from srs.cli import main

if __name__ == "__main__":
    main()
