package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;

/**
 * {@code _string}: the parser of str.format's mini-language that {@code string.Formatter}
 * uses. {@code formatter_parser} yields (literal, field_name, format_spec, conversion) tuples;
 * {@code formatter_field_name_split} splits "a.b[0]" into "a" and an iterator of
 * (is_attribute, key) pairs. Both are ports of CPython's MarkupIterator and FieldNameIterator.
 */
// CPython: Objects/stringlib/unicode_format.h, Modules/_string.c
public final class StringModule {
    private StringModule() {}

    static final PyType FORMATTER_ITERATOR = ModuleSupport.iteratorType("formatteriterator");
    static final PyType FIELDNAME_ITERATOR = ModuleSupport.iteratorType("fieldnameiterator");

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_string");
        ModuleSupport.set(m, "__doc__", PyStr.of("string helper module"));
        ModuleSupport.def(m, "formatter_parser", (a, kw) -> {
            PyObject s = ModuleSupport.one("formatter_parser", a, kw);
            if (!(s instanceof PyStr str)) throw Errors.typeError("expected str, got " + s.typeName());
            return new MarkupIterator(str.codePoints());
        });
        ModuleSupport.def(m, "formatter_field_name_split", (a, kw) -> {
            PyObject s = ModuleSupport.one("formatter_field_name_split", a, kw);
            if (!(s instanceof PyStr str)) throw Errors.typeError("expected str, got " + s.typeName());
            return fieldNameSplit(str.codePoints());
        });
        return m;
    }

    private static PyStr sub(int[] s, int start, int end) {
        return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(s, start, end), end - start);
    }

    /** The decimal value of s[start:end], or -1 when it is empty or not all digits. */
    // CPython: Objects/stringlib/unicode_format.h get_integer
    private static long integer(int[] s, int start, int end) {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; i++) {
            int d = Character.digit(s[i], 10);
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** (first, rest): first as an int when it is all digits, rest an iterator of (is_attribute, key). */
    // CPython: Objects/stringlib/unicode_format.h formatter_field_name_split, field_name_split
    private static PyObject fieldNameSplit(int[] s) {
        int i = 0;
        while (i < s.length && s[i] != '[' && s[i] != '.') i++;
        long idx = integer(s, 0, i);
        PyObject first = idx != -1 ? PyInt.of(idx) : sub(s, 0, i);
        return PyTuple.of(first, new FieldNameIterator(s, i));
    }

    // CPython: Objects/stringlib/unicode_format.h FieldNameIterator_next, fieldnameiter_next
    static final class FieldNameIterator extends PyIter {
        private final int[] s;
        private int index;

        FieldNameIterator(int[] s, int index) {
            super(FIELDNAME_ITERATOR);
            this.s = s;
            this.index = index;
        }

        @Override
        public PyObject next() {
            if (index >= s.length) return null;
            boolean isAttribute;
            int start, end;
            int c = s[index++];
            if (c == '.') {
                isAttribute = true;
                start = index;
                while (index < s.length && s[index] != '[' && s[index] != '.') index++;
                end = index;
            } else if (c == '[') {
                isAttribute = false;
                start = index;
                while (index < s.length && s[index] != ']') index++;
                if (index >= s.length) throw Errors.valueError("Missing ']' in format string");
                end = index++;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (start == end) throw Errors.valueError("Empty attribute in format string");
            long idx = isAttribute ? -1 : integer(s, start, end);
            return PyTuple.of(PyBool.of(isAttribute), idx != -1 ? PyInt.of(idx) : sub(s, start, end));
        }
    }

    // CPython: Objects/stringlib/unicode_format.h MarkupIterator_next, parse_field, formatteriter_next
    static final class MarkupIterator extends PyIter {
        private final int[] s;
        private int pos;

        MarkupIterator(int[] s) {
            super(FORMATTER_ITERATOR);
            this.s = s;
        }

        @Override
        public PyObject next() {
            if (pos >= s.length) return null;
            int start = pos, c = 0;
            boolean markupFollows = false;
            while (pos < s.length) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markupFollows = true;
                    break;
                }
            }
            boolean atEnd = pos >= s.length;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || s[pos] != c)) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows) throw Errors.valueError("Single '{' encountered in format string");
            if (!atEnd && markupFollows) {
                if (s[pos] == c) {
                    pos++; // an escaped brace: the literal keeps one, no field follows
                    markupFollows = false;
                } else {
                    len--;
                }
            }
            PyStr literal = sub(s, start, start + len);
            if (!markupFollows) return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return field(literal);
        }

        private PyObject field(PyStr literal) {
            int nameStart = pos, c = 0;
            while (pos < s.length) {
                c = s[pos++];
                if (c == '{') throw Errors.valueError("unexpected '{' in field name");
                if (c == '[') {
                    while (pos < s.length && s[pos] != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            PyStr name = sub(s, nameStart, pos - 1 < nameStart ? nameStart : pos - 1);
            PyObject conversion = PyNone.NONE;
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= s.length) throw Errors.valueError("end of string while looking for conversion specifier");
                    conversion = sub(s, pos, pos + 1);
                    pos++;
                    if (pos < s.length) {
                        int d = s[pos++];
                        if (d == '}') return PyTuple.of(literal, name, PyStr.of(""), conversion);
                        if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
                int specStart = pos, count = 1;
                while (pos < s.length) {
                    int d = s[pos++];
                    if (d == '{') count++;
                    else if (d == '}' && --count == 0) {
                        return PyTuple.of(literal, name, sub(s, specStart, pos - 1), conversion);
                    }
                }
                throw Errors.valueError("unmatched '{' in format spec");
            }
            if (c != '}') throw Errors.valueError("expected '}' before end of string");
            return PyTuple.of(literal, name, PyStr.of(""), conversion);
        }
    }
}
