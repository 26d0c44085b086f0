# Statements whose rows are never read must not block later writes and commits (shelve and
# dbm.sqlite3, 3.13's default dbm, run `PRAGMA journal_mode = wal` without reading it).
import dbm, dbm.sqlite3, os, shelve, shutil, sqlite3, tempfile

d = tempfile.mkdtemp()
try:
    cx = sqlite3.connect(os.path.join(d, 'y.db'))
    cx.execute('pragma journal_mode=off')
    cx.execute('create table t (k)')
    cx.execute('insert into t values (1)')
    cx.commit()
    print(cx.execute('pragma journal_mode').fetchall())
    cur = cx.execute('pragma table_info(t)')
    cx.execute('insert into t values (2)')
    cx.commit()
    print(cur.fetchone()[:3], cur.fetchone())
    cur = cx.execute('insert into t values (3) returning k, k * 2')
    try:
        cx.commit()  # an unread RETURNING statement does block the commit
    except sqlite3.OperationalError as e:
        print(type(e).__name__, e)
    print(cur.fetchall(), cur.fetchall())
    cx.commit()
    sel = cx.execute('select k from t order by k')
    print(sel.fetchone())
    cx.execute('insert into t values (4)')
    cx.commit()
    print(cx.execute('select count(*) from t').fetchone(), cx.in_transaction)
    cx.close()

    with shelve.open(os.path.join(d, 'sh')) as s:
        s['a'] = [1, 2]
        s['b'] = {'x': 1}
    with shelve.open(os.path.join(d, 'sh')) as s:
        print(sorted(s.items()))
    print(dbm.whichdb(os.path.join(d, 'sh')))
    with dbm.sqlite3.open(os.path.join(d, 'db3'), 'c') as db:
        db[b'k'] = b'v'
        db['z'] = 'w'
        print(sorted(db.keys()), db[b'k'], len(db))
        del db[b'k']
        print(list(db.keys()), b'k' in db)
    with dbm.open(os.path.join(d, 'db3'), 'r') as db:
        print(db[b'z'])
        try:
            db[b'q'] = b'1'
        except Exception as e:
            print(type(e).__name__, e)
finally:
    shutil.rmtree(d)
