# sqlite3 errors: CPython's exception classes, messages, sqlite_errorcode/sqlite_errorname.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t (a integer primary key, b text not null, c unique)")
con.execute("insert into t values (1, 'x', 10)")


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))


attempt("syntax", con.execute, "selec 1")
attempt("no table", con.execute, "select * from nope")
attempt("no column", con.execute, "select zzz from t")
attempt("primary key", con.execute, "insert into t values (1, 'y', 11)")
attempt("not null", con.execute, "insert into t values (2, null, 12)")
attempt("unique", con.execute, "insert into t values (3, 'z', 10)")
attempt("two statements", con.execute, "select 1; select 2")
attempt("too few bindings", con.execute, "select ?, ?", (1,))
attempt("too many bindings", con.execute, "select ?", (1, 2))
attempt("missing name", con.execute, "select :a, :b", {"a": 1})
attempt("bad type", con.execute, "select ?", ([1],))
attempt("overflow", con.execute, "select ?", (2 ** 63,))
attempt("sql not str", con.execute, 42)
attempt("executemany select", con.executemany, "select ?", [(1,)])
attempt("bad isolation", sqlite3.connect, ":memory:", 5.0, 0, "SOMETIMES")
attempt("narg", con.create_function, "f", 200, len)


def boom(x):
    raise ValueError("boom")


con.create_function("boom", 1, boom)
attempt("function raised", lambda: con.execute("select boom(1)").fetchone())
print(issubclass(sqlite3.ProgrammingError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error),
      issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.Warning, Exception))
print(sqlite3.Error.__module__, sqlite3.IntegrityError.__mro__[1].__name__, con.Error is sqlite3.Error)
print(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_ERROR, sqlite3.SQLITE_DBCONFIG_DEFENSIVE)

cur = con.cursor()
cur.close()
attempt("closed cursor", cur.execute, "select 1")
con.close()
attempt("closed connection", con.execute, "select 1")
attempt("closed cursor()", con.cursor)
con.close()
print("done")
