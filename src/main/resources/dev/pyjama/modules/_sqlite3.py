# The DB-API half of pyjama's _sqlite3 (CPython writes all of it in C: Modules/_sqlite/). It runs
# as the rest of the module's body after SqliteModule.java has put its core in the namespace:
# _open, _close, _prepare, _run, _step, _finalize, _exec, _counts, _create_function, _version and
# _SqliteError(code, message, name), the error of any SQLite call.

import sys as _sys

_core_open, _core_close, _core_prepare, _core_run = _open, _close, _prepare, _run
_core_step, _core_finalize, _core_exec, _core_counts = _step, _finalize, _exec, _counts
_core_create_function = _create_function
del _open, _close, _prepare, _run, _step, _finalize, _exec, _counts, _create_function

sqlite_version = _version()
del _version
_deprecated_version = "2.6.0"
threadsafety = 3
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
LEGACY_TRANSACTION_CONTROL = -1

# SQLite's codes as CPython 3.13.0's _sqlite3 exports them (printed from its dir(_sqlite3))
_CONSTANTS = {
    "SQLITE_ABORT": 4, "SQLITE_ABORT_ROLLBACK": 516, "SQLITE_ALTER_TABLE": 26, "SQLITE_ANALYZE": 28,
    "SQLITE_ATTACH": 24, "SQLITE_AUTH": 23, "SQLITE_AUTH_USER": 279, "SQLITE_BUSY": 5,
    "SQLITE_BUSY_RECOVERY": 261, "SQLITE_BUSY_SNAPSHOT": 517, "SQLITE_BUSY_TIMEOUT": 773,
    "SQLITE_CANTOPEN": 14, "SQLITE_CANTOPEN_CONVPATH": 1038, "SQLITE_CANTOPEN_DIRTYWAL": 1294,
    "SQLITE_CANTOPEN_FULLPATH": 782, "SQLITE_CANTOPEN_ISDIR": 526, "SQLITE_CANTOPEN_NOTEMPDIR": 270,
    "SQLITE_CANTOPEN_SYMLINK": 1550, "SQLITE_CONSTRAINT": 19, "SQLITE_CONSTRAINT_CHECK": 275,
    "SQLITE_CONSTRAINT_COMMITHOOK": 531, "SQLITE_CONSTRAINT_FOREIGNKEY": 787,
    "SQLITE_CONSTRAINT_FUNCTION": 1043, "SQLITE_CONSTRAINT_NOTNULL": 1299,
    "SQLITE_CONSTRAINT_PINNED": 2835, "SQLITE_CONSTRAINT_PRIMARYKEY": 1555,
    "SQLITE_CONSTRAINT_ROWID": 2579, "SQLITE_CONSTRAINT_TRIGGER": 1811, "SQLITE_CONSTRAINT_UNIQUE": 2067,
    "SQLITE_CONSTRAINT_VTAB": 2323, "SQLITE_CORRUPT": 11, "SQLITE_CORRUPT_INDEX": 779,
    "SQLITE_CORRUPT_SEQUENCE": 523, "SQLITE_CORRUPT_VTAB": 267, "SQLITE_CREATE_INDEX": 1,
    "SQLITE_CREATE_TABLE": 2, "SQLITE_CREATE_TEMP_INDEX": 3, "SQLITE_CREATE_TEMP_TABLE": 4,
    "SQLITE_CREATE_TEMP_TRIGGER": 5, "SQLITE_CREATE_TEMP_VIEW": 6, "SQLITE_CREATE_TRIGGER": 7,
    "SQLITE_CREATE_VIEW": 8, "SQLITE_CREATE_VTABLE": 29, "SQLITE_DBCONFIG_DEFENSIVE": 1010,
    "SQLITE_DBCONFIG_DQS_DDL": 1014, "SQLITE_DBCONFIG_DQS_DML": 1013, "SQLITE_DBCONFIG_ENABLE_FKEY": 1002,
    "SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER": 1004, "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION": 1005,
    "SQLITE_DBCONFIG_ENABLE_QPSG": 1007, "SQLITE_DBCONFIG_ENABLE_TRIGGER": 1003,
    "SQLITE_DBCONFIG_ENABLE_VIEW": 1015, "SQLITE_DBCONFIG_LEGACY_ALTER_TABLE": 1012,
    "SQLITE_DBCONFIG_LEGACY_FILE_FORMAT": 1016, "SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE": 1006,
    "SQLITE_DBCONFIG_RESET_DATABASE": 1009, "SQLITE_DBCONFIG_TRIGGER_EQP": 1008,
    "SQLITE_DBCONFIG_TRUSTED_SCHEMA": 1017, "SQLITE_DBCONFIG_WRITABLE_SCHEMA": 1011, "SQLITE_DELETE": 9,
    "SQLITE_DENY": 1, "SQLITE_DETACH": 25, "SQLITE_DONE": 101, "SQLITE_DROP_INDEX": 10,
    "SQLITE_DROP_TABLE": 11, "SQLITE_DROP_TEMP_INDEX": 12, "SQLITE_DROP_TEMP_TABLE": 13,
    "SQLITE_DROP_TEMP_TRIGGER": 14, "SQLITE_DROP_TEMP_VIEW": 15, "SQLITE_DROP_TRIGGER": 16,
    "SQLITE_DROP_VIEW": 17, "SQLITE_DROP_VTABLE": 30, "SQLITE_EMPTY": 16, "SQLITE_ERROR": 1,
    "SQLITE_ERROR_MISSING_COLLSEQ": 257, "SQLITE_ERROR_RETRY": 513, "SQLITE_ERROR_SNAPSHOT": 769,
    "SQLITE_FORMAT": 24, "SQLITE_FULL": 13, "SQLITE_FUNCTION": 31, "SQLITE_IGNORE": 2, "SQLITE_INSERT": 18,
    "SQLITE_INTERNAL": 2, "SQLITE_INTERRUPT": 9, "SQLITE_IOERR": 10, "SQLITE_IOERR_ACCESS": 3338,
    "SQLITE_IOERR_AUTH": 7178, "SQLITE_IOERR_BEGIN_ATOMIC": 7434, "SQLITE_IOERR_BLOCKED": 2826,
    "SQLITE_IOERR_CHECKRESERVEDLOCK": 3594, "SQLITE_IOERR_CLOSE": 4106, "SQLITE_IOERR_COMMIT_ATOMIC": 7690,
    "SQLITE_IOERR_CONVPATH": 6666, "SQLITE_IOERR_CORRUPTFS": 8458, "SQLITE_IOERR_DATA": 8202,
    "SQLITE_IOERR_DELETE": 2570, "SQLITE_IOERR_DELETE_NOENT": 5898, "SQLITE_IOERR_DIR_CLOSE": 4362,
    "SQLITE_IOERR_DIR_FSYNC": 1290, "SQLITE_IOERR_FSTAT": 1802, "SQLITE_IOERR_FSYNC": 1034,
    "SQLITE_IOERR_GETTEMPPATH": 6410, "SQLITE_IOERR_LOCK": 3850, "SQLITE_IOERR_MMAP": 6154,
    "SQLITE_IOERR_NOMEM": 3082, "SQLITE_IOERR_RDLOCK": 2314, "SQLITE_IOERR_READ": 266,
    "SQLITE_IOERR_ROLLBACK_ATOMIC": 7946, "SQLITE_IOERR_SEEK": 5642, "SQLITE_IOERR_SHMLOCK": 5130,
    "SQLITE_IOERR_SHMMAP": 5386, "SQLITE_IOERR_SHMOPEN": 4618, "SQLITE_IOERR_SHMSIZE": 4874,
    "SQLITE_IOERR_SHORT_READ": 522, "SQLITE_IOERR_TRUNCATE": 1546, "SQLITE_IOERR_UNLOCK": 2058,
    "SQLITE_IOERR_VNODE": 6922, "SQLITE_IOERR_WRITE": 778, "SQLITE_LIMIT_ATTACHED": 7,
    "SQLITE_LIMIT_COLUMN": 2, "SQLITE_LIMIT_COMPOUND_SELECT": 4, "SQLITE_LIMIT_EXPR_DEPTH": 3,
    "SQLITE_LIMIT_FUNCTION_ARG": 6, "SQLITE_LIMIT_LENGTH": 0, "SQLITE_LIMIT_LIKE_PATTERN_LENGTH": 8,
    "SQLITE_LIMIT_SQL_LENGTH": 1, "SQLITE_LIMIT_TRIGGER_DEPTH": 10, "SQLITE_LIMIT_VARIABLE_NUMBER": 9,
    "SQLITE_LIMIT_VDBE_OP": 5, "SQLITE_LIMIT_WORKER_THREADS": 11, "SQLITE_LOCKED": 6,
    "SQLITE_LOCKED_SHAREDCACHE": 262, "SQLITE_LOCKED_VTAB": 518, "SQLITE_MISMATCH": 20,
    "SQLITE_MISUSE": 21, "SQLITE_NOLFS": 22, "SQLITE_NOMEM": 7, "SQLITE_NOTADB": 26, "SQLITE_NOTFOUND": 12,
    "SQLITE_NOTICE": 27, "SQLITE_NOTICE_RECOVER_ROLLBACK": 539, "SQLITE_NOTICE_RECOVER_WAL": 283,
    "SQLITE_OK": 0, "SQLITE_OK_LOAD_PERMANENTLY": 256, "SQLITE_OK_SYMLINK": 512, "SQLITE_PERM": 3,
    "SQLITE_PRAGMA": 19, "SQLITE_PROTOCOL": 15, "SQLITE_RANGE": 25, "SQLITE_READ": 20,
    "SQLITE_READONLY": 8, "SQLITE_READONLY_CANTINIT": 1288, "SQLITE_READONLY_CANTLOCK": 520,
    "SQLITE_READONLY_DBMOVED": 1032, "SQLITE_READONLY_DIRECTORY": 1544, "SQLITE_READONLY_RECOVERY": 264,
    "SQLITE_READONLY_ROLLBACK": 776, "SQLITE_RECURSIVE": 33, "SQLITE_REINDEX": 27, "SQLITE_ROW": 100,
    "SQLITE_SAVEPOINT": 32, "SQLITE_SCHEMA": 17, "SQLITE_SELECT": 21, "SQLITE_TOOBIG": 18,
    "SQLITE_TRANSACTION": 22, "SQLITE_UPDATE": 23, "SQLITE_WARNING": 28, "SQLITE_WARNING_AUTOINDEX": 284,
}
globals().update(_CONSTANTS)
_CODE_NAMES = {}
for _n, _v in _CONSTANTS.items():
    # result codes only (the authorizer action codes and config options share the numbers)
    if _n not in _CODE_NAMES.values() and not _n.startswith(("SQLITE_DBCONFIG_", "SQLITE_CREATE_", "SQLITE_DROP_")):
        _CODE_NAMES.setdefault(_v, _n)
