"""Write the constants of pyjama's fcntl module by asking CPython 3.13 on Linux.

Every integer CPython's fcntl module exposes (F_*, FD_CLOEXEC, LOCK_*, DN_*, FASYNC, FICLONE*,
RWH_*...) goes to a resource the Java module (dev.pyjama.modules.FcntlModule) reads, one
"NAME VALUE" line each, so no value is typed by hand. Run it again on a new CPython.

Usage (from the project root):
  PYENV_VERSION=3.13.0 python3.13 tools/gen_fcntl_constants.py
"""

import fcntl
import os
import sys

RESOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "src", "main",
                        "resources", "dev", "pyjama", "modules", "fcntl-constants.txt")


def main():
    if not sys.platform.startswith("linux"):
        sys.exit("gen_fcntl_constants: run it on Linux (the constants are the platform's)")
    names = sorted(n for n in dir(fcntl) if not n.startswith("_") and type(getattr(fcntl, n)) is int)
    with open(RESOURCE, "w", encoding="ascii", newline="\n") as f:
        f.write("# fcntl's constants, written by tools/gen_fcntl_constants.py from CPython %s on Linux. Do not edit.\n"
                % sys.version.split()[0])
        for n in names:
            f.write("%s %d\n" % (n, getattr(fcntl, n)))
    print("gen_fcntl_constants: wrote %d constants to %s" % (len(names), os.path.normpath(RESOURCE)))


if __name__ == "__main__":
    main()
