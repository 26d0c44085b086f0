# sqlite3 transactions in the default (legacy) control: the implicit BEGIN before DML, commit,
# rollback, in_transaction, isolation_level, the connection as a context manager, and a
# database file seen from a second connection.
import os
import sqlite3
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.db")
con = sqlite3.connect(path)
print(con.isolation_level == "", con.in_transaction, con.autocommit == sqlite3.LEGACY_TRANSACTION_CONTROL)
con.execute("create table t (x)")
print("after create", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert", con.in_transaction)
other = sqlite3.connect(path)
print("other sees", other.execute("select count(*) from t").fetchone())
con.commit()
print("after commit", con.in_transaction, other.execute("select count(*) from t").fetchone())
con.execute("insert into t values (2)")
con.rollback()
print("after rollback", con.in_transaction, con.execute("select x from t").fetchall())

with con:
    con.execute("insert into t values (3)")
print("with ok", con.in_transaction, other.execute("select x from t order by x").fetchall())
try:
    with con:
        con.execute("insert into t values (4)")
        raise KeyError("inside")
except KeyError as e:
    print("with error", repr(e), con.in_transaction, con.execute("select x from t order by x").fetchall())

con.isolation_level = None
con.execute("insert into t values (5)")
print("autocommit mode", con.in_transaction, other.execute("select count(*) from t").fetchone())
con.execute("begin")
print("explicit begin", con.in_transaction)
con.execute("insert into t values (6)")
con.execute("rollback")
print("explicit rollback", con.in_transaction, con.execute("select x from t order by x").fetchall())
con.isolation_level = "IMMEDIATE"
con.execute("insert into t values (7)")
print("immediate", con.in_transaction)
con.isolation_level = None
print("set None commits", con.in_transaction, other.execute("select count(*) from t").fetchone())

con.executescript("begin; insert into t values (8); commit;")
print("script", con.in_transaction, con.execute("select max(x) from t").fetchone())
con.close()
other.close()
print(sorted(os.listdir(folder)))
os.remove(path)
os.rmdir(folder)