for _n in ("SQLITE_OK", "SQLITE_ERROR", "SQLITE_INTERNAL", "SQLITE_CONSTRAINT", "SQLITE_ABORT", "SQLITE_BUSY"):
    _CODE_NAMES[_CONSTANTS.get(_n, 0)] = _n
del _n, _v


class Warning(Exception):
    __module__ = "sqlite3"

class Error(Exception):
    __module__ = "sqlite3"

class InterfaceError(Error):
    __module__ = "sqlite3"

class DatabaseError(Error):
    __module__ = "sqlite3"

class InternalError(DatabaseError):
    __module__ = "sqlite3"

class OperationalError(DatabaseError):
    __module__ = "sqlite3"

class ProgrammingError(DatabaseError):
    __module__ = "sqlite3"

class IntegrityError(DatabaseError):
    __module__ = "sqlite3"

class DataError(DatabaseError):
    __module__ = "sqlite3"

class NotSupportedError(DatabaseError):
    __module__ = "sqlite3"


# CPython: Modules/_sqlite/util.c get_exception_class (by the primary result code)
_OPERATIONAL = {1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17}

def _exception(err):
    code, message, name = err.args
    primary = code & 0xff
    if primary in (0, 2, 12):
        cls = InternalError
    elif primary == 7:
        return MemoryError()
    elif primary in _OPERATIONAL:
        cls = OperationalError
    elif primary == 18:
        cls = DataError
    elif primary in (19, 20):
        cls = IntegrityError
    elif primary in (21, 25):
        cls = InterfaceError
    else:
        cls = DatabaseError
    exc = cls(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _CODE_NAMES.get(code, name)
    return exc


adapters = {}
converters = {}

class PrepareProtocol:
    __module__ = "sqlite3"

    def __init__(self, *args, **kwargs):
        pass


def register_adapter(type, adapter, /):
    adapters[(type, PrepareProtocol)] = adapter

def register_converter(typename, converter, /):
    converters[typename.upper()] = converter

_MISSING = object()

def adapt(obj, proto=PrepareProtocol, alt=_MISSING, /):
    # CPython: Modules/_sqlite/microprotocols.c pysqlite_microprotocols_adapt
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, "__adapt__", None)
    if conform is not None:
        r = conform(obj)
        if r is not None:
            return r
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        r = conform(proto)
        if r is not None:
            return r
    if alt is not _MISSING:
        return alt
    raise ProgrammingError("can't adapt")

