# _csv.Dialect: defaults, validation (CPython's exception types and messages), reuse of a
# dialect object, attributes read from any object, subclasses, the registry, field_size_limit.
import _csv
import csv


def t(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(sorted(k for k in vars(_csv) if not k.startswith("__")))
print(repr(_csv.__doc__), _csv.Reader, _csv.Writer, _csv.Dialect, _csv.Error)
print(_csv.Error.__mro__, _csv.Error.__module__, _csv.Error.__qualname__, _csv.Error.__doc__)
print(csv.__version__, [(n, getattr(csv, n)) for n in dir(csv) if n.startswith("QUOTE_")])
print(_csv.Dialect.__doc__)
print(_csv.Dialect.__module__, _csv.Dialect.strict, _csv.Dialect.delimiter)

d = _csv.Dialect()
print("defaults", d.delimiter, d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar, d.quoting,
      d.skipinitialspace, d.strict)
print(sorted(set(dir(d)) - set(dir(object))))

cases = [
    dict(delimiter=" ", skipinitialspace=True, escapechar=" "),
    dict(delimiter=" ", skipinitialspace=True, quotechar=" "),
    dict(delimiter=" ", escapechar=" "),
    dict(delimiter="\n"), dict(delimiter="\r"), dict(quotechar=","), dict(escapechar="\r"), dict(quotechar="\n"),
    dict(delimiter="ab"), dict(delimiter=""), dict(delimiter=None), dict(delimiter=1), dict(delimiter=b","),
    dict(quoting=7), dict(quoting=-1), dict(quoting=1.0), dict(quoting=True), dict(quoting=2**40), dict(quoting="1"),
    dict(lineterminator=None), dict(lineterminator=1), dict(lineterminator=""), dict(lineterminator="ab"),
    dict(escapechar=1), dict(escapechar=""), dict(escapechar="ab"), dict(escapechar=None),
    dict(quotechar=None, quoting=1), dict(quotechar=None, quoting=3), dict(quotechar=None), dict(quotechar=""),
    dict(quotechar=1), dict(lineterminator="x", delimiter="x"), dict(lineterminator="\n;", delimiter=";"),
    dict(lineterminator="#", escapechar="#"), dict(lineterminator="#", quotechar="#"),
    dict(escapechar=","), dict(escapechar='"'), dict(escapechar="\\", quotechar="\\"),
    dict(delimiter="\t", quotechar="'", escapechar="\\", doublequote=0, skipinitialspace=[1], strict="yes"),
    dict(delimiter="\u20ac", quotechar="\U0001f600"),
    dict(doublequote=None, skipinitialspace=0.0, strict=()),
]
for kw in cases:
    def make(kw=kw):
        x = _csv.Dialect(**kw)
        return (x.delimiter, x.quotechar, x.escapechar, x.lineterminator, x.quoting, x.doublequote,
                x.skipinitialspace, x.strict)
    t(repr(kw), make)
for q in range(6):
    t("quoting %d" % q, lambda: _csv.Dialect(quoting=q).quoting)


class Falsy:
    def __bool__(self):
        raise ZeroDivisionError("bool")


t("bool raises", lambda: _csv.Dialect(strict=Falsy()))

# arguments as PyArg_ParseTupleAndKeywords checks them
t("10 args", lambda: _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
t("bad kw", lambda: _csv.Dialect(foo=1))
t("name and position", lambda: _csv.Dialect("excel", dialect="x"))
t("unknown", lambda: _csv.Dialect("nope"))
t("positional", lambda: _csv.Dialect(None, ";", False, "\\", "\n", "'", 0, True, True).delimiter)

# a registered name, an existing Dialect (returned as it is), any object's attributes
excel = csv.get_dialect("excel")
print(type(excel).__name__, _csv.Dialect(excel) is excel, _csv.Dialect("excel") is excel,
      _csv.Dialect(excel, delimiter=";") is excel, _csv.Dialect(excel, delimiter=";").delimiter)


class Attrs:
    delimiter = ":"
    quoting = csv.QUOTE_ALL
    strict = True

    @property
    def escapechar(self):
        raise RuntimeError("swallowed, as DIALECT_GETATTR clears errors")


a = _csv.Dialect(Attrs())
print(a.delimiter, a.quoting, a.strict, a.escapechar, a.quotechar, type(a).__name__)
print(_csv.Dialect(1).delimiter, _csv.Dialect(Attrs(), delimiter="|").delimiter)


class Sub(_csv.Dialect):
    pass


s = Sub(delimiter=";")
print(type(s).__name__, isinstance(s, _csv.Dialect), s.delimiter, Sub(excel) is excel, type(Sub("excel")).__name__)
s.extra = 5
print(s.extra, s.__dict__)

# python-level csv.Dialect subclasses validate through _csv.Dialect
class Good(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


print(Good().delimiter)


class Bad(csv.Dialect):
    delimiter = ";;"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


t("csv.Dialect subclass", Bad)
t("csv.Dialect itself", csv.Dialect)

# read-only attributes, no pickling
t("set delimiter", lambda: setattr(excel, "delimiter", ";"))
t("set strict", lambda: setattr(excel, "strict", True))
t("set new", lambda: setattr(excel, "foo", 1))
t("set on type", lambda: setattr(_csv.Dialect, "foo", 1))
t("reduce", lambda: excel.__reduce__())
t("reduce_ex", lambda: excel.__reduce_ex__(2))
t("sub reduce", lambda: s.__reduce_ex__(2))
import pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t("pickle %d" % proto, lambda: pickle.dumps(excel, proto))

# the registry
print(csv.list_dialects())
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
csv.register_dialect("fromcls", Good)
csv.register_dialect("both", "semi", lineterminator="\n")
print(csv.list_dialects(), csv.get_dialect("semi").delimiter, csv.get_dialect("fromcls").lineterminator == "\n",
      repr(csv.get_dialect("both").lineterminator), csv.get_dialect("both").quoting)
t("register non-str", lambda: csv.register_dialect(1))
t("register no args", lambda: csv.register_dialect())
t("register 3 args", lambda: csv.register_dialect("a", "excel", 2))
t("register bad", lambda: csv.register_dialect("bad", delimiter=""))
print("bad" in csv.list_dialects())
t("unregister", lambda: csv.unregister_dialect("semi"))
t("unregister again", lambda: csv.unregister_dialect("semi"))
t("unregister kw", lambda: csv.unregister_dialect(name="both"))
t("unregister none", lambda: csv.unregister_dialect())
t("unregister list", lambda: csv.unregister_dialect([]))
t("get unknown", lambda: csv.get_dialect("semi"))
t("get list", lambda: csv.get_dialect([]))
t("get kw", lambda: type(csv.get_dialect(name="excel")).__name__)
t("get none", lambda: csv.get_dialect())
t("list arg", lambda: _csv.list_dialects(1))
t("list kw", lambda: _csv.list_dialects(a=1))
print(csv.list_dialects())

# field_size_limit
t("limit", lambda: csv.field_size_limit())
t("limit set", lambda: csv.field_size_limit(10))
t("limit kw", lambda: csv.field_size_limit(new_limit=20))
t("limit now", lambda: csv.field_size_limit())
t("limit bad kw", lambda: csv.field_size_limit(limit=5))
t("limit two", lambda: csv.field_size_limit(1, 2))
t("limit float", lambda: csv.field_size_limit(1.0))
t("limit bool", lambda: csv.field_size_limit(True))
t("limit huge", lambda: csv.field_size_limit(2**70))
t("limit negative", lambda: csv.field_size_limit(-1))
t("read with -1", lambda: list(csv.reader(["a"])))
t("limit zero", lambda: csv.field_size_limit(0))
t("read with 0", lambda: list(csv.reader(["a", ""])))
t("restore", lambda: csv.field_size_limit(131072))

# errors are _csv.Error, subclassable
class MyError(csv.Error):
    pass


print(csv.Error is _csv.Error, issubclass(MyError, Exception), MyError("x").args)
