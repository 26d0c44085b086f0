package dev.pyjama.modules;

import dev.pyjama.code.PyCode;
import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteException;

/**
 * {@code _sqlite3}: SQLite itself runs through the sqlite-jdbc driver (which carries SQLite's
 * native library). This class is the small core, opaque handles for a connection and a
 * statement with the calls that open, prepare, bind, step and close them; the DB-API (Connection,
 * Cursor, Row, the exceptions, adapters, transactions) is the resource {@code _sqlite3.py} next to
 * this class, run as the rest of the module's body, on top of it. An SQLite error reaches Python
 * as {@code _SqliteError(code, message)}, which the Python part turns into CPython's exception class.
 */
// CPython: Modules/_sqlite/module.c, connection.c, cursor.c, statement.c (sqlite3_prepare_v2, sqlite3_step)
public final class SqliteModule {
    private SqliteModule() {}

    static final PyType HANDLE = PyType.builtin("_sqlite3._Handle", null);
    private static final PyType SQLITE_ERROR = PyType.builtin("_sqlite3._SqliteError", dev.pyjama.objects.ExceptionTypes.EXCEPTION);

    static {
        HANDLE.dict.put("__module__", PyStr.of("_sqlite3"));
        SQLITE_ERROR.dict.put("__module__", PyStr.of("_sqlite3"));
    }

    /** A Java object (a Connection, a running statement) that Python holds without looking inside. */
    static final class Handle extends PyObject {
        final Connection con;
        PreparedStatement stmt;
        ResultSet rows;
        boolean pending;     // rows holds a row not yet handed out (the first, read by execute)

        Handle(Connection con) {
            this.con = con;
        }

        @Override
        public PyType type() {
            return HANDLE;
        }

        @Override
        public String repr() {
            return "<_sqlite3._Handle object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
        }
    }

    private static PyException sqliteError(SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        // sqlite-jdbc says "[SQLITE_ERROR] SQL error or missing database (near "x": syntax error)";
        // sqlite3_errmsg is the part in parentheses
        if (msg.startsWith("[")) {
            int open = msg.indexOf(" (");
            if (open > 0 && msg.endsWith(")")) msg = msg.substring(open + 2, msg.length() - 1);
            else if (msg.indexOf("] ") > 0) msg = msg.substring(msg.indexOf("] ") + 2);
        }
        String name = e instanceof SQLiteException se ? se.getResultCode().name() : "SQLITE_ERROR";
        return new PyException(new dev.pyjama.objects.PyBaseException(SQLITE_ERROR,
                PyTuple.of(PyInt.of(code), PyStr.of(msg), PyStr.of(name))));
    }

