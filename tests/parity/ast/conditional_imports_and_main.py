"""Module with the usual boilerplate."""
from __future__ import annotations

__all__ = ["main", "VERSION"]
__version__ = "1.0"

try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None
else:
    pass

if TYPE_CHECKING:
    from collections.abc import Iterator

VERSION: tuple[int, ...] = (1, 0)


def main(argv: list[str] | None = None) -> int:
    import sys
    argv = sys.argv[1:] if argv is None else argv
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
