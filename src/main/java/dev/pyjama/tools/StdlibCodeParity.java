package dev.pyjama.tools;

import dev.pyjama.code.CodeDump;
import dev.pyjama.code.Disassembler;
import dev.pyjama.code.Marshal;
import dev.pyjama.code.PyCode;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Whole-stdlib check of the code layer against CPython 3.13: CPython compiles every
 * {@code .py} file of its standard library and marshals the code
 * ({@code tools/parity/cpython_dump_code.py --stdlib}); pyjama reads each with
 * {@link Marshal} and compares (a) its {@link CodeDump} with CPython's dump, (b) its
 * {@link Disassembler} output with {@code dis.dis}, and (c) writes the code back with
 * {@link Marshal#dumps}: identical bytes, or else CPython loads pyjama's bytes and its dump
 * of them must equal its dump of the original.
 */
public final class StdlibCodeParity {
    private StdlibCodeParity() {}

    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");

    /** What the run found; the lists hold one line per mismatch. */
    public record Report(int files, int dumpSame, int disSame, int bytesIdentical, int reloadSame,
                         List<String> dumpDiffs, List<String> disDiffs, List<String> reloadDiffs) {
        public String summary() {
            return String.format("stdlib code parity: %d files; dump %d/%d, dis %d/%d, marshal written back: "
                    + "%d byte-identical, %d/%d loaded by CPython to the same dump",
                    files, dumpSame, files, disSame, files, bytesIdentical, reloadSame, files);
        }

        public boolean allSame() {
            return dumpSame == files && disSame == files && reloadSame == files;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path scratch = Path.of(args.length > 1 ? args[1] : "target/code-parity/stdlib");
        Report r = run(root, scratch, Path.of("tools/parity/cpython_dump_code.py"));
        for (String d : r.dumpDiffs()) System.out.println("dump differs: " + d);
        for (String d : r.disDiffs()) System.out.println("dis differs: " + d);
        for (String d : r.reloadDiffs()) System.out.println("marshal round trip differs: " + d);
        System.out.println(r.summary());
        System.exit(r.allSame() ? 0 : 1);
    }

    /** Runs the comparison with CPython 3.13 (which must exist) writing marshal files under {@code scratch}. */
    public static Report run(Path root, Path scratch, Path script) throws IOException {
        Files.createDirectories(scratch);
        String cpythonOut = cpythonResults(root, scratch, script);
        int files = 0, dumpSame = 0, disSame = 0, identical = 0;
        List<String> dumpDiffs = new ArrayList<>(), disDiffs = new ArrayList<>(), reloadDiffs = new ArrayList<>();
        Map<String, String> reload = new HashMap<>();
        for (String line : cpythonOut.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            String rel = f[0], n = f[1];
            files++;
            byte[] data = Files.readAllBytes(scratch.resolve(n + ".marshal"));
            PyCode co;
            try {
                PyObject o = Marshal.loads(data);
                co = (PyCode) o;
            } catch (PyException e) {
                dumpDiffs.add(rel + ": marshal.loads failed: " + e.formatExceptionOnly().trim());
                continue;
            }
            String dump = CodeDump.dump(co);
            if (sha(dump).equals(f[2])) dumpSame++;
            else dumpDiffs.add(rel);
            if (sha(ADDRESS.matcher(Disassembler.dis(co)).replaceAll(" at 0x0")).equals(f[3])) disSame++;
            else disDiffs.add(rel);
            byte[] back = Marshal.dumps(co);
            if (java.util.Arrays.equals(back, data)) {
                identical++;
            } else {
                Files.write(scratch.resolve(n + ".pyjama"), back);
                reload.put(n, rel + "\t" + f[2]);
            }
        }
        int reloadSame = identical;
        if (!reload.isEmpty()) {
            List<String> cmd = new ArrayList<>(List.of(script.toString(), "--load-dump", scratch.toString()));
            cmd.addAll(reload.keySet());
            for (String line : runCPython(cmd).split("\n")) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", 2);
                String[] expected = reload.get(f[0]).split("\t");
                if (f[1].equals(expected[1])) reloadSame++;
                else reloadDiffs.add(expected[0] + ": " + f[1]);
            }
        }
        return new Report(files, dumpSame, disSame, identical, reloadSame, dumpDiffs, disDiffs, reloadDiffs);
    }

    /**
     * CPython's lines for the stdlib, reused from the last run when nothing they depend on
     * changed (the script, the CPython found, the stdlib's file list, sizes and times).
     */
    static String cpythonResults(Path root, Path scratch, Path script) throws IOException {
        StringBuilder key = new StringBuilder();
        key.append(sha(Files.readString(script, StandardCharsets.UTF_8))).append(' ')
           .append(CPython.find() == null ? "-" : CPython.find().executable() + " " + CPython.find().version())
           .append(' ').append(root);
        long size = 0, newest = 0, count = 0;
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.toString().endsWith(".py") && Files.isRegularFile(p)) {
                    count++;
                    size += Files.size(p);
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        key.append(' ').append(count).append(' ').append(size).append(' ').append(newest);
        Path cache = scratch.resolve("cpython.tsv");
        if (Files.exists(cache)) {
            String cached = Files.readString(cache, StandardCharsets.UTF_8);
            int nl = cached.indexOf('\n');
            if (nl > 0 && cached.substring(0, nl).equals(key.toString())) return cached.substring(nl + 1);
        }
        Files.deleteIfExists(cache);
        String out = runCPython(List.of(script.toString(), "--stdlib", root.toString(), scratch.toString()));
        Files.writeString(cache, key + "\n" + out, StandardCharsets.UTF_8);
        return out;
    }

    public static String sha(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(utf8Surrogatepass(text));
            StringBuilder sb = new StringBuilder();
            for (byte b : h) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 that encodes lone surrogates too (Python's 'surrogatepass'), as the CPython side hashes. */
    private static byte[] utf8Surrogatepass(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                plain = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                i++;
            }
        }
        if (plain) return s.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /** Runs CPython 3.13 with PYTHONHASHSEED=0 and returns its standard output; fails on a non-zero exit. */
    static String runCPython(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(CPython.command());
        if (command.isEmpty()) throw new IOException(CPython.whyMissing());
        command.add("-X");
        command.add("utf8");
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().remove("PYTHONPATH");
        Path err = Files.createTempFile("cpython-stderr", ".txt");
        try {
            pb.redirectError(err.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("CPython did not finish");
            }
            if (p.exitValue() != 0) {
                throw new IOException("CPython exited with " + p.exitValue() + ":\n" + Files.readString(err));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
