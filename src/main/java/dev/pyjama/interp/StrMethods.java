package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.objects.UnicodeData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The methods of str. Indices are code points, as in Python (a Java String counts UTF-16 units). */
// CPython: Objects/unicodeobject.c unicode_methods, Objects/stringlib
final class StrMethods {
    private StrMethods() {}

    private static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    private static PyStr of(String s) {
        return PyStr.of(s);
    }

    /** Whether Python's str.isspace holds for the character. */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The char offset of code point {@code cp} in {@code s} (clamped to the ends). */
    static int charIndex(String s, long cp) {
        if (cp <= 0) return 0;
        int n = s.length();
        if (cp >= n) {
            int count = s.codePointCount(0, n);
            if (cp >= count) return n;
        }
        return s.offsetByCodePoints(0, (int) cp);
    }

    static int cpIndex(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }

    /** The (start, end) code point range of the optional start and end arguments, as char offsets. */
    private static int[] range(PyStr self, PyObject start, PyObject end) {
        String str = self.value();
        int len = self.length();
        long st = start == null || start == PyNone.NONE ? 0 : Abstract.asSsize(start, null);
        long en = end == null || end == PyNone.NONE ? len : Abstract.asSsize(end, null);
        if (st < 0) st = Math.max(0, st + len);
        if (en < 0) en = Math.max(0, en + len);
        if (en > len) en = len;
        // an empty range that ends before it starts matches nothing, not even '' (CPython's count and tailmatch)
        if (st > len || en < st) return null;
        if (self.isBmp()) return new int[] {(int) st, (int) Math.max(st, en), (int) st, (int) en};
        return new int[] {charIndex(str, st), charIndex(str, Math.max(st, en)), (int) st, (int) en};
    }

