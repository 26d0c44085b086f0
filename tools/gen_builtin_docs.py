"""Write the docstrings and text signatures of CPython's built-in functions, types and methods.

CPython keeps them in its C sources; they are data to pyjama. This walks the builtins module,
every static type CPython has (found through object.__subclasses__), and the modules pyjama
writes in Java (their functions, their types and those types' methods), and writes one record
per object that has a docstring or a text signature to a resource that
dev.pyjama.objects.BuiltinDocs reads the first time a program asks for one (so start-up does
not read it).

Record: KEY TAB SIG TAB DOC, one line. KEY is "module.qualname" for a function or type and
"module.TypeQualname.name" for a method; SIG and DOC are "-" for None or "=" and the text with
backslash, newline, carriage return and tab escaped as \\\\, \\n, \\r, \\t.

Usage (from the project root):
  PYENV_VERSION=3.13.0 python3.13 tools/gen_builtin_docs.py
"""

import importlib
import os
import sys

RESOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "src", "main",
                        "resources", "dev", "pyjama", "objects", "builtin-docs.txt")

# The modules pyjama writes in Java (dev.pyjama.interp.JavaModules), besides builtins.
MODULES = ["sys", "_sre", "_codecs", "_io", "_opcode", "_tokenize", "_imp", "_queue", "_lsprof",
           "_warnings", "marshal", "_thread", "_random", "select", "array", "_signal",
           "_contextvars", "gc", "binascii", "_struct", "_operator", "_functools", "_abc", "_stat",
           "_json", "_locale", "unicodedata", "_heapq", "_bisect", "_csv", "_md5", "_sha1", "_sha2",
           "_sha3", "_blake2", "atexit", "faulthandler", "_tracemalloc", "_collections", "_typing",
           "_ast", "_string", "itertools", "math", "_weakref", "errno", "posix",
           "_posixsubprocess", "fcntl", "_socket", "time", "_sqlite3", "zlib"]

CALLABLES = (type(len), type(str.split), type(object.__init__), type(dict.__dict__["fromkeys"]),
             type(str.__dict__["maketrans"]))
HEAPTYPE = 1 << 9


def esc(s):
    if s is None:
        return "-"
    return "=" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def record(out, key, obj):
    doc = getattr(obj, "__doc__", None)
    sig = getattr(obj, "__text_signature__", None)
    if not isinstance(doc, str):
        doc = None
    if not isinstance(sig, str):
        sig = None
    if doc is None and sig is None:
        return
    out[key] = (sig, doc)


def type_key(t):
    return "%s.%s" % (t.__module__, t.__qualname__)


def walk_type(out, t):
    tk = type_key(t)
    record(out, tk, t)
    for name, v in vars(t).items():
        if isinstance(v, (staticmethod, classmethod)):
            v = v.__func__
        if isinstance(v, CALLABLES):
            record(out, tk + "." + name, v)


def static_types():
    seen, todo = set(), [object]
    while todo:
        t = todo.pop()
        if t in seen:
            continue
        seen.add(t)
        try:
            subs = type.__subclasses__(t)
        except TypeError:
            subs = []
        todo.extend(subs)
    return [t for t in seen if not t.__flags__ & HEAPTYPE]


def main():
    out = {}
    types = set(static_types())
    for name in ["builtins"] + MODULES:
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        for attr, v in vars(m).items():
            if isinstance(v, type(len)) and getattr(v, "__self__", None) is m:
                record(out, name + "." + attr, v)
            elif isinstance(v, type) and v.__module__ in ("builtins", name, name.lstrip("_")):
                types.add(v)
    for t in types:
        walk_type(out, t)
    with open(RESOURCE, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Docstrings and text signatures, written by tools/gen_builtin_docs.py from CPython %s. Do not edit.\n"
                % sys.version.split()[0])
        for key in sorted(out):
            sig, doc = out[key]
            f.write("%s\t%s\t%s\n" % (key, esc(sig), esc(doc)))
    print("gen_builtin_docs: wrote %d records to %s" % (len(out), os.path.normpath(RESOURCE)))


if __name__ == "__main__":
    main()