    private static Handle handle(PyObject o) {
        if (o instanceof Handle h) return h;
        throw Errors.typeError("expected a _sqlite3 handle");
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_sqlite3");
        m.dict.put(PyStr.of("__builtins__"), interp.builtins); // its Python part runs as an imported module does
        ModuleSupport.set(m, "_SqliteError", SQLITE_ERROR);
        ModuleSupport.def(m, "_open", (a, kw) -> {
            ModuleSupport.positional("_open", a, kw, 2, 2);
            String path = ((PyStr) a[0]).value();
            Properties p = new Properties();
            p.setProperty("busy_timeout", Long.toString(Math.round(ModuleSupport.asDouble(a[1]) * 1000)));
            try {
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, p);
                return new Handle(c);
            } catch (SQLException e) {
                throw sqliteError(e);
            }
        });
        ModuleSupport.def(m, "_close", (a, kw) -> {
            Handle h = handle(a[0]);
            try {
                h.con.close();
            } catch (SQLException e) {
                throw sqliteError(e);
            }
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "_prepare", (a, kw) -> {
            Handle h = handle(a[0]);
            Handle s = new Handle(h.con);
            try {
                s.stmt = h.con.prepareStatement(((PyStr) a[1]).value());
                return PyTuple.of(s, PyInt.of(s.stmt.getParameterMetaData().getParameterCount()));
            } catch (SQLException e) {
                throw sqliteError(e);
            }
        });
        // _run(stmt, params) binds params (a tuple of None/int/float/str/bytes), runs the statement
        // and returns its column names (None for a statement without result columns) and changes
        ModuleSupport.def(m, "_run", (a, kw) -> run(handle(a[0]), (PyTuple) a[1]));
        ModuleSupport.def(m, "_step", (a, kw) -> step(handle(a[0])));
        ModuleSupport.def(m, "_finalize", (a, kw) -> {
            Handle s = handle(a[0]);
            try {
                if (s.rows != null) s.rows.close();
                if (s.stmt != null) s.stmt.close();
            } catch (SQLException e) {
                throw sqliteError(e);
            }
            s.rows = null;
            s.pending = false;
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "_exec", (a, kw) -> {
            // CPython: Modules/_sqlite/connection.c pysqlite_connection_executescript_impl (sqlite3_exec-like)
            Handle h = handle(a[0]);
            try (Statement st = h.con.createStatement()) {
                st.executeUpdate(((PyStr) a[1]).value());
            } catch (SQLException e) {
                throw sqliteError(e);
            }
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "_counts", (a, kw) -> {
            // (last_insert_rowid, total_changes)
            Handle h = handle(a[0]);
            try {
                SQLiteConnection sc = h.con.unwrap(SQLiteConnection.class);
                return PyTuple.of(PyInt.of(lastRowid(h)), PyInt.of(sc.getDatabase().total_changes()));
            } catch (SQLException e) {
                throw sqliteError(e);
            }
        });
        ModuleSupport.def(m, "_create_function", (a, kw) -> {
            Handle h = handle(a[0]);
            PyObject fn = a[3];
            try {
                if (fn == PyNone.NONE) {
                    org.sqlite.Function.destroy(h.con, ((PyStr) a[1]).value(), ModuleSupport.asInt(a[2]));
                } else {
                    org.sqlite.Function f = a.length > 5 && Abstract.isTrue(a[5])
                            ? new PyAggregate(fn, a[4]) : new PyFunction(fn, a[4]);
                    org.sqlite.Function.create(h.con, ((PyStr) a[1]).value(), f, ModuleSupport.asInt(a[2]), 0);
                }
            } catch (SQLException e) {
                throw sqliteError(e);
            }
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "_version", (a, kw) -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                return PyStr.of(c.getMetaData().getDatabaseProductVersion());
            } catch (SQLException e) {
                throw sqliteError(e);
            }
        });
        runPython(interp, m);
        return m;
    }

    private static long lastRowid(Handle h) throws SQLException {
        try (Statement st = h.con.createStatement(); ResultSet r = st.executeQuery("select last_insert_rowid()")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static PyObject run(Handle s, PyTuple params) {
        try {
            if (s.rows != null) {
                s.rows.close();
                s.rows = null;
            }
            s.stmt.clearParameters();
            for (int i = 0; i < params.items.length; i++) bind(s.stmt, i + 1, params.items[i]);
            boolean hasRows = s.stmt.execute();
            if (!hasRows) {
                return PyTuple.of(PyNone.NONE, PyInt.of(s.stmt.getUpdateCount()));
            }
            ResultSet rs = s.stmt.getResultSet();
            ResultSetMetaData md = rs.getMetaData();
            PyObject[] names = new PyObject[md.getColumnCount()];
            for (int i = 0; i < names.length; i++) names[i] = PyStr.of(md.getColumnLabel(i + 1));
            s.rows = rs;
            s.pending = rs.next();
            // a statement like "select" that writes nothing, or DML with RETURNING: sqlite3_changes
            return PyTuple.of(new PyTuple(names), PyInt.of(-1));
        } catch (SQLException e) {
            throw sqliteError(e);
        }
    }

    private static void bind(PreparedStatement st, int i, PyObject v) throws SQLException {
        if (v == PyNone.NONE) st.setNull(i, java.sql.Types.NULL);
        else if (v instanceof PyInt n) st.setLong(i, n.longValue());
        else if (v instanceof PyFloat f) st.setDouble(i, f.value);
        else if (v instanceof PyStr s) st.setString(i, s.value());
        else if (v instanceof PyBytes b) st.setBytes(i, b.value);
        else throw Errors.typeError("unsupported parameter type " + v.type().name());
    }

    private static PyObject step(Handle s) {
        ResultSet rs = s.rows;
        if (rs == null || !s.pending) return PyNone.NONE;
        try {
            int n = rs.getMetaData().getColumnCount();
            PyObject[] row = new PyObject[n];
            for (int i = 0; i < n; i++) row[i] = value(rs.getObject(i + 1));
            s.pending = rs.next();
            return new PyTuple(row);
        } catch (SQLException e) {
            s.pending = false;
            throw sqliteError(e);
        }
    }

    private static PyObject value(Object o) {
        if (o == null) return PyNone.NONE;
        if (o instanceof Integer i) return PyInt.of(i);
        if (o instanceof Long l) return PyInt.of(l);
        if (o instanceof Number d) return PyFloat.of(d.doubleValue());
        if (o instanceof String s) return PyStr.of(s);
        if (o instanceof byte[] b) return new PyBytes(b);
        return PyStr.of(o.toString());
    }

    /** The arguments of the SQL function call f is serving, as Python values. */
    private static PyObject[] arguments(int n, Values v) throws SQLException {
        PyObject[] args = new PyObject[n];
        for (int i = 0; i < n; i++) {
            switch (v.type(i)) {
                case SQLITE_INTEGER -> args[i] = PyInt.of(v.asLong(i));
                case SQLITE_FLOAT -> args[i] = PyFloat.of(v.asDouble(i));
                case SQLITE_TEXT -> args[i] = PyStr.of(v.asText(i));
                case SQLITE_BLOB -> args[i] = new PyBytes(v.asBlob(i));
                default -> args[i] = PyNone.NONE;
            }
        }
        return args;
    }

    /** Function's protected accessors, reached through the subclass that has them. */
    private interface Values {
        int type(int i) throws SQLException;
        long asLong(int i) throws SQLException;
        double asDouble(int i) throws SQLException;
        String asText(int i) throws SQLException;
        byte[] asBlob(int i) throws SQLException;
    }

    /** Function's protected result setters, likewise; false when r has no SQL type. */
    private interface Results {
        void none() throws SQLException;
        void integer(long v) throws SQLException;
        void real(double v) throws SQLException;
        void text(String v) throws SQLException;
        void blob(byte[] v) throws SQLException;
    }

    // CPython: Modules/_sqlite/connection.c set_sqlite3_result
    private static boolean setResult(PyObject r, Results out) throws SQLException {
        if (r == PyNone.NONE) out.none();
        else if (r instanceof PyBool b) out.integer(b == PyBool.TRUE ? 1 : 0);
        else if (r instanceof PyInt n) out.integer(n.longValue());
        else if (r instanceof PyFloat f) out.real(f.value);
        else if (r instanceof PyStr s) out.text(s.value());
        else if (r instanceof PyBytes b) out.blob(b.value);
        else return false;
        return true;
    }

    /** A Python callable as an SQL function; an exception it raises fails the statement. */
    // CPython: Modules/_sqlite/connection.c func_callback
    private static final class PyFunction extends org.sqlite.Function implements Values, Results {
        private final PyObject fn, onError;

        PyFunction(PyObject fn, PyObject onError) {
            this.fn = fn;
            this.onError = onError;
        }

        @Override
        protected void xFunc() throws SQLException {
            PyObject r;
            try {
                r = Abstract.call(fn, arguments(args(), this));
            } catch (PyException e) {
                Abstract.call(onError, e.value());
                error("user-defined function raised exception");
                return;
            }
            if (!setResult(r, this)) error("user-defined function raised exception");
        }

        @Override public int type(int i) throws SQLException { return value_type(i); }
        @Override public long asLong(int i) throws SQLException { return value_long(i); }
        @Override public double asDouble(int i) throws SQLException { return value_double(i); }
        @Override public String asText(int i) throws SQLException { return value_text(i); }
        @Override public byte[] asBlob(int i) throws SQLException { return value_blob(i); }
        @Override public void none() throws SQLException { result(); }
        @Override public void integer(long v) throws SQLException { result(v); }
        @Override public void real(double v) throws SQLException { result(v); }
        @Override public void text(String v) throws SQLException { result(v); }
        @Override public void blob(byte[] v) throws SQLException { result(v); }
    }

    /**
     * A Python class as an SQL aggregate: an instance per group (the driver clones this object
     * for each group), its step(*args) per row and finalize() for the result.
     */
    // CPython: Modules/_sqlite/connection.c step_callback, final_callback
    private static final class PyAggregate extends org.sqlite.Function.Aggregate implements Values, Results {
        private final PyObject cls, onError;
        private PyObject instance;
        private boolean failed;

        PyAggregate(PyObject cls, PyObject onError) {
            this.cls = cls;
            this.onError = onError;
        }

        @Override
        protected void xStep() throws SQLException {
            if (failed) return;
            String stage = "'__init__' method";
            try {
                if (instance == null) instance = Abstract.call(cls);
                stage = "'step' method";
                Abstract.call(Abstract.getattr(instance, PyStr.of("step")), arguments(args(), this));
            } catch (PyException e) {
                failed = true;
                Abstract.call(onError, e.value());
                error("user-defined aggregate's " + stage + " raised error");
            }
        }

        @Override
        protected void xFinal() throws SQLException {
            if (failed) return;
            if (instance == null) {
                // no row reached step: CPython has no instance and gives NULL without finalize
                result();
                return;
            }
            PyObject r;
            try {
                r = Abstract.call(Abstract.getattr(instance, PyStr.of("finalize")));
            } catch (PyException e) {
                Abstract.call(onError, e.value());
                error("user-defined aggregate's 'finalize' method raised error");
                return;
            }
            if (!setResult(r, this)) error("user-defined aggregate's 'finalize' method raised error");
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            // a shallow copy keeps the driver's connection fields; the group's state starts empty
            PyAggregate c = (PyAggregate) super.clone();
            c.instance = null;
            c.failed = false;
            return c;
        }

        @Override public int type(int i) throws SQLException { return value_type(i); }
        @Override public long asLong(int i) throws SQLException { return value_long(i); }
        @Override public double asDouble(int i) throws SQLException { return value_double(i); }
        @Override public String asText(int i) throws SQLException { return value_text(i); }
        @Override public byte[] asBlob(int i) throws SQLException { return value_blob(i); }
        @Override public void none() throws SQLException { result(); }
        @Override public void integer(long v) throws SQLException { result(v); }
        @Override public void real(double v) throws SQLException { result(v); }
        @Override public void text(String v) throws SQLException { result(v); }
        @Override public void blob(byte[] v) throws SQLException { result(v); }
    }

    private static final int SQLITE_INTEGER = 1, SQLITE_FLOAT = 2, SQLITE_TEXT = 3, SQLITE_BLOB = 4;

    private static void runPython(Interpreter interp, PyModule m) {
        byte[] source;
        try (InputStream in = SqliteModule.class.getResourceAsStream("_sqlite3.py")) {
            source = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PyCode code = Importer.compile(source, "<pyjama _sqlite3.py>", interp);
        code.hideFromTracebacks();
        interp.execModule(code, m);
    }
}
