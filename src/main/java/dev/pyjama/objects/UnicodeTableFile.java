package dev.pyjama.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Unicode table resources tools/gen_unicode_tables.py writes: "[name]" sections of
 * code point ranges ("FIRST LAST" or "CP" in hex), or, for the sections named as mappings,
 * "CP = M1 M2 ..." lines.
 */
final class UnicodeTableFile {
    private UnicodeTableFile() {}

    /** The resource's sections: a {@link CodePointSet} per set table, a Map&lt;Integer, int[]&gt; per mapping. */
    static Map<String, Object> read(String resource, Set<String> mappings) {
        Map<String, Object> tables = new HashMap<>();
        try (InputStream in = UnicodeTableFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource " + resource + " is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String section = null;
            Map<Integer, int[]> mapping = null;
            int[] bounds = new int[64];
            int n = 0;
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.startsWith("[")) {
                    if (section != null && mapping == null) tables.put(section, new CodePointSet(Arrays.copyOf(bounds, n)));
                    if (line == null) break;
                    section = line.substring(1, line.length() - 1);
                    mapping = mappings.contains(section) ? new HashMap<>() : null;
                    if (mapping != null) tables.put(section, mapping);
                    n = 0;
                } else if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                } else if (mapping != null) {
                    int eq = line.indexOf(" = ");
                    String[] to = line.substring(eq + 3).split(" ");
                    int[] cps = new int[to.length];
                    for (int i = 0; i < to.length; i++) cps[i] = Integer.parseInt(to[i], 16);
                    mapping.put(Integer.parseInt(line.substring(0, eq), 16), cps);
                } else {
                    int space = line.indexOf(' ');
                    int first = Integer.parseInt(space < 0 ? line : line.substring(0, space), 16);
                    int last = space < 0 ? first : Integer.parseInt(line.substring(space + 1), 16);
                    if (n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    bounds[n++] = first;
                    bounds[n++] = last + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** The set table {@code name} of {@code tables}; an error when the resource lacks it. */
    static CodePointSet set(Map<String, Object> tables, String name) {
        if (!(tables.get(name) instanceof CodePointSet s)) throw new IllegalStateException("unicode table " + name + " is missing");
        return s;
    }

    /** The mapping table {@code name} of {@code tables}. */
    @SuppressWarnings("unchecked")
    static Map<Integer, int[]> mapping(Map<String, Object> tables, String name) {
        if (!(tables.get(name) instanceof Map<?, ?> m)) throw new IllegalStateException("unicode table " + name + " is missing");
        return (Map<Integer, int[]>) m;
    }
}
