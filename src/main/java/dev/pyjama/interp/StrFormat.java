package dev.pyjama.interp;

import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/** {@code str.format} and {@code str.format_map}. */
// CPython: Objects/stringlib/unicode_format.h
final class StrFormat {
    private StrFormat() {}

    static PyStr format(String fmt, PyObject[] args, PyTuple kw) {
        int nkw = Args.nkw(kw);
        int npos = args.length - 1 - nkw;
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(args, 1, pos, 0, npos);
        dev.pyjama.objects.PyDict kwd = new dev.pyjama.objects.PyDict();
        for (int i = 0; i < nkw; i++) kwd.put(kw.items[i], args[args.length - nkw + i]);
        return PyStr.of(render(fmt, pos, kwd, 2));
    }

    static PyStr formatMap(String fmt, PyObject mapping) {
        return PyStr.of(render(fmt, null, mapping, 2));
    }

    static String render(String fmt, PyObject[] pos, PyObject kw, int depth) {
        return render(fmt, pos, kw, depth, new int[] {0, 0});
    }

    /** {@code auto}: the next automatic index and the numbering mode (0 unknown, 1 auto, 2 manual), shared with nested specs. */
    // CPython: Objects/stringlib/unicode_format.h build_string (one AutoNumber for the whole format, nested specs included)
    private static String render(String fmt, PyObject[] pos, PyObject kw, int depth, int[] auto) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            // CPython: Objects/stringlib/unicode_format.h MarkupIterator_next (literal text up to a brace)
            char c = 0;
            boolean markup = false;
            int litStart = i;
            while (i < n) {
                c = fmt.charAt(i++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = i >= n;
            if (c == '}' && markup && (atEnd || fmt.charAt(i) != '}')) throw Errors.valueError("Single '}' encountered in format string");
            if (atEnd && c == '{' && markup) throw Errors.valueError("Single '{' encountered in format string");
            out.append(fmt, litStart, markup ? i - 1 : i);
            if (!markup) break;
            if (fmt.charAt(i) == c) {
                out.append(c);
                i++;
                continue;
            }
            // CPython: Objects/stringlib/unicode_format.h parse_field
            int nameStart = i;
            c = 0;
            while (i < n) {
                c = fmt.charAt(i++);
                if (c == '{') throw Errors.valueError("unexpected '{' in field name");
                if (c == '[') {
                    while (i < n && fmt.charAt(i) != ']') i++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            String name = fmt.substring(nameStart, Math.max(nameStart, i - 1));
            String spec = "";
            char conv = 0;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (i >= n) throw Errors.valueError("end of string while looking for conversion specifier");
                    conv = fmt.charAt(i++);
                    if (i < n) {
                        char d = fmt.charAt(i++);
                        if (d == '}') done = true;
                        else if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
                if (!done) {
                    int specStart = i, count = 1;
                    while (i < n) {
                        char d = fmt.charAt(i++);
                        if (d == '{') count++;
                        else if (d == '}' && --count == 0) break;
                    }
                    if (count != 0) throw Errors.valueError("unmatched '{' in format spec");
                    spec = fmt.substring(specStart, i - 1);
                }
            } else if (c != '}') {
                throw Errors.valueError("expected '}' before end of string");
            }
            PyObject v = lookup(name, pos, kw, auto);
            if (conv == 'r') v = Abstract.repr(v);
            else if (conv == 's') v = Abstract.str(v);
            else if (conv == 'a') v = PyStr.of(BuiltinFunctions.ascii(Abstract.repr(v).value()));
            else if (conv != 0) throw Errors.valueError("Unknown conversion specifier " + conv);
            if (spec.indexOf('{') >= 0) spec = render(spec, pos, kw, depth - 1, auto);
            out.append(Abstract.format(v, PyStr.of(spec)).value());
        }
        return out.toString();
    }

    private static PyObject lookup(String name, PyObject[] pos, PyObject kw, int[] auto) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject v;
        if (first.isEmpty()) {
            if (auto[1] == 2) throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            auto[1] = 1;
            v = positional(pos, auto[0]++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[1] == 1) throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            auto[1] = 2;
            v = positional(pos, Integer.parseInt(first));
        } else {
            v = Abstract.getitem(kw, PyStr.of(first));
        }
        // CPython: Objects/stringlib/unicode_format.h FieldNameIterator_next
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                if (e == k + 1) throw Errors.valueError("Empty attribute in format string");
                v = Abstract.getattr(v, PyStr.of(name.substring(k + 1, e)));
                k = e;
            } else if (name.charAt(k) != '[') {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) throw Errors.valueError("Missing ']' in format string");
                if (e == k + 1) throw Errors.valueError("Empty attribute in format string");
                String key = name.substring(k + 1, e);
                PyObject kk = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                v = Abstract.getitem(v, kk);
                k = e + 1;
            }
        }
        return v;
    }

    private static PyObject positional(PyObject[] pos, int i) {
        if (pos == null) throw Errors.valueError("Format string contains positional fields");
        if (i >= pos.length) {
            throw Errors.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return pos[i];
    }
}
