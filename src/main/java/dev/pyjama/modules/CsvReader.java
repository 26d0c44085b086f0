package dev.pyjama.modules;

import static dev.pyjama.modules.CsvDialect.NOT_SET;
import static dev.pyjama.modules.CsvDialect.QUOTE_NONE;
import static dev.pyjama.modules.CsvDialect.QUOTE_NONNUMERIC;
import static dev.pyjama.modules.CsvDialect.QUOTE_NOTNULL;
import static dev.pyjama.modules.CsvDialect.QUOTE_STRINGS;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyGetSet;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;

/**
 * {@code _csv.reader}: an iterator over the records of its input's lines, parsed by _csv.c's
 * state machine one character at a time; a quoted field may span several lines.
 */
// CPython: Modules/_csv.c ReaderObj, Reader_iternext, parse_process_char, parse_save_field, parse_add_char
final class CsvReader {
    private CsvReader() {}

    // CPython: Modules/_csv.c ParserState
    private static final int START_RECORD = 0, START_FIELD = 1, ESCAPED_CHAR = 2, IN_FIELD = 3, IN_QUOTED_FIELD = 4,
            ESCAPE_IN_QUOTED_FIELD = 5, QUOTE_IN_QUOTED_FIELD = 6, EAT_CRNL = 7, AFTER_ESCAPED_CRNL = 8;

    /** The end of an input line (CPython's {@code EOL}, a value no character has). */
    private static final int EOL = -2;

    static final class Reader extends PyIter {
        final CsvModule.State st;
        final PyObject input;
        final CsvDialect.Dialect dialect;
        ArrayList<PyObject> fields = new ArrayList<>();
        int state = START_RECORD;
        int[] field = new int[64];
        int fieldLen;
        boolean unquotedField;
        long lineNum;

        Reader(PyType type, CsvModule.State st, PyObject input, CsvDialect.Dialect dialect) {
            super(type);
            this.st = st;
            this.input = input;
            this.dialect = dialect;
        }

        @Override
        public PyObject next() {
            return nextRecord(this);
        }
    }

    static PyType makeType() {
        PyType t = PyType.builtin("_csv.reader", null);
        // Py_TPFLAGS_BASETYPE with DISALLOW_INSTANTIATION: subclasses may exist, instances come from reader()
        PyIter.subclassable(t);
        noInstances(t);
        noPickling(t);
        WeakrefModule.NO_WEAKREFS.add(t);
        t.dict.put("__module__", PyStr.of("_csv"));
        t.dict.put("__doc__", PyStr.of("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\n"
                + "in CSV format.\n"));
        BuiltinTypes.slot0(t, "__iter__", self -> self);
        BuiltinTypes.slot0(t, "__next__", self -> {
            PyObject v = nextRecord((Reader) self);
            if (v == null) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return v;
        });
        readonly(t, "dialect", self -> ((Reader) self).dialect);
        readonly(t, "line_num", self -> PyInt.of(((Reader) self).lineNum));
        return t;
    }

    /**
     * DISALLOW_INSTANTIATION: calling the type, or a subclass (which inherits the missing
     * tp_new), raises "cannot create 'X' instances" naming the class called.
     */
    static void noInstances(PyType t) {
        t.disallowInstantiation = true;
        t.dict.put("__new__", new dev.pyjama.objects.PyBuiltinFunction("__new__", t, t, (a, kw) -> {
            PyObject cls = a.length > 1 ? a[1] : t;
            throw Errors.typeError("cannot create '" + (cls instanceof PyType c ? c.name() : t.name()) + "' instances");
        }));
    }

    /**
     * Pickling as CPython's heap type without tp_new gets it from object: protocols 0 and 1
     * reduce to copyreg._reconstructor (pickle then fails to find the class under its name),
     * 2 and above raise "cannot pickle '_csv.reader' object" (so do copy.copy and deepcopy).
     */
    // CPython: Objects/typeobject.c reduce_newobj (tp_new == NULL); Lib/copyreg.py _reduce_ex
    static void noPickling(PyType t) {
        PyBuiltinFunction.Impl old = (a, kw) -> {
            PyObject copyreg = dev.pyjama.interp.Importer.importModule("copyreg");
            return PyTuple.of(Abstract.getattr(copyreg, PyStr.of("_reconstructor")),
                    PyTuple.of(a[0].type(), PyType.OBJECT, PyNone.NONE));
        };
        BuiltinTypes.put(t, "__reduce__", old);
        BuiltinTypes.put(t, "__reduce_ex__", (a, kw) -> {
            dev.pyjama.interp.Args.checkPositional("__reduce_ex__", a.length - 1, 1, 1);
            if (ModuleSupport.asLong(a[1]) < 2) return old.call(a, kw);
            throw Errors.typeError("cannot pickle '" + a[0].type().name() + "' object");
        });
    }

