"""CPython 3.13's side of the two whole-fixture code checks (FixtureDisParityTest and
FixturePycRoundTripTest): one driver process per check, its subprocesses run in parallel.

    cpython_fixture_code.py dis DIR NAME...
        runs `python3.13 -m dis NAME` in DIR for every NAME (in forked processes: see
        dis_in_child) and prints, for each, the four
        fields NAME, exit status, stdout, stderr, every field followed by a NUL character
        (dis output never holds a NUL: reprs escape it).

    cpython_fixture_code.py pyc DIR TIMEOUT NAME...
        DIR holds NAME.py (a copy of a fixture) and NAME.pyc, written by pyjama from
        compile(source, '<DIR>/NAME.py', 'exec'), DIR being the real path, as `python3.13 NAME.py`
        started in DIR names its script. For every NAME:
          - the pyc's header is validated as importlib validates it (magic, flags, the
            source's mtime and size) and its code is loaded with marshal;
          - the dump (cpython_dump_code.dump_text) of that code must equal the dump of
            CPython's own compile of the source;
          - CPython writes its own pyc of the source (py_compile) to DIR/cpython/NAME.pyc, for
            pyjama to read back;
          - `python3.13 NAME.py` runs (cwd DIR, stdin empty, TIMEOUT seconds); when it
            finishes in time the fixture counts as runnable and `python3.13 NAME.pyc` runs too;
            stdout, stderr and exit status must agree.
        Prints one line per fixture, "NAME<TAB>RESULT[<TAB>detail]", RESULT being one of
        load-error, dump-differs, not-runnable (the source run timed out), run-differs, same.
"""
import argparse  # noqa: F401  (imported once here, for dis's main in every child)
import dis
import importlib.util
import io
import marshal
import multiprocessing
import os
import py_compile
import runpy
import subprocess
import sys
import traceback
import warnings
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpython_dump_code import dump_text  # noqa: E402  (same folder)

# CPython: Lib/importlib/_bootstrap_external.py _classify_pyc, _validate_timestamp_pyc
from importlib._bootstrap_external import _classify_pyc, _validate_timestamp_pyc  # noqa: E402


def workers():
    # Subprocesses spend much of their life starting up; a few more than the cores keep them busy.
    return 2 * (os.cpu_count() or 1) + 1


def run(argv, cwd, timeout=None):
    """(exit status, stdout, stderr) of a CPython subprocess, or None when it timed out."""
    try:
        p = subprocess.run([sys.executable] + argv, cwd=cwd, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, p.stderr


def dis_in_child(directory, name):
    """`python3.13 -m dis NAME` started in directory: dis's main run as __main__ in a process
    forked from this one (a fresh interpreter state without paying for a start-up and the
    import of dis for each fixture). Returns (exit status, stdout, stderr)."""
    # CPython: Modules/main.c pymain_run_module, Lib/runpy.py _run_module_as_main
    os.chdir(directory)
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdout = io.TextIOWrapper(out, sys.__stdout__.encoding, sys.__stdout__.errors)
    sys.stderr = io.TextIOWrapper(err, sys.__stderr__.encoding, sys.__stderr__.errors)
    sys.argv = [dis.__file__, name]
    try:
        runpy.run_module('dis', run_name='__main__', alter_sys=True)
        status = 0
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 0 if e.code is None else 1
        if not isinstance(e.code, int) and e.code is not None:
            print(e.code, file=sys.stderr)
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return status, out.getvalue(), err.getvalue()


def dis_main(directory, names):
    out = sys.stdout.buffer
    # A new child for every fixture (maxtasksperchild=1): no state leaks from one to the next.
    with multiprocessing.get_context('fork').Pool(os.cpu_count(), maxtasksperchild=1) as pool:
        for name, (status, stdout, stderr) in zip(names, pool.starmap(
                dis_in_child, [(directory, n) for n in names])):
            for field in (name.encode(), str(status).encode(), stdout, stderr):
                out.write(field + b'\0')


def compile_source(path):
    with open(path, 'rb') as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return compile(source, path, 'exec', dont_inherit=True)


def check_pyc(directory, name, timeout):
    """The result line's fields for one fixture (see the module docstring)."""
    source_path = os.path.join(directory, name + '.py')
    pyc_path = os.path.join(directory, name + '.pyc')
    try:
        with open(pyc_path, 'rb') as f:
            data = f.read()
        if data[:4] != importlib.util.MAGIC_NUMBER:
            raise ImportError('bad magic number %r' % data[:4])
        exc_details = {'name': name, 'path': pyc_path}
        flags = _classify_pyc(data, name, exc_details)
        if flags != 0:
            raise ImportError('not a timestamp pyc: flags %d' % flags)
        st = os.stat(source_path)
        _validate_timestamp_pyc(data, st.st_mtime, st.st_size, name, exc_details)
        code = marshal.loads(memoryview(data)[16:])
    except Exception as e:
        return ['load-error', '%s: %s' % (type(e).__name__, e)]
    # CPython's own pyc of the source, for pyjama to load (Pyc.load) and compare.
    os.makedirs(os.path.join(directory, 'cpython'), exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        py_compile.compile(source_path, cfile=os.path.join(directory, 'cpython', name + '.pyc'),
                           doraise=True)
    if dump_text(code) != dump_text(compile_source(source_path)):
        return ['dump-differs']
    source_run = run([name + '.py'], directory, timeout)
    if source_run is None:
        return ['not-runnable', 'the source did not finish within %s s' % timeout]
    pyc_run = run([name + '.pyc'], directory, timeout)
    if pyc_run != source_run:
        return ['run-differs', repr(source_run) + ' vs ' + repr(pyc_run)]
    return ['same']


def pyc_main(directory, timeout, names):
    with ThreadPoolExecutor(workers()) as pool:
        for name, fields in zip(names, pool.map(lambda n: check_pyc(directory, n, timeout), names)):
            print('\t'.join([name] + [f.replace('\t', ' ').replace('\n', '\\n') for f in fields]))


def main():
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(100_000)
    mode, directory, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    if mode == 'dis':
        dis_main(directory, args)
    elif mode == 'pyc':
        pyc_main(directory, float(args[0]), args[1:])
    else:
        sys.exit('unknown mode %r' % mode)


if __name__ == '__main__':
    main()
