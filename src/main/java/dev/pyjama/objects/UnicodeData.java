package dev.pyjama.objects;


/**
 * The Unicode properties whose Python-visible behaviour must follow CPython 3.13 (Unicode
 * 15.1) rather than the JDK's older tables. They are loaded from unicode-tables.txt, which
 * tools/gen_unicode_tables.py writes by asking the CPython binary.
 */
// CPython: Objects/unicodectype.c (_PyUnicode_IsPrintable, _PyUnicode_IsXidStart, _PyUnicode_IsXidContinue,
// _PyUnicode_ToTitleFull)
public final class UnicodeData {
    private static final CodePointSet NONPRINTABLE;
    private static final CodePointSet XID_START;
    private static final CodePointSet XID_CONTINUE;
    /** The full titlecase mappings that differ from the code point itself. */
    private static final java.util.Map<Integer, int[]> TITLE;

    static {
        java.util.Map<String, Object> t = UnicodeTableFile.read("unicode-tables.txt", java.util.Set.of("title"));
        NONPRINTABLE = UnicodeTableFile.set(t, "nonprintable");
        XID_START = UnicodeTableFile.set(t, "xid_start");
        XID_CONTINUE = UnicodeTableFile.set(t, "xid_continue");
        TITLE = UnicodeTableFile.mapping(t, "title");
    }

    private UnicodeData() {}

    /** Whether {@code str.isprintable()} holds for the one-character string {@code chr(cp)}. */
    public static boolean isPrintable(int cp) {
        return !NONPRINTABLE.contains(cp);
    }

    /** The full titlecase mapping of {@code cp}, as CPython's {@code _PyUnicode_ToTitleFull}: one or more code points. */
    // CPython: Objects/unicodectype.c _PyUnicode_ToTitleFull
    public static int[] toTitleFull(int cp) {
        int[] m = TITLE.get(cp);
        return m != null ? m : new int[] {cp};
    }

    /** Whether {@code chr(cp)} may start an identifier (XID_Start, or the underscore). */
    public static boolean isXidStart(int cp) {
        return XID_START.contains(cp);
    }

    /** Whether {@code chr(cp)} may follow the first character of an identifier (XID_Continue). */
    public static boolean isXidContinue(int cp) {
        return XID_CONTINUE.contains(cp);
    }
}
