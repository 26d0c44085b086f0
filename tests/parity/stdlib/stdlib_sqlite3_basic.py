# sqlite3 on pyjama's _sqlite3: tables, the value types, parameters (qmark and named), cursors
# and their description/rowcount/lastrowid, Row, fetchmany, executemany, executescript, functions.
import sqlite3

con = sqlite3.connect(":memory:")
print(type(con).__name__, type(con).__module__, sqlite3.paramstyle, sqlite3.threadsafety, sqlite3.apilevel)
cur = con.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize)
cur.execute("create table t (id integer primary key, name text, data blob, score real, n integer)")
print(cur.description, cur.rowcount, cur.lastrowid)
cur.execute("insert into t (name, data, score, n) values (?, ?, ?, ?)", ("alpha", b"\x00\xff", 2.5, 2 ** 62))
print(cur.rowcount, cur.lastrowid)
cur.executemany("insert into t (name, score) values (?, ?)", [("beta", 1.0), ("gamma", None), ("delta", -3.25)])
print(cur.rowcount, cur.lastrowid)
cur.execute("insert into t (name, n) values (:name, :n)", {"name": "eps", "n": -7})
print(cur.rowcount, cur.lastrowid)
cur.execute("select * from t order by id")
print([d[0] for d in cur.description], cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
for row in con.execute("select name, typeof(score), length(data) from t where id > ? order by name", (1,)):
    print(row)
print(con.execute("select count(*), sum(score), max(n), min(n) from t").fetchone())
print(con.execute("select 1 + 1, 'a' || 'b', x'0102', null, 1.0 / 4").fetchone())
print(con.execute("update t set score = score * 2 where score is not null").rowcount)
print(con.execute("delete from t where name = 'beta'").rowcount)

con.row_factory = sqlite3.Row
row = con.execute("select id, name as Label from t where id = 1").fetchone()
print(type(row).__name__, row.keys(), row[0], row["label"], row["LABEL"], tuple(row), len(row), row[-1], row[:1])
print(row == con.execute("select id, name as Label from t where id = 1").fetchone())
try:
    row["missing"]
except IndexError as e:
    print("IndexError", e)
con.row_factory = None

con.executescript("""
    create table u (k text unique, v);  -- a comment; with a semicolon
    insert into u values ('a', 1);
    insert into u values ('b', 2);
    /* block; comment */
""")
print(con.execute("select * from u order by k").fetchall())
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement("select ';"), sqlite3.complete_statement("select 1; -- done"))


def shout(s):
    return None if s is None else s.upper() + "!"


con.create_function("shout", 1, shout)
con.create_function("add3", 3, lambda a, b, c: a + b + c)
print(con.execute("select shout(name), add3(id, 1, 0.5) from t order by id").fetchall())
print(con.execute("select shout(null), typeof(add3(1, 2, 3))").fetchone())

cur = con.execute("select k from u")
print(list(cur), list(cur))
cur.close()
print(con.total_changes > 0)
con.close()
print("closed")


# aggregates (coverage's `combine` registers one to merge line bitmaps)
class Joiner:
    def __init__(self):
        self.parts = []

    def step(self, value):
        self.parts.append(str(value))

    def finalize(self):
        return "+".join(self.parts)


class BadStep(Joiner):
    def step(self, value):
        raise RuntimeError("no")


con = sqlite3.connect(":memory:")
con.execute("create table g (k, v)")
con.executemany("insert into g values (?, ?)", [("a", 1), ("a", 2), ("b", 3), ("a", 4)])
con.create_aggregate("joined", 1, Joiner)
con.create_aggregate("badstep", 1, BadStep)
print(con.execute("select k, joined(v) from g group by k order by k").fetchall())
print(con.execute("select joined(v) from g where k = 'none'").fetchall())
try:
    con.execute("select badstep(v) from g").fetchall()
except sqlite3.Error as e:
    print(type(e).__name__, e)
