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
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i++;
                continue;
            }
            int j = i + 1, level = 1;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '{') level++;
                else if (d == '}' && --level == 0) break;
                j++;
            }
            if (j >= n) throw Errors.valueError("expected '}' before end of string");
            String field = fmt.substring(i + 1, j);
            i = j;
            String spec = "";
            char conv = 0;
            int colon = -1, bang = -1;
            int br = 0;
            for (int k = 0; k < field.length(); k++) {
                char d = field.charAt(k);
                if (d == '[') br++;
                else if (d == ']') br--;
                else if (br == 0 && d == '!' && bang < 0 && colon < 0) bang = k;
                else if (br == 0 && d == ':' && colon < 0) {
                    colon = k;
                    break;
                }
            }
            String name = field;
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                name = field.substring(0, colon);
            }
            if (bang >= 0) {
                String cv = name.substring(bang + 1);
                name = name.substring(0, bang);
                if (cv.length() != 1) throw Errors.valueError("expected ':' after conversion specifier");
                conv = cv.charAt(0);
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
        while (k < name.length()) {
            if (name.charAt(k) == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                v = Abstract.getattr(v, PyStr.of(name.substring(k + 1, e)));
                k = e;
            } else {
                int e = name.indexOf(']', k);
                if (e < 0) throw Errors.valueError("Missing ']' in format string");
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
