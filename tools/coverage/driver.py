"""Runs coverage.py over programs in one process and prints its reports (issue 10).

    python driver.py SITE WORK MODES PROGRAM.py...

SITE is the unpacked coverage wheel (put first on sys.path), WORK a folder for the data files,
MODES a comma-separated list of CORE-KIND (pytrace-line, pytrace-branch, sysmon-line). Each
program runs as `coverage run [--branch] PROGRAM.py` from its own folder, with COVERAGE_CORE=CORE,
then `coverage report -m` and the measured lines and arcs (CoverageData) are printed. The same
driver under CPython 3.13 and under pyjama must print the same text. One process instead of a
`coverage` command per program and mode keeps the comparison fast (start-up costs once).
"""
import contextlib
import io
import os
import sys

site, work, modes, *programs = sys.argv[1:]
work = os.path.abspath(work)
programs = [os.path.abspath(p) for p in programs]
sys.path.insert(1, os.path.abspath(site))
import coverage
import coverage.cmdline

if coverage.__version__ != "7.16.2":
    sys.exit(f"expected coverage 7.16.2, found {coverage.__version__}")


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = coverage.cmdline.main(argv)
        except SystemExit as e:
            status = e.code
    return status, out.getvalue(), err.getvalue()


for mode in modes.split(","):
    core, kind = mode.split("-")
    os.environ["COVERAGE_CORE"] = core
    for program in programs:
        folder, name = os.path.split(program)
        os.chdir(folder)
        data_file = os.path.join(work, f"{mode}-{name}.coverage")
        if os.path.exists(data_file):
            os.remove(data_file)
        before = set(sys.modules)
        # `coverage run` puts the program's folder first on sys.path (its helpers import from there)
        sys.path[0] = folder
        status, out, err = run(["run", "--data-file=" + data_file] + (["--branch"] if kind == "branch" else []) + [name])
        # the program's own modules (helpers beside it) run afresh for the next program
        for mod in set(sys.modules) - before:
            f = getattr(sys.modules[mod], "__file__", None) or ""
            if f.startswith(folder + os.sep):
                del sys.modules[mod]
        print(f"== {mode} {name}: run exit {status}")
        if status:
            # the program's last words (its traceback's last line)
            print("!! " + (err.strip().splitlines() or [""])[-1])
        status, report, rerr = run(["report", "-m", "--data-file=" + data_file])
        print(report, end="")
        if rerr:
            print(rerr, end="")
        data = coverage.CoverageData(data_file)
        data.read()
        for f in sorted(data.measured_files()):
            rel = os.path.relpath(f, folder)
            print(f"-- {rel} lines {sorted(data.lines(f) or ())}")
            if data.has_arcs():
                print(f"-- {rel} arcs {sorted(data.arcs(f) or ())}")
        os.chdir(work)