    /** A read-only member: "readonly attribute" on assignment, as structmember.c says. */
    static void readonly(PyType t, String name, PyGetSet.Getter g) {
        PyGetSet gs = new PyGetSet(name, t, g, (self, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
        gs.member = true;
        t.dict.put(name, gs);
    }

    static PyObject create(CsvModule.State st, PyObject input, PyObject dialect) {
        return new Reader(st.readerType, st, input, (CsvDialect.Dialect) dialect);
    }

    // CPython: Modules/_csv.c Reader_iternext
    private static PyObject nextRecord(Reader r) {
        // parse_reset
        r.fields = new ArrayList<>();
        r.fieldLen = 0;
        r.state = START_RECORD;
        r.unquotedField = false;
        do {
            PyObject line = Abstract.next(r.input);
            if (line == null) {
                if (r.fieldLen != 0 || r.state == IN_QUOTED_FIELD) {
                    if (r.dialect.strict) throw r.st.error("unexpected end of data");
                    saveField(r);
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr s)) {
                throw r.st.error("iterator should return strings, not " + line.typeName()
                        + " (the file should be opened in text mode)");
            }
            r.lineNum++;
            if (s.isBmp()) {
                String v = s.value();
                for (int i = 0, n = v.length(); i < n; i++) processChar(r, v.charAt(i));
            } else {
                for (int c : s.codePoints()) processChar(r, c);
            }
            processChar(r, EOL);
        } while (r.state != START_RECORD);
        PyList out = new PyList(r.fields);
        r.fields = new ArrayList<>();
        return out;
    }

    // CPython: Modules/_csv.c parse_save_field
    private static void saveField(Reader r) {
        int quoting = r.dialect.quoting;
        PyObject f;
        if (r.unquotedField && r.fieldLen == 0 && (quoting == QUOTE_NOTNULL || quoting == QUOTE_STRINGS)) {
            f = PyNone.NONE;
        } else {
            f = PyStr.ofCodePoints(r.field, r.fieldLen);
            if (r.unquotedField && r.fieldLen != 0 && (quoting == QUOTE_NONNUMERIC || quoting == QUOTE_STRINGS)) {
                f = Abstract.call(PyFloat.TYPE, f);
            }
            r.fieldLen = 0;
        }
        r.fields.add(f);
    }

    // CPython: Modules/_csv.c parse_add_char
    private static void addChar(Reader r, int c) {
        long limit = r.st.fieldLimit;
        if (r.fieldLen >= limit) throw r.st.error("field larger than field limit (" + limit + ")");
        if (r.fieldLen == r.field.length) r.field = java.util.Arrays.copyOf(r.field, r.field.length * 2);
        r.field[r.fieldLen++] = c;
    }

    // CPython: Modules/_csv.c parse_process_char
    private static void processChar(Reader r, int c) {
        CsvDialect.Dialect d = r.dialect;
        switch (r.state) {
            case START_RECORD:
                if (c == EOL) break; // an empty line: the record []
                if (c == '\n' || c == '\r') {
                    r.state = EAT_CRNL;
                    break;
                }
                r.state = START_FIELD;
                startField(r, d, c);
                break;
            case START_FIELD:
                startField(r, d, c);
                break;
            case ESCAPED_CHAR:
                if (c == '\n' || c == '\r') {
                    addChar(r, c);
                    r.state = AFTER_ESCAPED_CRNL;
                    break;
                }
                addChar(r, c == EOL ? '\n' : c);
                r.state = IN_FIELD;
                break;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) break;
                inField(r, d, c);
                break;
            case IN_FIELD:
                inField(r, d, c);
                break;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    // a line ends inside quotes: the field goes on in the next line
                } else if (c == d.escapechar) {
                    r.state = ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                    r.state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                } else {
                    addChar(r, c);
                }
                break;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(r, c == EOL ? '\n' : c);
                r.state = IN_QUOTED_FIELD;
                break;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != QUOTE_NONE && c == d.quotechar) {
                    addChar(r, c); // "" is one "
                    r.state = IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField(r);
                    r.state = START_FIELD;
                } else if (c == '\n' || c == '\r' || c == EOL) {
                    saveField(r);
                    r.state = c == EOL ? START_RECORD : EAT_CRNL;
                } else if (!d.strict) {
                    addChar(r, c);
                    r.state = IN_FIELD;
                } else {
                    throw r.st.error("'" + str(d.delimiter) + "' expected after '" + str(d.quotechar) + "'");
                }
                break;
            case EAT_CRNL:
                if (c == '\n' || c == '\r') break;
                if (c == EOL) {
                    r.state = START_RECORD;
                    break;
                }
                throw r.st.error("new-line character seen in unquoted field - do you need to open the file with newline=''?");
            default:
                throw new IllegalStateException("csv parser state " + r.state);
        }
    }

    private static void startField(Reader r, CsvDialect.Dialect d, int c) {
        r.unquotedField = true;
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField(r); // an empty field ends the record
            r.state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
            r.unquotedField = false;
            r.state = IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            r.state = ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            // spaces at the start of a field are dropped
        } else if (c == d.delimiter) {
            saveField(r);
        } else {
            addChar(r, c);
            r.state = IN_FIELD;
        }
    }

    private static void inField(Reader r, CsvDialect.Dialect d, int c) {
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField(r);
            r.state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d.escapechar) {
            r.state = ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField(r);
            r.state = START_FIELD;
        } else {
            addChar(r, c);
        }
    }

    /** A character as PyUnicode_FromFormat's {@code %c} gives it (only set characters reach here). */
    private static String str(int c) {
        return c == NOT_SET ? "" : new String(Character.toChars(c));
    }
}