def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {type(statement).__name__}")
    # CPython: sqlite3_complete (the last token is a ';')
    rest = _split(statement)[1]
    while rest is not None:
        if not _strip_comments(rest):
            return True
        rest = _split(rest)[1]
    return False

_tracebacks = False

def enable_callback_tracebacks(enable, /):
    global _tracebacks
    _tracebacks = bool(enable)

def _callback_error(exc):
    if _tracebacks:
        _sys.unraisablehook(type("UnraisableHookArgs", (), {"exc_type": type(exc), "exc_value": exc,
                                                          "exc_traceback": exc.__traceback__,
                                                          "err_msg": "Exception ignored on calling user defined function",
                                                          "object": None})())


def _split(sql):
    """(first statement, the rest after its ';' or None when there is no ';'), skipping
    quotes and comments as SQLite's tokenizer does."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"`":
            j = sql.find(c, i + 1)
            while j != -1 and j + 1 < n and sql[j + 1] == c:
                j = sql.find(c, j + 2)
            i = n if j == -1 else j + 1
        elif c == "[":
            j = sql.find("]", i + 1)
            i = n if j == -1 else j + 1
        elif c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j == -1 else j + 1
        elif c == "/" and sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j == -1 else j + 2
        elif c == ";":
            return sql[:i + 1], sql[i + 1:]
        else:
            i += 1
    return sql, None

def _strip_comments(sql):
    """sql without leading white space and comments ('' when nothing else is left)."""
    while True:
        sql = sql.lstrip(" \t\n\r\f")
        if sql.startswith("--"):
            j = sql.find("\n")
            sql = "" if j == -1 else sql[j + 1:]
        elif sql.startswith("/*"):
            j = sql.find("*/")
            sql = "" if j == -1 else sql[j + 2:]
        else:
            return sql

def _keyword(sql):
    sql = _strip_comments(sql)
    i = 0
    while i < len(sql) and (sql[i].isalpha() or sql[i] == "_"):
        i += 1
    return sql[:i].upper()


class _Statement:
    __slots__ = ("handle", "nparams", "keyword", "is_dml", "names")

    def __init__(self, con, sql):
        if "\0" in sql:
            raise ProgrammingError("the query contains a null character")
        first, rest = _split(sql)
        if rest is not None and _strip_comments(rest).strip(";" + " \t\n\r\f"):
            raise ProgrammingError("You can only execute one statement at a time.")
        self.keyword = _keyword(first)
        # CPython: Modules/_sqlite/statement.c pysqlite_statement_create (is_dml)
        self.is_dml = self.keyword in ("INSERT", "UPDATE", "DELETE", "REPLACE")
        self.names = None
        if not self.keyword:
            self.handle = None
            self.nparams = 0
            return
        try:
            self.handle, self.nparams = _core_prepare(con._handle, first)
        except _SqliteError as e:
            raise _exception(e) from None
        if self.nparams:
            self.names = _param_names(first)


def _param_names(sql):
    """The names of sql's parameters in order, None for a nameless '?' (SQLite numbers them
    as sqlite3_bind_parameter_name reports)."""
    names = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"`":
            j = sql.find(c, i + 1)
            i = n if j == -1 else j + 1
        elif c == "?":
            j = i + 1
            while j < n and sql[j].isdigit():
                j += 1
            names.append(None if j == i + 1 else sql[i:j])
            i = j
        elif c in ":@$" and i + 1 < n and (sql[i + 1].isalnum() or sql[i + 1] == "_"):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            if sql[i:j] not in names:
                names.append(sql[i:j])
            i = j
        else:
            i += 1
    return names


_INT_MIN, _INT_MAX = -(1 << 63), (1 << 63) - 1

def _bind_value(value, pos):
    # CPython: Modules/_sqlite/cursor.c bind_param, need_adapt
    t = type(value)
    if t not in (int, float, str, bytes) and value is not None:
        value = adapt(value, PrepareProtocol, value)
        t = type(value)
    if value is None:
        return None
    if isinstance(value, int):
        if value < _INT_MIN or value > _INT_MAX:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise ProgrammingError(f"Error binding parameter {pos}: type '{t.__name__}' is not supported")


def _bind(stmt, parameters):
    # CPython: Modules/_sqlite/cursor.c bind_parameters
    n = stmt.nparams
    if isinstance(parameters, dict) or (not isinstance(parameters, (tuple, list)) and hasattr(type(parameters), "__getitem__")
                                        and hasattr(type(parameters), "keys") and not isinstance(parameters, (str, bytes))):
        values = []
        for i, name in enumerate(stmt.names or (), 1):
            if name is None:
                raise ProgrammingError(f"Binding {i} has no name, but you supplied a dictionary (which has only names).")
            key = name[1:]
            try:
                v = parameters[key]
            except KeyError:
                raise ProgrammingError(f"You did not supply a value for binding parameter :{key}.") from None
            values.append(_bind_value(v, i))
        return tuple(values)
    if not isinstance(parameters, (tuple, list)) and not (hasattr(type(parameters), "__len__") and hasattr(type(parameters), "__getitem__")) \
            or isinstance(parameters, (str, bytes, bytearray)):
        raise ProgrammingError("parameters are of unsupported type")
    if len(parameters) != n:
        raise ProgrammingError(f"Incorrect number of bindings supplied. The current statement uses {n}, "
                               f"and there are {len(parameters)} supplied.")
    if stmt.names and any(name is not None and name[0] != "?" for name in stmt.names):
        import warnings
        for i, name in enumerate(stmt.names, 1):
            if name is not None and name[0] != "?":
                warnings.warn(f"Binding {i} is a named parameter ({name!r}), but you supplied a sequence which "
                              "requires nameless (qmark) placeholders. Starting with Python 3.14 an sqlite3."
                              "ProgrammingError will be raised.", DeprecationWarning, stacklevel=4)
                break
    return tuple(_bind_value(parameters[i], i + 1) for i in range(n))


class Row:
    __module__ = "sqlite3"
    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {type(data).__name__}")
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def __getitem__(self, key):
        if isinstance(key, str):
            lower = key.lower()
            for i, d in enumerate(self._description or ()):
                if d[0].lower() == lower:
                    return self._data[i]
            raise IndexError("No item with that key")
        return self._data[key]

    def keys(self):
        return [d[0] for d in self._description or ()]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __hash__(self):
        return hash(tuple(d[0] for d in self._description or ())) ^ hash(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__


class Cursor:
    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        self.connection = connection
        self.arraysize = 1
        self.row_factory = connection.row_factory
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._stmt = None
        self._buffer = None   # the rows of a finished non-SELECT statement, not yet fetched
        self._closed = False

    @property
    def description(self):
        return self._description

    @property
    def rowcount(self):
        return self._rowcount

    @property
    def lastrowid(self):
        return self._lastrowid

    def _check(self):
        if self.__dict__.get("connection") is None or "_closed" not in self.__dict__:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def _reset(self):
        if self._stmt is not None and self._stmt.handle is not None:
            _core_finalize(self._stmt.handle)
        self._stmt = None
        self._buffer = None

    def _query(self, sql, param_sets, multiple):
        # CPython: Modules/_sqlite/cursor.c _pysqlite_query_execute
        self._check()
        if not isinstance(sql, str):
            name = "executemany" if multiple else "execute"
            raise TypeError(f"{name}() argument 1 must be str, not {type(sql).__name__}")
        self._reset()
        self._description = None
        con = self.connection
        stmt = _Statement(con, sql)
        if multiple and stmt.keyword and not stmt.is_dml:
            raise ProgrammingError("executemany() can only execute DML statements.")
        self._rowcount = 0 if stmt.is_dml else -1
        if stmt.handle is None:
            return self
        if stmt.is_dml and con._legacy_begin():
            con._begin()
        try:
            for params in param_sets:
                values = _bind(stmt, params)
                try:
                    names, changes = _core_run(stmt.handle, values)
                except _SqliteError as e:
                    raise _exception(e) from None
                con._after(stmt.keyword)
                if names is not None:
                    self._description = tuple((n, None, None, None, None, None, None) for n in names)
                    self._stmt = stmt
                    stmt.names = names
                    if multiple:
                        raise ProgrammingError("executemany() can only execute DML statements.")
                elif stmt.is_dml:
                    self._rowcount += changes
            if not multiple:
                if names is None:
                    self._lastrowid = con._update_counts()
                else:
                    self._lastrowid = con._last_rowid
        except BaseException:
            self._rowcount = -1
            if self._stmt is None and stmt.handle is not None:
                _core_finalize(stmt.handle)
            raise
        if self._stmt is None:
            _core_finalize(stmt.handle)
        elif stmt.keyword == "PRAGMA":
            # A PRAGMA left half-read can hold a write lock until CPython's refcounting frees its
            # cursor; we have no such moment, so its rows are read now and the statement finished
            # (an unread `cx.execute("pragma journal_mode=wal")`, as dbm.sqlite3 runs, must not
            # block later commits). DML ... RETURNING keeps CPython's behaviour: unread rows block.
            rows = []
            try:
                while (row := _core_step(stmt.handle)) is not None:
                    rows.append(row)
            except _SqliteError as e:
                self._reset()
                raise _exception(e) from None
            self._reset()
            self._buffer = rows
        return self

    def execute(self, sql, parameters=(), /):
        return self._query(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        return self._query(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        # CPython: Modules/_sqlite/cursor.c pysqlite_cursor_executescript_impl (commits first)
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError(f"executescript() argument 1 must be str, not {type(sql_script).__name__}")
        if "\0" in sql_script:
            raise ValueError("embedded null character")
        self._reset()
        con = self.connection
        if con._autocommit == LEGACY_TRANSACTION_CONTROL and con._in_tx:
            con.commit()
        rest = sql_script
        while rest:
            first, rest = _split(rest)
            if _strip_comments(first).strip(";" + " \t\n\r\f"):
                try:
                    _core_exec(con._handle, first)
                except _SqliteError as e:
                    raise _exception(e) from None
                con._after(_keyword(first))
            if rest is None:
                break
        return self

    def _next_row(self):
        stmt = self._stmt
        if stmt is None:
            buffer = self._buffer
            if not buffer:
                return None
            row = buffer.pop(0)
        else:
            try:
                row = _core_step(stmt.handle)
            except _SqliteError as e:
                self._reset()
                raise _exception(e) from None
            if row is None:
                self._reset()
                return None
        con = self.connection
        if con.text_factory is not str:
            tf = con.text_factory
            row = tuple(tf(v.encode("utf-8")) if isinstance(v, str) else v for v in row)
        if self.row_factory is not None:
            return self.row_factory(self, row)
        return row

    def fetchone(self):
        self._check()
        return self._next_row()

    def fetchmany(self, size=None):
        self._check()
        n = self.arraysize if size is None else size
        rows = []
        while len(rows) < n:
            row = self._next_row()
            if row is None:
                break
            rows.append(row)
        return rows

    def fetchall(self):
        self._check()
        rows = []
        while True:
            row = self._next_row()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        row = self._next_row()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        if "_closed" not in self.__dict__:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        self.connection._check_thread()
        self._reset()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


_PARAMS = ("timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements", "uri")
_DEFAULTS = {"timeout": 5.0, "detect_types": 0, "isolation_level": "", "check_same_thread": True, "factory": None,
             "cached_statements": 128, "uri": False}


class Connection:
    __module__ = "sqlite3"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, *args, autocommit=LEGACY_TRANSACTION_CONTROL, **kwargs):
        # CPython: Modules/_sqlite/connection.c pysqlite_connection_init_impl
        import os
        if args:
            if len(args) > len(_PARAMS):
                raise TypeError(f"Connection() takes at most 8 arguments ({len(args) + 1} given)")
            import warnings
            via_connect = _sys._getframe(1).f_code is connect.__code__
            warnings.warn(_POSITIONAL_DEPRECATION.format("_sqlite3.Connection"), DeprecationWarning,
                          stacklevel=3 if via_connect else 2)
        opts = dict(_DEFAULTS)
        opts.update(zip(_PARAMS, args))
        for k, v in kwargs.items():
            if k not in opts:
                raise TypeError(f"'{k}' is an invalid keyword argument for Connection()")
            opts[k] = v
        timeout, detect_types, isolation_level, check_same_thread, factory, cached_statements, uri = (
            opts[name] for name in _PARAMS)
        path = os.fsdecode(database) if not isinstance(database, str) else database
        if uri:
            if not path.startswith("file:"):
                path = "file:" + path
        elif path != ":memory:" and path != "" and path.startswith("file:"):
            path = "./" + path
        if isolation_level is not None:
            _check_isolation(isolation_level)
        if autocommit not in (True, False, LEGACY_TRANSACTION_CONTROL):
            raise ValueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL")
        try:
            self._handle = _core_open(path, float(timeout))
        except _SqliteError as e:
            raise _exception(e) from None
        import threading
        self._thread = threading.get_ident()
        self._check_same_thread = check_same_thread
        self._isolation_level = isolation_level
        self._autocommit = autocommit
        self._in_tx = False
        self._last_rowid = 0
        self._total_changes = 0
        self.row_factory = None
        self.text_factory = str
        self.detect_types = detect_types
        if autocommit is False:
            self._exec("BEGIN")

    def _check_thread(self):
        if self._check_same_thread:
            import threading
            if threading.get_ident() != self._thread:
                raise ProgrammingError(
                    "SQLite objects created in a thread can only be used in that same thread. "
                    f"The object was created in thread id {self._thread} and this is thread id {threading.get_ident()}.")

    def _check(self):
        if "_handle" not in self.__dict__:
            raise ProgrammingError("Base Connection.__init__ not called.")
        self._check_thread()
        if self._handle is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    def _exec(self, sql):
        try:
            _core_exec(self._handle, sql)
        except _SqliteError as e:
            raise _exception(e) from None
        self._after(_keyword(sql))

    def _after(self, keyword):
        # sqlite3_get_autocommit, followed through the statements that change it
        if keyword == "BEGIN":
            self._in_tx = True
        elif keyword in ("COMMIT", "END", "ROLLBACK"):
            self._in_tx = False

    def _legacy_begin(self):
        return self._autocommit == LEGACY_TRANSACTION_CONTROL and self._isolation_level is not None and not self._in_tx

    def _begin(self):
        level = self._isolation_level
        self._exec("BEGIN " + level if level else "BEGIN")

    def _update_counts(self):
        try:
            self._last_rowid, self._total_changes = _core_counts(self._handle)
        except _SqliteError as e:
            raise _exception(e) from None
        return self._last_rowid

    @property
    def in_transaction(self):
        self._check()
        return self._in_tx

    @property
    def total_changes(self):
        self._check()
        self._update_counts()
        return self._total_changes

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is None:
            if self._autocommit == LEGACY_TRANSACTION_CONTROL and self._in_tx:
                self.commit()
        else:
            _check_isolation(value)
        self._isolation_level = value

    @property
    def autocommit(self):
        return self._autocommit

    @autocommit.setter
    def autocommit(self, value):
        self._check()
        if value not in (True, False, LEGACY_TRANSACTION_CONTROL):
            raise ValueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL")
        self._autocommit = value
        if value is True and self._in_tx:
            self._exec("COMMIT")
        elif value is False and not self._in_tx:
            self._exec("BEGIN")

    def cursor(self, factory=Cursor):
        self._check()
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError(f"factory must return a cursor, not {type(cur).__name__}")
        if self.row_factory is not None and cur.row_factory is None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        # CPython: Modules/_sqlite/connection.c pysqlite_connection_commit_impl
        self._check()
        if self._autocommit == LEGACY_TRANSACTION_CONTROL:
            if self._in_tx:
                self._exec("COMMIT")
        elif self._autocommit is False:
            self._exec("COMMIT")
            self._exec("BEGIN")

    def rollback(self):
        self._check()
        if self._autocommit == LEGACY_TRANSACTION_CONTROL:
            if self._in_tx:
                self._exec("ROLLBACK")
        elif self._autocommit is False:
            self._exec("ROLLBACK")
            self._exec("BEGIN")

    def close(self):
        if "_handle" not in self.__dict__:
            raise ProgrammingError("Base Connection.__init__ not called.")
        self._check_thread()
        if self._handle is not None:
            if self._autocommit is False and self._in_tx:
                try:
                    _core_exec(self._handle, "ROLLBACK")
                except _SqliteError:
                    pass
            _core_close(self._handle)
            self._handle = None

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        # CPython: Modules/_sqlite/connection.c pysqlite_connection_exit_impl
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        if narg < -1 or narg > 127:
            raise OperationalError("Error creating function")
        try:
            _core_create_function(self._handle, name, narg, func, _callback_error)
        except _SqliteError as e:
            raise _exception(e) from None

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        if n_arg < -1 or n_arg > 127:
            raise OperationalError("Error creating aggregate")
        try:
            _core_create_function(self._handle, name, n_arg, aggregate_class, _callback_error, True)
        except _SqliteError as e:
            raise _exception(e) from None

    def setconfig(self, op, enable=True, /):
        self._check()
        if not isinstance(op, int) or not 1002 <= op <= 1017:
            raise ValueError("unknown config 'op': %d" % op)
        # the driver offers no sqlite3_db_config: the options keep SQLite's defaults
        return bool(enable)

    def getconfig(self, op, /):
        self._check()
        if not isinstance(op, int) or not 1002 <= op <= 1017:
            raise ValueError("unknown config 'op': %d" % op)
        return False

    def interrupt(self):
        self._check()

    def set_trace_callback(self, trace_callback):
        self._check()

    def iterdump(self, *, filter=None):
        from sqlite3.dump import _iterdump
        return _iterdump(self, filter)

    def __call__(self, sql, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"argument must be str, not {type(sql).__name__}")
        return _Statement(self, sql)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _check_isolation(level):
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None, not " + type(level).__name__)
    if level.upper() not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")


_POSITIONAL_DEPRECATION = ("Passing more than 1 positional argument to {}() is deprecated. Parameters 'timeout', "
                           "'detect_types', 'isolation_level', 'check_same_thread', 'factory', 'cached_statements' "
                           "and 'uri' will become keyword-only parameters in Python 3.15.")

def connect(database, *args, **kwargs):
    # CPython: Modules/_sqlite/module.c pysqlite_connect (the factory gets the same arguments)
    if args:
        import warnings
        warnings.warn(_POSITIONAL_DEPRECATION.format("sqlite3.connect"), DeprecationWarning, stacklevel=2)
    factory = args[4] if len(args) > 4 else kwargs.get("factory", Connection)
    return factory(database, *args, **kwargs)

del _CONSTANTS
