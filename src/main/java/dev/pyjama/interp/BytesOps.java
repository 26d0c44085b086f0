package dev.pyjama.interp;

import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyObject;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The algorithms of bytes and bytearray over Java byte arrays: ASCII ctype, search, split, strip, pad, case. */
// CPython: Objects/bytes_methods.c, Objects/stringlib/{fastsearch,split,partition,transmogrify}.h, Python/pyctype.c
final class BytesOps {
    private BytesOps() {}

    // ---- the buffer protocol, as far as pyjama has it

    /** The bytes of a bytes-like object (a bytearray is copied), or null for other objects. */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return b.toBytes();
        // memoryview and array export buffers too (asyncio's write buffers do `bytearray += memoryview`)
        if (o instanceof dev.pyjama.objects.PyStr || o instanceof dev.pyjama.objects.PyInt) return null;
        return dev.pyjama.modules.Buffers.bytesOrNull(o);
    }

    /** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
    // CPython: Objects/abstract.c PyObject_GetBuffer (the message of getbuffer's failure)
    static byte[] need(PyObject o) {
        byte[] b = buffer(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + o.typeName() + "'");
        return b;
    }

    // ---- Python/pyctype.c

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static int lower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    static int upper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    // ---- predicates: Objects/bytes_methods.c _Py_bytes_is*

    static final int SPACE = 0, ALPHA = 1, ALNUM = 2, DIGIT = 3;

    /** isspace/isalpha/isalnum/isdigit: false when empty, else every byte is of the class. */
    static boolean isAll(byte[] b, int cls) {
        if (b.length == 0) return false;
        for (byte x : b) {
            int c = x & 0xff;
            boolean ok = switch (cls) {
                case SPACE -> isSpace(c);
                case ALPHA -> isAlpha(c);
                case ALNUM -> isAlpha(c) || isDigit(c);
                default -> isDigit(c);
            };
            if (!ok) return false;
        }
        return true;
    }

    static boolean isAscii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    /** islower (upper false) or isupper (upper true): some cased byte, none of the other case. */
    static boolean isCase(byte[] b, boolean upper) {
        boolean cased = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (upper ? isLower(c) : isUpper(c)) return false;
            if (upper ? isUpper(c) : isLower(c)) cased = true;
        }
        return cased;
    }

    // CPython: Objects/bytes_methods.c _Py_bytes_istitle
    static boolean isTitle(byte[] b) {
        boolean cased = false, previousIsCased = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (isUpper(c)) {
                if (previousIsCased) return false;
                previousIsCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!previousIsCased) return false;
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
        }
        return cased;
    }

    // ---- case conversions

    static final int LOWER = 0, UPPER = 1, SWAPCASE = 2, TITLE = 3, CAPITALIZE = 4;

    // CPython: Objects/bytes_methods.c _Py_bytes_lower, _upper, _swapcase, _title, _capitalize
    static byte[] convertCase(byte[] b, int how) {
        byte[] out = new byte[b.length];
        boolean previousIsCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            switch (how) {
                case LOWER -> c = lower(c);
                case UPPER -> c = upper(c);
                case SWAPCASE -> c = isUpper(c) ? lower(c) : upper(c);
                case TITLE -> {
                    if (isLower(c)) {
                        if (!previousIsCased) c = upper(c);
                        previousIsCased = true;
                    } else if (isUpper(c)) {
                        if (previousIsCased) c = lower(c);
                        previousIsCased = true;
                    } else {
                        previousIsCased = false;
                    }
                }
                default -> c = i == 0 ? upper(c) : lower(c);
            }
            out[i] = (byte) c;
        }
        return out;
    }

    // ---- searching

    static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] hay, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** ADJUST_INDICES: start and end as slice bounds on a sequence of {@code len}. */
    // CPython: Objects/stringlib/fastsearch.h (ADJUST_INDICES in bytes_methods.c)
    static long[] adjust(long start, long end, int len) {
        if (end > len) end = len;
        else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new long[] {start, end};
    }

    /** find (dir 1) or rfind (dir -1) of sub in b[start:end]; -1 when absent. */
    // CPython: Objects/bytes_methods.c find_internal
    static long find(byte[] b, byte[] sub, long start, long end, int dir) {
        long[] se = adjust(start, end, b.length);
        start = se[0];
        end = se[1];
        if (end - start < sub.length) return -1;
        if (sub.length == 0) return dir > 0 ? start : end;
        return dir > 0 ? indexOf(b, sub, (int) start, (int) end) : lastIndexOf(b, sub, (int) start, (int) end);
    }

    // CPython: Objects/bytes_methods.c _Py_bytes_count
    static long count(byte[] b, byte[] sub, long start, long end) {
        long[] se = adjust(start, end, b.length);
        start = se[0];
        end = se[1];
        if (end - start < sub.length) return 0;
        if (sub.length == 0) return end - start + 1;
        long n = 0;
        for (int i = indexOf(b, sub, (int) start, (int) end); i >= 0; i = indexOf(b, sub, i + sub.length, (int) end)) n++;
        return n;
    }

    /** startswith (start true) / endswith of one prefix in b[start:end]. */
    // CPython: Objects/bytes_methods.c tailmatch
    static boolean tailmatch(byte[] b, byte[] sub, long start, long end, boolean atStart) {
        int len = b.length, slen = sub.length;
        long[] se = adjust(start, end, len);
        start = se[0];
        end = se[1];
        if (atStart) {
            if (start > len - slen) return false;
        } else {
            if (end - start < slen || start > len) return false;
            if (end - slen > start) start = end - slen;
        }
        if (end - start < slen) return false;
        for (int i = 0; i < slen; i++) if (b[(int) start + i] != sub[i]) return false;
        return true;
    }

    // ---- splitting

    /** split (rsplit when right) on ASCII whitespace (sep null) or on sep; maxsplit < 0 means no limit. */
    // CPython: Objects/stringlib/split.h split_whitespace, split, rsplit_whitespace, rsplit
    static List<byte[]> split(byte[] b, byte[] sep, long maxsplit, boolean right) {
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<byte[]> out = new ArrayList<>();
        int n = b.length;
        if (sep == null) {
            if (!right) {
                int i = 0;
                while (maxsplit-- > 0) {
                    while (i < n && isSpace(b[i] & 0xff)) i++;
                    if (i == n) break;
                    int j = i;
                    while (i < n && !isSpace(b[i] & 0xff)) i++;
                    out.add(slice(b, j, i));
                }
                if (i < n) {
                    while (i < n && isSpace(b[i] & 0xff)) i++;
                    if (i != n) out.add(slice(b, i, n));
                }
            } else {
                int i = n - 1;
                while (maxsplit-- > 0) {
                    while (i >= 0 && isSpace(b[i] & 0xff)) i--;
                    if (i < 0) break;
                    int j = i;
                    while (i >= 0 && !isSpace(b[i] & 0xff)) i--;
                    out.add(slice(b, i + 1, j + 1));
                }
                if (i >= 0) {
                    while (i >= 0 && isSpace(b[i] & 0xff)) i--;
                    if (i >= 0) out.add(slice(b, 0, i + 1));
                }
                java.util.Collections.reverse(out);
            }
            return out;
        }
        if (sep.length == 0) throw Errors.valueError("empty separator");
        if (!right) {
            int i = 0;
            while (maxsplit-- > 0) {
                int j = indexOf(b, sep, i, n);
                if (j < 0) break;
                out.add(slice(b, i, j));
                i = j + sep.length;
            }
            out.add(slice(b, i, n));
        } else {
            int j = n;
            while (maxsplit-- > 0) {
                int i = lastIndexOf(b, sep, 0, j);
                if (i < 0) break;
                out.add(slice(b, i + sep.length, j));
                j = i;
            }
            out.add(slice(b, 0, j));
            java.util.Collections.reverse(out);
        }
        return out;
    }

    // CPython: Objects/stringlib/split.h splitlines
    static List<byte[]> splitlines(byte[] b, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int n = b.length, i = 0;
        while (i < n) {
            int j = i;
            while (i < n && b[i] != '\n' && b[i] != '\r') i++;
            int eol = i;
            if (i < n) {
                if (b[i] == '\r' && i + 1 < n && b[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.add(slice(b, j, eol));
        }
        return out;
    }

    /** partition (right false) or rpartition: the three parts. */
    // CPython: Objects/stringlib/partition.h
    static byte[][] partition(byte[] b, byte[] sep, boolean right) {
        if (sep.length == 0) throw Errors.valueError("empty separator");
        int i = right ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
        if (i < 0) return right ? new byte[][] {new byte[0], new byte[0], b} : new byte[][] {b, new byte[0], new byte[0]};
        return new byte[][] {slice(b, 0, i), sep, slice(b, i + sep.length, b.length)};
    }

    static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    // ---- strip, pad, replace, tabs

    /** strip: which 1 = left, 2 = right, 3 = both; chars null strips ASCII whitespace. */
    // CPython: Objects/bytesobject.c do_xstrip, do_strip
    static byte[] strip(byte[] b, byte[] chars, int which) {
        boolean[] set = null;
        if (chars != null) {
            set = new boolean[256];
            for (byte c : chars) set[c & 0xff] = true;
        }
        int i = 0, j = b.length;
        if ((which & 1) != 0) while (i < j && (set == null ? isSpace(b[i] & 0xff) : set[b[i] & 0xff])) i++;
        if ((which & 2) != 0) while (j > i && (set == null ? isSpace(b[j - 1] & 0xff) : set[b[j - 1] & 0xff])) j--;
        return slice(b, i, j);
    }

    static byte[] pad(byte[] b, long left, long right, byte fill) {
        if (left < 0) left = 0;
        if (right < 0) right = 0;
        if (left + right + b.length > Integer.MAX_VALUE - 8) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "padded string is too long");
        byte[] out = new byte[(int) (left + b.length + right)];
        java.util.Arrays.fill(out, 0, (int) left, fill);
        System.arraycopy(b, 0, out, (int) left, b.length);
        java.util.Arrays.fill(out, (int) left + b.length, out.length, fill);
        return out;
    }

    // CPython: Objects/stringlib/transmogrify.h stringlib_center
    static byte[] center(byte[] b, long width, byte fill) {
        if (b.length >= width) return b;
        long marg = width - b.length;
        long left = marg / 2 + (marg & width & 1);
        return pad(b, left, marg - left, fill);
    }

    // CPython: Objects/stringlib/transmogrify.h stringlib_zfill
    static byte[] zfill(byte[] b, long width) {
        if (b.length >= width) return b;
        long fill = width - b.length;
        byte[] out = pad(b, fill, 0, (byte) '0');
        if (b.length > 0 && (out[(int) fill] == '+' || out[(int) fill] == '-')) {
            out[0] = out[(int) fill];
            out[(int) fill] = '0';
        }
        return out;
    }

    // CPython: Objects/stringlib/transmogrify.h stringlib_expandtabs
    static byte[] expandtabs(byte[] b, long tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        long col = 0;
        for (byte x : b) {
            if (x == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long k = 0; k < incr; k++) out.write(' ');
                }
            } else {
                col++;
                out.write(x);
                if (x == '\n' || x == '\r') col = 0;
            }
        }
        return out.toByteArray();
    }

    /** replace up to count (all when negative) occurrences of from by to. */
    // CPython: Objects/stringlib/transmogrify.h stringlib_replace
    static byte[] replace(byte[] b, byte[] from, byte[] to, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        if (count == 0 || (from.length == 0 && to.length == 0) || b.length < from.length) return b;
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        if (from.length == 0) {
            // replace_interleave: to before every byte (and at the end), count times
            int i = 0;
            for (; i <= b.length && count > 0; i++, count--) {
                out.writeBytes(to);
                if (i < b.length) out.write(b[i]);
            }
            if (i < b.length) out.write(b, i, b.length - i);
            return out.toByteArray();
        }
        int i = 0;
        while (count-- > 0) {
            int j = indexOf(b, from, i, b.length);
            if (j < 0) break;
            out.write(b, i, j - i);
            out.writeBytes(to);
            i = j + from.length;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    // ---- hex: Python/pystrhex.c _Py_strhex_impl

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] b, int sepChar, long perSep) {
        long abs = Math.abs(perSep);
        if (sepChar < 0 || abs >= b.length) abs = 0;
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (abs > 0 && i > 0) {
                // positive groups count from the right, negative ones from the left
                boolean boundary = perSep > 0 ? (b.length - i) % abs == 0 : i % abs == 0;
                if (boundary) sb.append((char) sepChar);
            }
            sb.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
        }
        return sb.toString();
    }

    // CPython: Objects/bytesobject.c _PyBytes_FromHex
    static byte[] fromhex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + s.codePointCount(0, i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0, n = s.length();
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
            }
            int top = Character.digit(s.charAt(i), 16);
            if (top < 0) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            i++;
            int bot = i < n ? Character.digit(s.charAt(i), 16) : -1;
            if (bot < 0) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            i++;
            out.write((top << 4) + bot);
        }
        return out.toByteArray();
    }
}
