"""CPython 3.13's side of the three whole-fixture checks (FixtureDisParityTest,
FixturePycRoundTripTest and FixtureRunParityTest): one driver process per check, its
subprocesses run in parallel.

    cpython_fixture_code.py dis DIR NAME...
        runs `python3.13 -m dis NAME` in DIR for every NAME (in forked processes, see
        dis_in_child; checked once to print byte for byte what 526 real `-m dis` runs
        printed, addresses aside) and prints, for each, the four fields NAME, exit status,
        stdout, stderr, every field followed by a NUL (dis output never holds one: reprs
        escape it).

    cpython_fixture_code.py run DIR TIMEOUT NAME...
        runs `python3.13 NAME` in DIR for every NAME (stdin empty, TIMEOUT seconds) and prints
        the four fields NAME, exit status ("timeout" when it did not finish), stdout, stderr,
        every field followed by a NUL (a fixture that prints a NUL would be reported as
        differing, never as passing).

    cpython_fixture_code.py pyc DIR TIMEOUT NAME.py...
        DIR holds NAME.py (a copy of a fixture) and NAME.pyc, written by pyjama from
        compile(source, '<DIR>/NAME.py', 'exec'), DIR being the real path, as `python3.13 NAME.py`
        started in DIR names its script. For every NAME:
          - CPython writes its own pyc of the source (py_compile) to DIR/cpython/NAME.pyc, for
            pyjama to read back;
          - the pyc's header is validated as importlib validates it (magic, flags, the
            source's mtime and size) and its code is loaded with marshal;
          - the dump (cpython_dump_code.dump_text) of that code must equal the dump of
            CPython's own compile of the source;
          - `python3.13 NAME.py` runs (cwd DIR, stdin empty, TIMEOUT seconds); when it
            finishes in time the fixture counts as runnable and `python3.13 NAME.pyc` runs too;
            stdout, stderr and exit status must agree.
        Prints one line per fixture, "NAME.py<TAB>RESULT[<TAB>detail]", RESULT being one of
        load-error, dump-differs, not-runnable (the source run timed out), run-differs, same
        (detail: "exit N", then "; normalised: ..." when check_run normalised something).
"""
import argparse  # noqa: F401  (imported once here, for dis's main in every child)
import dis
import importlib.util
import io
import marshal
import multiprocessing
import os
import py_compile
import re
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


def run(argv, cwd, timeout):
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


def run_main(directory, timeout, names):
    out = sys.stdout.buffer
    with ThreadPoolExecutor(workers()) as pool:
        for name, result in zip(names, pool.map(lambda n: run([n], directory, timeout), names)):
            status, stdout, stderr = result if result is not None else ('timeout', b'', b'')
            for field in (name.encode(), str(status).encode(), stdout, stderr):
                out.write(field + b'\0')


def check_load(directory, name):
    """When pyjama's pyc of NAME loads to the code CPython compiles, the text of the
    compiler's warnings (a str); else the result line's fields (a list). Writes CPython's own pyc of the source on the way, for pyjama to load."""
    source_path = os.path.join(directory, name + '.py')
    pyc_path = os.path.join(directory, name + '.pyc')
    try:
        py_compile.compile(source_path, cfile=os.path.join(directory, 'cpython', name + '.pyc'), doraise=True)
    except py_compile.PyCompileError as e:
        # A fixture at the compiler's recursion limit compiles as a script or from compile(),
        # but not through importlib's deeper C stack: no CPython pyc for pyjama to read then.
        if not isinstance(e.exc_value, RecursionError):
            raise
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
        _validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, name, exc_details)
        code = marshal.loads(memoryview(data)[16:])
    except Exception as e:
        return ['load-error', '%s: %s' % (type(e).__name__, e)]
    with open(source_path, 'rb') as f, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('default')
        own = compile(f.read(), source_path, 'exec', dont_inherit=True)
    if dump_text(code) != dump_text(own):
        return ['dump-differs']
    # What running the source prints on stderr before it runs: the compiler's warnings.
    return ''.join(warnings.formatwarning(w.message, w.category, w.filename, w.lineno) for w in caught)


ADDRESS = re.compile(rb' at 0x[0-9a-f]+')


def check_run(directory, name, timeout, compile_warnings):
    """The result line's fields for running NAME.py, then (when it finished) NAME.pyc.
    Normalised: the compiler's warnings, which only the source run prints (a pyc holds
    compiled code), and object addresses (' at 0x...'), which vary from run to run."""
    source_run = run([name + '.py'], directory, timeout)
    if source_run is None:
        return ['not-runnable', 'the source did not finish within %s s' % timeout]
    pyc_run = run([name + '.pyc'], directory, timeout)
    status, out, err = source_run
    notes = []
    if compile_warnings and err.startswith(compile_warnings.encode()):
        err = err[len(compile_warnings.encode()):]
        notes.append('compile warnings')
    expected = (status, ADDRESS.sub(b' at 0x0', out), ADDRESS.sub(b' at 0x0', err))
    actual = (pyc_run[0], ADDRESS.sub(b' at 0x0', pyc_run[1]), ADDRESS.sub(b' at 0x0', pyc_run[2]))
    if expected != actual:
        return ['run-differs', repr(source_run) + ' vs ' + repr(pyc_run)]
    if (out, err) != expected[1:]:
        notes.append('addresses')
    return ['same', 'exit %d' % status + ('; normalised: ' + ', '.join(notes) if notes else '')]


def pyc_main(directory, timeout, names):
    # Loading and compiling happen here, one fixture after another (warnings filters are
    # process-wide, so no threads); only the subprocess runs are parallel.
    warnings.simplefilter('ignore')
    os.makedirs(os.path.join(directory, 'cpython'), exist_ok=True)
    stems = [n[:-len('.py')] for n in names]
    results = [check_load(directory, stem) for stem in stems]
    loaded = [(stem, r) for stem, r in zip(stems, results) if isinstance(r, str)]
    with ThreadPoolExecutor(workers()) as pool:
        runs = pool.map(lambda job: check_run(directory, job[0], timeout, job[1]), loaded)
        for i, r in enumerate(results):
            if isinstance(r, str):
                results[i] = next(runs)
    for name, fields in zip(names, results):
        print('\t'.join([name] + [f.replace('\t', ' ').replace('\n', '\\n') for f in fields]))


def main():
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(100_000)
    mode, directory, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    if mode == 'dis':
        dis_main(directory, args)
    elif mode == 'run':
        run_main(directory, float(args[0]), args[1:])
    elif mode == 'pyc':
        pyc_main(directory, float(args[0]), args[1:])
    else:
        sys.exit('unknown mode %r' % mode)


if __name__ == '__main__':
    main()
