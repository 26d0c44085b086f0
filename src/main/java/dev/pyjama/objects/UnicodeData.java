package dev.pyjama.objects;

/**
 * TEMPORARY STAND-IN, to be replaced by the class generated from CPython's Unicode tables
 * (same static methods). It answers from the JDK's Unicode data, which is an older Unicode
 * version than CPython 3.13's 15.1 and defines identifier characters slightly differently.
 */
// CPython: Objects/unicodectype.c _PyUnicode_IsXidStart, _PyUnicode_IsXidContinue
public final class UnicodeData {
    private UnicodeData() {}

    /** Whether {@code cp} has the XID_Start property. */
    public static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F;
    }

    /** Whether {@code cp} has the XID_Continue property. */
    public static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F;
    }
}