    static PyObject getitem(PyStr s, PyObject key) {
        if (key instanceof PySlice sl) {
            if (s.isBmp()) {
                long[] ix = Abstract.sliceIndices(sl, s.length());
                if (ix[2] == 1) return ix[3] == s.length() ? s : s.substring((int) ix[0], (int) (ix[0] + ix[3]));
                // other steps: char by char (a BMP string has no surrogates to keep together)
                char[] out = new char[(int) ix[3]];
                String v = s.value();
                for (int i = 0, j = (int) ix[0]; i < out.length; i++, j += (int) ix[2]) out[i] = v.charAt(j);
                return out.length == 1 ? PyStr.ofCodePoint(out[0]) : of(new String(out));
            }
            int[] cps = s.codePoints();
            long[] ix = Abstract.sliceIndices(sl, cps.length);
            if (ix[2] == 1) {
                if (ix[3] == cps.length) return s;
                return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(cps, (int) ix[0], (int) (ix[0] + ix[3])), (int) ix[3]);
            }
            int[] out = new int[(int) ix[3]];
            for (int i = 0, j = (int) ix[0]; i < ix[3]; i++, j += (int) ix[2]) out[i] = cps[j];
            return PyStr.ofCodePoints(out, out.length);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            // CPython: Objects/unicodeobject.c unicode_subscript
            throw Errors.typeError("string indices must be integers, not '" + key.typeName() + "'");
        }
        int i = Abstract.seqIndex(key, s.length(), "string", "string index out of range");
        return s.codePointAt(i);
    }

    static void install() {
        PyType t = PyStr.TYPE;
        newMethod(t, (args, kw) -> {
            PyObject[] a = Args.parse("str", args, 1, kw, new String[] {"object", "encoding", "errors"}, 0, 3);
            if (a[0] == null) return of("");
            if (a[1] == null && a[2] == null) return Abstract.str(a[0]);
            // CPython: Objects/unicodeobject.c unicode_new_impl, PyUnicode_FromEncodedObject
            if (a[0] instanceof PyStr) throw Errors.typeError("decoding str is not supported");
            byte[] b = BytesOps.buffer(a[0]);
            if (b == null) throw Errors.typeError("decoding to str: need a bytes-like object, " + a[0].typeName() + " found");
            return of(Codecs.decode(b, a[1] == null ? "utf-8" : str(a[1], "str() argument 'encoding'"),
                    a[2] == null ? "strict" : str(a[2], "str() argument 'errors'")));
        });
        slot0(t, "__repr__", self -> of(self.repr()));
        slot0(t, "__str__", self -> PyStr.exact((PyStr) self));
        slot0(t, "__hash__", self -> PyInt.of(dev.pyjama.objects.PyHash.valueHash(self)));
        slot0(t, "__len__", self -> PyInt.of(((PyStr) self).length()));
        slot1(t, "__getitem__", (self, k) -> getitem((PyStr) self, k));
        slot1(t, "__contains__", (self, x) -> bool(NativeOps.contains(self, x) == 1));
        slot0(t, "__iter__", self -> Iterators.of(self));
        comparisons(t);
        slot1(t, "__add__", (self, o) -> o instanceof PyStr os ? ((PyStr) self).concat(os) : ni());
        slot1(t, "__mul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, n) : ni());
        slot1(t, "__rmul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, n) : ni());
        slot1(t, "__mod__", (self, v) -> PrintfFormat.format((PyStr) self, v));
        slot1(t, "__rmod__", (self, v) -> ni());
        onearg(t, "__format__", (self, spec) -> BuiltinTypes.formatValue(self, str(spec, "format_spec")));
        noargs(t, "__getnewargs__", self -> PyTuple.of(self));

        PyBuiltinFunction split = put(t, "split", (args, kw) -> {
            PyObject[] a = Args.parse("split", args, 1, kw, new String[] {"sep", "maxsplit"}, 0, 2);
            return split(s(args[0]), sepArg(a[0]), a[1] == null ? -1 : Abstract.asSsize(a[1], null), false);
        });
        split.fast1 = self -> split(s(self), sepArg(null), -1, false);
        split.fast2 = (self, sep) -> split(s(self), sepArg(sep), -1, false);
        put(t, "rsplit", (args, kw) -> {
            PyObject[] a = Args.parse("rsplit", args, 1, kw, new String[] {"sep", "maxsplit"}, 0, 2);
            return split(s(args[0]), sepArg(a[0]), a[1] == null ? -1 : Abstract.asSsize(a[1], null), true);
        });
        onearg(t, "join", (self, it) -> join((PyStr) self, it));
        positional(t, "strip", 0, 1, (self, a) -> of(strip(s(self), charsArg(a[0], "strip"), true, true)));
        positional(t, "lstrip", 0, 1, (self, a) -> of(strip(s(self), charsArg(a[0], "lstrip"), true, false)));
        positional(t, "rstrip", 0, 1, (self, a) -> of(strip(s(self), charsArg(a[0], "rstrip"), false, true)));
        positional(t, "startswith", 1, 3, (self, a) -> bool(startsEnds((PyStr) self, a, true)));
        positional(t, "endswith", 1, 3, (self, a) -> bool(startsEnds((PyStr) self, a, false)));
        positional(t, "find", 1, 3, (self, a) -> PyInt.of(find((PyStr) self, a, false, "find")));
        positional(t, "rfind", 1, 3, (self, a) -> PyInt.of(find((PyStr) self, a, true, "rfind")));
        positional(t, "index", 1, 3, (self, a) -> {
            long r = find((PyStr) self, a, false, "index");
            if (r < 0) throw Errors.valueError("substring not found");
            return PyInt.of(r);
        });
        positional(t, "rindex", 1, 3, (self, a) -> {
            long r = find((PyStr) self, a, true, "rindex");
            if (r < 0) throw Errors.valueError("substring not found");
            return PyInt.of(r);
        });
        positional(t, "count", 1, 3, (self, a) -> {
            String sub = argStr(a[0], "count", 1);
            PyStr str = (PyStr) self;
            int[] r = range(str, a[1], a[2]);
            if (r == null) return PyInt.of(0);
            if (sub.isEmpty()) return PyInt.of(Math.max(0, r[3] - r[2]) + 1);
            // matches within chars [r0, r1) of the whole string: no copy of the range
            String hay = str.value();
            int n = 0, m = sub.length(), end = r[1] - m;
            if (m == 1 && !Character.isSurrogate(sub.charAt(0))) {
                // one BMP character: a scan, no search call per match
                char c = sub.charAt(0);
                for (int i = r[0], e = r[1]; i < e; i++) if (hay.charAt(i) == c) n++;
                return PyInt.of(n);
            }
            for (int i = hay.indexOf(sub, r[0]); i >= 0 && i <= end; i = hay.indexOf(sub, i + m)) n++;
            return PyInt.of(n);
        });
        put(t, "replace", (args, kw) -> {
            PyObject[] a = Args.parse("replace", args, 1, kw, new String[] {"", "", "count"}, 2, 3);
            String old = argStr(a[0], "replace", 1), nw = argStr(a[1], "replace", 2);
            long count = a[2] == null ? -1 : Abstract.asSsize(a[2], null);
            return replaceStr((PyStr) args[0], old, nw, count);
        }).fast3 = (self, o, n) -> {
            String old = argStr(o, "replace", 1), nw = argStr(n, "replace", 2);
            return replaceStr((PyStr) self, old, nw, -1);
        };
        noargs(t, "upper", self -> of(s(self).toUpperCase(Locale.ROOT)));
        noargs(t, "lower", self -> of(s(self).toLowerCase(Locale.ROOT)));
        noargs(t, "casefold", self -> of(dev.pyjama.objects.UnicodeProps.casefold(s(self))));
        noargs(t, "swapcase", self -> of(StrCase.swapcase(s(self))));
        noargs(t, "title", self -> of(StrCase.title(s(self))));
        noargs(t, "capitalize", self -> of(StrCase.capitalize(s(self))));
        noargs(t, "isdigit", self -> bool(all(s(self), dev.pyjama.objects.UnicodeProps::isDigit)));
        noargs(t, "isdecimal", self -> bool(all(s(self), dev.pyjama.objects.UnicodeProps::isDecimal)));
        noargs(t, "isnumeric", self -> bool(all(s(self), dev.pyjama.objects.UnicodeProps::isNumeric)));
        noargs(t, "isalpha", self -> bool(all(s(self), dev.pyjama.objects.UnicodeProps::isAlpha)));
        noargs(t, "isalnum", self -> bool(all(s(self), c -> dev.pyjama.objects.UnicodeProps.isAlpha(c) || dev.pyjama.objects.UnicodeProps.isNumeric(c))));
        noargs(t, "isspace", self -> bool(all(s(self), StrMethods::isSpace)));
        noargs(t, "isascii", self -> bool(s(self).chars().allMatch(c -> c < 128)));
        noargs(t, "isprintable", self -> bool(s(self).isEmpty() || s(self).codePoints().allMatch(UnicodeData::isPrintable)));
        noargs(t, "isidentifier", self -> bool(isIdentifier(s(self))));
        noargs(t, "isupper", self -> bool(cased(s(self), true)));
        noargs(t, "islower", self -> bool(cased(s(self), false)));
        noargs(t, "istitle", self -> bool(isTitle(s(self))));
        positional(t, "center", 1, 2, (self, a) -> pad(s(self), a, 0));
        positional(t, "ljust", 1, 2, (self, a) -> pad(s(self), a, -1));
        positional(t, "rjust", 1, 2, (self, a) -> pad(s(self), a, 1));
        onearg(t, "zfill", (self, w) -> {
            String v = s(self);
            long width = Abstract.asSsize(w, null);
            int len = v.codePointCount(0, v.length());
            if (len >= width) return self;
            String zeros = "0".repeat((int) (width - len));
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) return of(v.charAt(0) + zeros + v.substring(1));
            return of(zeros + v);
        });
        onearg(t, "partition", (self, sep) -> partition(s(self), argStr(sep, "partition", 0), false));
        onearg(t, "rpartition", (self, sep) -> partition(s(self), argStr(sep, "rpartition", 0), true));
        onearg(t, "removeprefix", (self, p) -> {
            String pre = argStr(p, "removeprefix", 0);
            return s(self).startsWith(pre) ? of(s(self).substring(pre.length())) : self;
        });
        onearg(t, "removesuffix", (self, p) -> {
            String suf = argStr(p, "removesuffix", 0);
            return s(self).endsWith(suf) && !suf.isEmpty() ? of(s(self).substring(0, s(self).length() - suf.length())) : self;
        });
        put(t, "splitlines", (args, kw) -> {
            PyObject[] a = Args.parse("splitlines", args, 1, kw, new String[] {"keepends"}, 0, 1);
            return splitlines(s(args[0]), a[0] != null && Abstract.isTrue(a[0]));
        });
        put(t, "expandtabs", (args, kw) -> {
            PyObject[] a = Args.parse("expandtabs", args, 1, kw, new String[] {"tabsize"}, 0, 1);
            long tab = a[0] == null ? 8 : Abstract.asSsize(a[0], null);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            String v = s(args[0]);
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\t') {
                    if (tab > 0) {
                        int n = (int) (tab - col % tab);
                        sb.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + (Character.isLowSurrogate(c) ? 0 : 1);
                }
            }
            return of(sb.toString());
        });
        put(t, "encode", (args, kw) -> {
            PyObject[] a = Args.parse("encode", args, 1, kw, new String[] {"encoding", "errors"}, 0, 2);
            return new PyBytes(Codecs.encode(s(args[0]), a[0] == null ? "utf-8" : str(a[0], "encode() argument 'encoding'"),
                    a[1] == null ? "strict" : str(a[1], "encode() argument 'errors'")));
        });
        put(t, "format", (args, kw) -> StrFormat.format(s(args[0]), args, kw));
        onearg(t, "format_map", (self, m) -> StrFormat.formatMap(s(self), m));
        put(t, "translate", (args, kw) -> {
            Args.noKw("str.translate", kw);
            Args.checkPositional("translate", args.length - 1, 1, 1);
            StringBuilder sb = new StringBuilder();
            for (int c : s(args[0]).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Abstract.getitem(args[1], PyInt.of(c));
                } catch (dev.pyjama.objects.PyException e) {
                    if (!e.value().type().isSubtype(ExceptionTypes.LOOKUP_ERROR)) throw e;
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == PyNone.NONE) continue;
                if (r instanceof PyInt i) sb.appendCodePoint((int) i.longValue());
                else if (r instanceof PyStr rs) sb.append(rs.value());
                else throw Errors.typeError("character mapping must return integer, None or str");
            }
            return of(sb.toString());
        });
        t.dict.put("maketrans", new dev.pyjama.objects.PyStaticMethod(new dev.pyjama.objects.PyBuiltinFunction("maketrans", null, null,
                (args, kw) -> {
                    Args.noKw("str.maketrans", kw);
                    Args.checkPositional("maketrans", args.length, 1, 3);
                    PyDict d = new PyDict();
                    if (args.length == 1) {
                        if (!(args[0] instanceof PyDict src)) {
                            throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
                        }
                        for (PyObject k : src.keys()) {
                            PyObject key = k instanceof PyStr ks ? PyInt.of(ks.value().codePointAt(0)) : k;
                            d.put(key, src.get(k));
                        }
                        return d;
                    }
                    int[] x = ((PyStr) args[0]).codePoints(), y = ((PyStr) args[1]).codePoints();
                    if (x.length != y.length) throw Errors.valueError("the first two maketrans arguments must have equal length");
                    for (int i = 0; i < x.length; i++) d.put(PyInt.of(x[i]), PyInt.of(y[i]));
                    if (args.length == 3) for (int c : ((PyStr) args[2]).codePoints()) d.put(PyInt.of(c), PyNone.NONE);
                    return d;
                }).staticOf(t)));
    }

    private interface CharTest {
        boolean test(int c);
    }

    private static boolean all(String s, CharTest p) {
        int n = s.length();
        if (n == 0) return false;
        // a loop, not codePoints().allMatch: isdigit() and friends run on one-character strings in hot loops
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int[] cps = s.codePoints().toArray();
        if (!(cps[0] == '_' || UnicodeData.isXidStart(cps[0]))) return false;
        for (int i = 1; i < cps.length; i++) if (!UnicodeData.isXidContinue(cps[i])) return false;
        return true;
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int c : s.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) return false;
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) any = true;
        }
        return any;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean isTitle(String s) {
        boolean prevCased = false, any = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                any = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                any = true;
            } else {
                prevCased = false;
            }
        }
        return any;
    }

    private static String sepArg(PyObject o) {
        if (o == null || o == PyNone.NONE) return null;
        if (!(o instanceof PyStr s)) throw Errors.typeError("must be str or None, not " + o.typeName());
        if (s.value().isEmpty()) throw Errors.valueError("empty separator");
        return s.value();
    }

    private static String charsArg(PyObject o, String fname) {
        if (o == null || o == PyNone.NONE) return null;
        if (!(o instanceof PyStr s)) throw Errors.typeError(fname + " arg must be None or str");
        return s.value();
    }

    private static String argStr(PyObject o, String fname, int pos) {
        if (o instanceof PyStr s) return s.value();
        if (pos == 0) throw Errors.typeError("must be str, not " + o.typeName());
        throw Errors.typeError(fname + "() argument " + pos + " must be str, not " + o.typeName());
    }

    // CPython: Objects/stringlib/split.h
    static PyList split(String s, String sep, long maxsplit, boolean right) {
        List<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        if (sep == null) {
            if (!right) {
                int i = 0, n = s.length();
                while (true) {
                    while (i < n && isSpace(s.charAt(i))) i++;
                    if (i >= n) break;
                    if (maxsplit-- == 0) {
                        int e = n;
                        while (e > i && isSpace(s.charAt(e - 1))) e--;
                        out.add(of(s.substring(i, e)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) j++;
                    out.add(of(s.substring(i, j)));
                    i = j;
                }
            } else {
                int i = s.length();
                while (true) {
                    while (i > 0 && isSpace(s.charAt(i - 1))) i--;
                    if (i <= 0) break;
                    if (maxsplit-- == 0) {
                        int b = 0;
                        while (b < i && isSpace(s.charAt(b))) b++;
                        out.add(0, of(s.substring(b, i)));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(s.charAt(j - 1))) j--;
                    out.add(0, of(s.substring(j, i)));
                    i = j;
                }
            }
            return new PyList(out);
        }
        if (!right) {
            int i = 0;
            while (maxsplit-- > 0) {
                int j = s.indexOf(sep, i);
                if (j < 0) break;
                out.add(of(s.substring(i, j)));
                i = j + sep.length();
            }
            out.add(of(s.substring(i)));
        } else {
            int i = s.length();
            while (maxsplit-- > 0) {
                int j = s.lastIndexOf(sep, i - sep.length());
                if (j < 0) break;
                out.add(0, of(s.substring(j + sep.length(), i)));
                i = j;
            }
            out.add(0, of(s.substring(0, i)));
        }
        return new PyList(out);
    }

    // CPython: Objects/unicodeobject.c PyUnicode_Join
    // CPython: Objects/unicodeobject.c PyUnicode_Join (PySequence_Fast with "can only join an iterable")
    static PyStr join(PyStr sep, PyObject iterable) {
        PyObject[] items = Iterators.fastSequence(iterable, "can only join an iterable");
        if (items.length == 1 && items[0].getClass() == PyStr.class) return (PyStr) items[0];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].typeName() + " found");
            }
        }
        if (items.length == 1) return PyStr.exact((PyStr) items[0]);
        return PyStr.join(items, 0, items.length, sep);
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (chars == null) {
            if (left) while (i < j && isSpace(s.charAt(i))) i++;
            if (right) while (j > i && isSpace(s.charAt(j - 1))) j--;
        } else {
            if (left) while (i < j && chars.indexOf(s.charAt(i)) >= 0) i++;
            if (right) while (j > i && chars.indexOf(s.charAt(j - 1)) >= 0) j--;
        }
        return s.substring(i, j);
    }

    private static boolean startsEnds(PyStr self, PyObject[] a, boolean start) {
        String s = self.value();
        int[] r = range(self, a[1], a[2]);
        String name = start ? "startswith" : "endswith";
        if (a[0] instanceof PyTuple t) {
            for (PyObject p : t.items) {
                if (!(p instanceof PyStr ps)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + p.typeName());
                }
                if (r != null && matches(s, r, ps.value(), start)) return true;
            }
            return false;
        }
        if (!(a[0] instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + a[0].typeName());
        }
        return r != null && matches(s, r, p.value(), start);
    }

    private static boolean matches(String s, int[] r, String p, boolean start) {
        if (r[1] - r[0] < p.length()) return false;
        return start ? s.startsWith(p, r[0]) : s.startsWith(p, r[1] - p.length());
    }

    private static long find(PyStr self, PyObject[] a, boolean last, String name) {
        String s = self.value();
        String sub = argStr(a[0], name, 1);
        int len = self.length();
        long st = a[1] == null || a[1] == PyNone.NONE ? 0 : Abstract.asSsize(a[1], null);
        long en = a[2] == null || a[2] == PyNone.NONE ? len : Abstract.asSsize(a[2], null);
        if (en > len) en = len;
        if (en < 0) en = Math.max(0, en + len);
        if (st < 0) st = Math.max(0, st + len);
        int sublen = sub.codePointCount(0, sub.length());
        if (en - st < sublen) return -1;
        if (sublen == 0) return last ? en : st;
        // a string of BMP characters only: a char index is a code point index
        boolean bmp = self.isBmp();
        int cs = bmp ? (int) st : charIndex(s, st), ce = bmp ? (int) en : charIndex(s, en);
        int i = last ? s.lastIndexOf(sub, ce - sub.length()) : s.indexOf(sub, cs);
        if (i < cs || i + sub.length() > ce) return -1;
        return bmp ? i : cpIndex(s, i);
    }

    /** str.replace: an exact str with nothing to replace is returned itself, as CPython does. */
    // CPython: Objects/unicodeobject.c replace (nothing found: unicode_result_unchanged)
    private static PyStr replaceStr(PyStr self, String old, String nw, long count) {
        String r = replace(self.value(), old, nw, count);
        return r == self.value() ? PyStr.exact(self) : of(r);
    }

    /** The next match of {@code old} from {@code from} that does not cut a surrogate pair (one character) in two. */
    private static int wholeMatch(String s, String old, int from) {
        for (int j = s.indexOf(old, from); j >= 0; j = s.indexOf(old, j + 1)) {
            int end = j + old.length();
            boolean cutsStart = j > 0 && Character.isHighSurrogate(s.charAt(j - 1)) && Character.isLowSurrogate(s.charAt(j));
            boolean cutsEnd = end < s.length() && Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end));
            if (!cutsStart && !cutsEnd) return j;
        }
        return -1;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) return true;
        }
        return false;
    }

    static String replace(String s, String old, String nw, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            int[] cps = s.codePoints().toArray();
            long n = 0;
            for (int c : cps) {
                if (n++ < count) sb.append(nw);
                sb.appendCodePoint(c);
            }
            if (n < count) sb.append(nw);
            return sb.toString();
        }
        int j = count > 0 ? s.indexOf(old) : -1;
        if (j < 0) return s; // nothing to replace: the same String (replaceStr keeps the same str)
        if (count == Long.MAX_VALUE && !hasSurrogate(old)) {
            // all of them: Java's replace, which matches as Python does when the pattern holds no
            // surrogate (so it cannot match half of a character beyond the BMP)
            return s.replace(old, nw);
        }
        boolean halves = hasSurrogate(old);
        if (halves) j = wholeMatch(s, old, 0);
        if (j < 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + Math.max(0, nw.length() - old.length()) * 4);
        int i = 0;
        while (count-- > 0) {
            if (j < 0) break;
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            j = halves ? wholeMatch(s, old, i) : s.indexOf(old, i);
        }
        return sb.append(s, i, s.length()).toString();
    }

    private static PyObject pad(String s, PyObject[] a, int where) {
        long width = Abstract.asSsize(a[0], null);
        String fill = " ";
        if (a[1] != null) {
            if (!(a[1] instanceof PyStr f) || f.length() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.value();
        }
        int len = s.codePointCount(0, s.length());
        if (len >= width) return of(s);
        int marg = (int) (width - len);
        int left = where < 0 ? 0 : where > 0 ? marg : marg / 2 + (marg & (int) width & 1);
        return of(fill.repeat(left) + s + fill.repeat(marg - left));
    }

    private static PyObject partition(String s, String sep, boolean right) {
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return right ? PyTuple.of(of(""), of(""), of(s)) : PyTuple.of(of(s), of(""), of(""));
        return PyTuple.of(of(s.substring(0, i)), of(sep), of(s.substring(i + sep.length())));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(String s, boolean keep) {
        List<PyObject> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2;
                else j++;
                if (keep) eol = j;
            }
            out.add(of(s.substring(i, eol)));
            i = j;
        }
        return new PyList(out);
    }

    static String escape(int c) {
        if (c < 0x100) return String.format("\\x%02x", c);
        if (c < 0x10000) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    static PyObject unused() {
        return PyBool.FALSE;
    }
}
