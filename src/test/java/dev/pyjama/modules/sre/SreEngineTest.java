package dev.pyjama.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine against CPython 3.13: sre-cases.txt (written by tools/gen_sre_cases.py) holds the
 * code words CPython's re compiler made for a few hundred patterns, and what CPython's _sre
 * answered for match, fullmatch, search and finditer over each subject. The same words and
 * subjects go through pyjama's engine here, and every answer must be the same.
 */
class SreEngineTest {
    private int[] code;
    private int groups;
    private boolean isBytes;
    private String patternComment;
    private int[] text;
    private int compared;
    private final List<String> failures = new ArrayList<>();

    @Test
    void matchesCPython() throws IOException {
        try (InputStream in = SreEngineTest.class.getResourceAsStream("sre-cases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# ")) patternComment = line.substring(2);
                else if (line.startsWith("P ")) pattern(line.substring(2));
                else if (line.startsWith("S ")) text = chars(line.substring(2));
                else if (line.startsWith("R ")) result(line.substring(2));
                else if (line.startsWith("I ")) iterate(line.substring(2));
            }
        }
        System.out.println("SreEngineTest: " + compared + " results compared with CPython 3.13, " + failures.size() + " differ");
        assertTrue(compared > 50000, "too few cases: " + compared);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    private void pattern(String s) {
        String[] f = s.split(" ");
        groups = Integer.parseInt(f[1]);
        isBytes = f[2].equals("1");
        code = new int[f.length - 3];
        for (int i = 3; i < f.length; i++) code[i - 3] = (int) Long.parseLong(f[i]);
        // every code CPython's compiler writes passes the validator
        if (!SreValidator.valid(code, groups)) failures.add(patternComment + ": refused by SreValidator");
    }

    private static int[] chars(String s) {
        if (s.isEmpty()) return new int[0];
        String[] f = s.split(",");
        int[] t = new int[f.length];
        for (int i = 0; i < f.length; i++) t[i] = Integer.parseInt(f[i], 16);
        return t;
    }

    private SreState state(long pos, long endpos) {
        return new SreState(code, text, isBytes, groups, pos, endpos);
    }

    /** The marks of group 0..groups (as pattern_new_match computes them) and lastindex. */
    private String marks(SreState st) {
        StringBuilder sb = new StringBuilder().append(st.start).append(' ').append(st.ptr);
        for (int j = 0; j < 2 * groups; j += 2) {
            if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                sb.append(' ').append(st.mark[j]).append(' ').append(st.mark[j + 1]);
            } else {
                sb.append(" -1 -1");
            }
        }
        return sb.toString();
    }

    private void result(String s) {
        String[] f = s.split(" ", 4);
        String op = f[0];
        SreState st = state(Long.parseLong(f[1]), Long.parseLong(f[2]));
        st.ptr = st.start;
        st.matchAll = op.equals("fullmatch");
        int status = op.equals("search") ? st.search() : st.match();
        String got = status == 0 ? "none" : marks(st) + " | " + st.lastindex;
        check(op + " " + f[1] + " " + f[2], f[3], got);
    }

    private void iterate(String s) {
        String[] f = s.split(" ", 3);
        SreState st = state(Long.parseLong(f[0]), Long.parseLong(f[1]));
        List<String> spans = new ArrayList<>();
        // CPython: Modules/_sre/sre.c _sre_SRE_Scanner_search_impl, as finditer drives it
        while (true) {
            st.reset();
            st.ptr = st.start;
            if (st.search() == 0) break;
            spans.add(marks(st));
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        check("finditer " + f[0] + " " + f[1], f.length > 2 ? f[2] : "", String.join(" ; ", spans));
    }

    private void check(String what, String expected, String got) {
        compared++;
        if (!expected.equals(got)) {
            String subject = text.length > 40 ? text.length + " chars" : new String(text, 0, text.length);
            failures.add(patternComment + " on " + subject + ": " + what + ": expected " + expected + ", got " + got);
        }
    }
}
