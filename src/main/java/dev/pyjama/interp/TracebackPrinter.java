package dev.pyjama.interp;

import dev.pyjama.ast.AstExpr;
import dev.pyjama.ast.AstMod;
import dev.pyjama.ast.AstStmt;
import dev.pyjama.ast.Assign;
import dev.pyjama.ast.BinOp;
import dev.pyjama.ast.Call;
import dev.pyjama.ast.Expr;
import dev.pyjama.ast.Module;
import dev.pyjama.ast.Name;
import dev.pyjama.ast.Return;
import dev.pyjama.ast.Subscript;
import dev.pyjama.code.LineTable;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.objects.PyTraceback;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Formats an uncaught exception as CPython 3.13 prints it (its {@code sys.excepthook} runs
 * {@code traceback.TracebackException(...).format()}): the chain of causes and contexts, each
 * with "Traceback (most recent call last):", a File/line/name line per frame, the source line
 * with ~~~^^^ markers under the failing expression when they add information, repeated frames
 * folded, and the final "Type: message" line with suggestions.
 */
// CPython: Lib/traceback.py (3.13.0): TracebackException.format, StackSummary.format_frame_summary,
// _extract_caret_anchors_from_line_segment, _should_show_carets, _compute_suggestion_error
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final int RECURSIVE_CUTOFF = 3;

    /** The whole report for {@code exc}, as the default excepthook prints it. */
    public static String format(PyBaseException exc) {
        return String.join("", TracebackReport.pieces(exc));
    }

    /**
     * The report as the strings TracebackException.format() yields, each of which the default
     * excepthook writes separately (see {@link TracebackReport}).
     */
    public static List<String> formatPieces(PyBaseException exc) {
        return TracebackReport.pieces(exc);
    }

    // ---- the stack

    /** A frame to show; its source lines are read under {@code sourceKey} (the file name, unless the code registered its source). */
    private record FrameSummary(String filename, int lineno, int endLineno, int colno, int endColno, String name, String sourceKey) {}

    /** StackSummary.format(): one string per frame shown and per "[Previous line repeated ...]" line. */
    // CPython: Lib/traceback.py StackSummary.format
    static List<String> formatStack(PyTraceback tb) {
        List<String> out = new ArrayList<>();
        String lastFile = null, lastName = null;
        int lastLine = Integer.MIN_VALUE;
        int count = 0;
        Map<String, List<String>> cache = new HashMap<>();
        for (PyTraceback t : shown(tb)) {
            LineTable.Position p = LineTable.addr2Location(t.frame.code, t.lasti * 2);
            int lineno = p.line() < 0 ? t.lineno() : p.line();
            String key = sourceKey(t.frame.code, cache);
            PyDict globals = t.frame.globals;
            cache.computeIfAbsent(key, k -> readLines(k, globals));
            FrameSummary fs = new FrameSummary(t.frame.code.filename, lineno,
                    p.line() < 0 ? lineno : p.endLine() < 0 ? lineno : p.endLine(), p.column(), p.endColumn(),
                    t.frame.code.name, key);
            if (lastFile == null || !lastFile.equals(fs.filename) || lastLine != fs.lineno || !lastName.equals(fs.name)) {
                if (count > RECURSIVE_CUTOFF) {
                    count -= RECURSIVE_CUTOFF;
                    out.add(repeatedLine(count));
                }
                lastFile = fs.filename;
                lastLine = fs.lineno;
                lastName = fs.name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            out.add(formatFrameSummary(fs, cache));
        }
        if (count > RECURSIVE_CUTOFF) out.add(repeatedLine(count - RECURSIVE_CUTOFF));
        return out;
    }

    /**
     * The entries the default excepthook shows: with {@code sys.tracebacklimit} set, only the
     * last ones (none for 0 or less). As in 3.13.0, a limit above the length counts back from
     * the end a second time (a negative slice start).
     */
    // CPython: Lib/traceback.py StackSummary._extract_from_extended_frame_gen (BUILTIN_EXCEPTION_LIMIT)
    static List<PyTraceback> shown(PyTraceback tb) {
        List<PyTraceback> all = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next) all.add(t);
        Interpreter in = Interpreter.current();
        PyObject limit = in == null ? null : in.sys.dict.get(PyStr.of("tracebacklimit"));
        if (!(limit instanceof dev.pyjama.objects.PyInt n)) return all;
        long lim = n.signum() < 0 ? 0 : n.fitsLong() ? n.longValue() : Long.MAX_VALUE;
        long start = all.size() - lim;
        if (start < 0) start += all.size();
        if (start < 0) start = 0;
        return all.subList((int) start, all.size());
    }

    private static String repeatedLine(int count) {
        return "  [Previous line repeated " + count + " more time" + (count > 1 ? "s" : "") + "]\n";
    }

    /** linecache.getline: the line (with its newline), or "" when there is none. */
    static String getline(String filename, int lineno, Map<String, List<String>> cache) {
        List<String> lines = cache.computeIfAbsent(filename, k -> readLines(k, null));
        if (lineno < 1 || lineno > lines.size()) return "";
        return lines.get(lineno - 1);
    }

    /** Sources registered for code objects (the interactive prompt's statements), by code. */
    private static final Map<dev.pyjama.code.PyCode, String> CODE_SOURCES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Makes {@code source} the text of {@code code} and of the code objects nested in it, for
     * tracebacks: each statement typed at the prompt is its own "<stdin>" from line 1.
     */
    // CPython: Lib/linecache.py _register_code (called by Python/pythonrun.c run_mod for interactive input)
    public static void registerCodeSource(dev.pyjama.code.PyCode code, String source) {
        CODE_SOURCES.put(code, source);
        for (PyObject c : code.consts) {
            if (c instanceof dev.pyjama.code.PyCode inner) registerCodeSource(inner, source);
        }
    }

    /** Where {@link #getline} finds a frame's lines: its own registered source, else its file. */
    private static String sourceKey(dev.pyjama.code.PyCode code, Map<String, List<String>> cache) {
        String source = CODE_SOURCES.get(code);
        if (source == null) return code.filename;
        String key = "\0code@" + System.identityHashCode(code);
        cache.computeIfAbsent(key, k -> {
            List<String> lines = new ArrayList<>();
            for (String line : splitlinesPy(source)) lines.add(line + "\n");
            return lines;
        });
        return key;
    }

    /** Sources that are not files, by name: the program of {@code -c} (linecache's entry for "<string>"). */
    private static final Map<String, String> REGISTERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Makes {@code source} the text of {@code filename} for tracebacks, as 3.13 does for {@code -c}. */
    // CPython: Python/pythonrun.c _PyRun_StringFlagsWithName (linecache._register_code)
    public static void registerSource(String filename, String source) {
        REGISTERED.put(filename, source);
    }

    /**
     * A file's lines as linecache gives them: when the program imported linecache, its cache
     * (lines a program registered for a made-up file name, a module's loader's source); else
     * the file, decoded by its coding cookie; else, for a module with a loader, linecache.
     */
    // CPython: Lib/traceback.py StackSummary._extract_from_extended_frame_gen (linecache.lazycache,
    // checkcache, getline)
    private static List<String> readLines(String filename, PyDict globals) {
        if (filename.startsWith("\0code@")) return List.of();
        List<String> out = new ArrayList<>();
        String registered = REGISTERED.get(filename);
        if (registered != null) {
            for (String line : splitlinesPy(registered)) out.add(line + "\n");
            return out;
        }
        Interpreter in = Interpreter.current();
        PyObject linecache = in == null ? null : in.modules.get(PyStr.of("linecache"));
        if (linecache != null) {
            List<String> lines = linecacheLines(linecache, filename, globals);
            if (lines != null) return lines;
        }
        if (filename.isEmpty() || filename.startsWith("<") && filename.endsWith(">")) return out;
        try {
            Path p = in != null ? in.cwd.resolve(filename) : Path.of(filename);
            String text = dev.pyjama.parser.SourceText.decode(Files.readAllBytes(p), filename);
            if (text == null) return out;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    out.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) out.add(text.substring(start) + "\n");
        } catch (IOException | RuntimeException e) {
            // no source: the frame prints without its line
        }
        return out;
    }

    /** linecache.lazycache, checkcache and getlines for {@code filename}; null when linecache fails. */
    private static List<String> linecacheLines(PyObject linecache, String filename, PyDict globals) {
        try {
            PyStr name = PyStr.of(filename);
            Abstract.call(Abstract.getattr(linecache, PyStr.of("lazycache")), name, globals == null ? PyNone.NONE : globals);
            Abstract.call(Abstract.getattr(linecache, PyStr.of("checkcache")), name);
            PyObject lines = Abstract.call(Abstract.getattr(linecache, PyStr.of("getlines")), name);
            List<String> out = new ArrayList<>();
            for (PyObject l : Abstract.toList(lines)) {
                if (!(l instanceof PyStr str)) return null;
                out.add(str.value());
            }
            return out;
        } catch (PyException e) {
            return null;
        }
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    private static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return s.substring(i);
    }

    private static List<String> splitlines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(s.substring(start));
        return out;
    }

    /** textwrap.dedent. */
    static String dedent(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        String margin = null;
        for (String line : lines) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            if (body.isBlank()) continue;
            int k = 0;
            while (k < body.length() && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) k++;
            String indent = body.substring(0, k);
            if (margin == null) {
                margin = indent;
            } else if (indent.startsWith(margin)) {
                // keep margin
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int j = 0;
                while (j < margin.length() && j < indent.length() && margin.charAt(j) == indent.charAt(j)) j++;
                margin = margin.substring(0, j);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            String nl = line.endsWith("\n") ? "\n" : "";
            if (body.isBlank()) {
                sb.append(nl);
            } else {
                sb.append(margin != null && !margin.isEmpty() ? body.substring(margin.length()) : body).append(nl);
            }
        }
        return sb.toString();
    }

    /** textwrap.indent with a predicate that accepts every line. */
    private static String indentAll(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                sb.append(prefix).append(text, start, i + 1);
                start = i + 1;
            }
        }
        if (start < text.length()) sb.append(prefix).append(text.substring(start));
        return sb.toString();
    }

    // CPython: Lib/traceback.py StackSummary.format_frame_summary
    private static String formatFrameSummary(FrameSummary fs, Map<String, List<String>> cache) {
        StringBuilder row = new StringBuilder();
        String filename = fs.filename.startsWith("<stdin>-") ? "<stdin>" : fs.filename;
        row.append("  File \"").append(filename).append("\", line ").append(fs.lineno < 0 ? "None" : fs.lineno)
                .append(", in ").append(fs.name).append('\n');
        if (fs.lineno < 0) return row.toString();
        List<String> raw = new ArrayList<>();
        for (int l = fs.lineno; l <= fs.endLineno; l++) raw.add(rstrip(getline(fs.sourceKey, l, cache)));
        String lines = String.join("\n", raw) + "\n";
        String dedented = dedent(lines);
        if (dedented.isBlank()) return row.toString();
        if (fs.colno < 0 || fs.endColno < 0) {
            String first = lines.substring(0, lines.indexOf('\n')).strip();
            row.append(indentAll(first, "    ")).append('\n');
            return row.toString();
        }
        List<String> allOriginal = splitlines(lines);
        String firstLine = allOriginal.get(0);
        String lastLine = allOriginal.get(fs.endLineno - fs.lineno);
        int startOffset = byteToCharOffset(firstLine, fs.colno);
        int endOffset = byteToCharOffset(lastLine, fs.endColno);
        List<String> allLines = splitlines(dedented);
        allLines = new ArrayList<>(allLines.subList(0, Math.min(allLines.size(), fs.endLineno - fs.lineno + 1)));
        int dedentChars = firstLine.length() - allLines.get(0).length();
        startOffset = Math.max(0, startOffset - dedentChars);
        endOffset = Math.max(0, endOffset - dedentChars);
        int dpStart = displayWidth(allLines.get(0), startOffset);
        int dpEnd = displayWidth(allLines.get(allLines.size() - 1), endOffset);
        String segment = String.join("\n", allLines);
        int segEnd = segment.length() - (allLines.get(allLines.size() - 1).length() - endOffset);
        Anchors anchors = null;
        try {
            segment = segment.substring(Math.min(startOffset, segment.length()), Math.max(Math.min(startOffset,
                    segment.length()), Math.min(segEnd, segment.length())));
            anchors = extractAnchors(segment);
        } catch (RuntimeException e) {
            anchors = null;
        }
        boolean showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);
        List<String> result = new ArrayList<>();
        TreeSet<Integer> significant = new TreeSet<>();
        significant.add(0);
        significant.add(allLines.size() - 1);
        int leftEnd = 0, rightStart = 0;
        char primary = '^', secondary = '^';
        if (anchors != null) {
            leftEnd = anchors.leftEndOffset;
            rightStart = anchors.rightStartOffset;
            if (anchors.leftEndLineno == 0) leftEnd += startOffset;
            if (anchors.rightStartLineno == 0) rightStart += startOffset;
            leftEnd = displayWidth(allLines.get(anchors.leftEndLineno), leftEnd);
            rightStart = displayWidth(allLines.get(anchors.rightStartLineno), rightStart);
            primary = anchors.primary;
            secondary = anchors.secondary;
            for (int k = anchors.leftEndLineno - 1; k < anchors.leftEndLineno + 2; k++) significant.add(k);
            for (int k = anchors.rightStartLineno - 1; k < anchors.rightStartLineno + 2; k++) significant.add(k);
        }
        significant.remove(-1);
        significant.remove(allLines.size());
        Integer prev = null;
        for (int lineno : significant) {
            if (prev != null) {
                int diff = lineno - prev;
                if (diff == 2) {
                    outputLine(lineno - 1, allLines, result, showCarets, dpStart, dpEnd, anchors, leftEnd, rightStart,
                            primary, secondary);
                } else if (diff > 2) {
                    result.add("...<" + (diff - 1) + " lines>...\n");
                }
            }
            outputLine(lineno, allLines, result, showCarets, dpStart, dpEnd, anchors, leftEnd, rightStart, primary,
                    secondary);
            prev = lineno;
        }
        row.append(indentAll(dedent(String.join("", result)), "    "));
        return row.toString();
    }

    private static void outputLine(int lineno, List<String> allLines, List<String> result, boolean showCarets,
                                   int dpStart, int dpEnd, Anchors anchors, int leftEnd, int rightStart,
                                   char primary, char secondary) {
        String line = allLines.get(lineno);
        result.add(line + "\n");
        if (!showCarets) return;
        int numSpaces = line.length() - lstrip(line).length();
        int numCarets = lineno == allLines.size() - 1 ? dpEnd : displayWidth(line, line.length());
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < numCarets; col++) {
            if (col < numSpaces || (lineno == 0 && col < dpStart)) {
                carets.append(' ');
            } else if (anchors != null
                    && (lineno > anchors.leftEndLineno || lineno == anchors.leftEndLineno && col >= leftEnd)
                    && (lineno < anchors.rightStartLineno || lineno == anchors.rightStartLineno && col < rightStart)) {
                carets.append(secondary);
            } else {
                carets.append(primary);
            }
        }
        result.add(carets + "\n");
    }

    /** _byte_offset_to_character_offset: the characters in the first {@code offset} UTF-8 bytes (a cut character counts). */
    static int byteToCharOffset(String s, int offset) {
        int bytes = 0, chars = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes >= offset) break;
            if (bytes + n > offset) return chars + 1;
            bytes += n;
            chars++;
            i += Character.charCount(cp);
        }
        return chars;
    }

    /** _display_width: wide East Asian characters take two columns. */
    static int displayWidth(String line, int offset) {
        boolean ascii = true;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) return offset;
        int w = 0;
        for (int i = 0; i < Math.min(offset, line.length()); i++) w += isWide(line.charAt(i)) ? 2 : 1;
        return w;
    }

    private static boolean isWide(char c) {
        return c >= 0x1100 && (c <= 0x115f || c == 0x2329 || c == 0x232a || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
                || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe6f)
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6));
    }

    private record Anchors(int leftEndLineno, int leftEndOffset, int rightStartLineno, int rightStartOffset,
                           char primary, char secondary) {}

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private static AstMod parse(String source) {
        Path cwd = Interpreter.current() != null ? Interpreter.current().cwd : Path.of("");
        return FrontEnd.parseString(source, new ParserContext("<unknown>", ParserContext.Mode.FILE, false, false,
                cwd, NOWHERE));
    }

    // CPython: Lib/traceback.py _extract_caret_anchors_from_line_segment
    private static Anchors extractAnchors(String segment) {
        AstMod tree;
        try {
            tree = parse("(\n" + segment + "\n)");
        } catch (PyException e) {
            return null;
        }
        List<AstStmt> body = ((Module) tree).body;
        if (body.size() != 1) return null;
        List<String> lines = splitlinesPy(segment);
        if (!(body.get(0) instanceof Expr stmt)) return null;
        AstExpr expr = stmt.value;
        if (expr instanceof BinOp b) {
            int[] pos = setupPositions(lines, b.left, true);
            pos = incrementUntil(lines, pos[0], pos[1], ch -> !Character.isWhitespace(ch) && ch != ')');
            int lineno = pos[0], col = pos[1];
            int rightCol = col + 1;
            if (rightCol < lines.get(lineno).length()
                    && (b.right.lineno - 2 > lineno
                        || rightCol < byteToCharOffset(lines.get(b.right.lineno - 2), b.right.colOffset))) {
                char ch = lines.get(lineno).charAt(rightCol);
                if (!Character.isWhitespace(ch) && ch != '\\' && ch != '#') rightCol++;
            }
            return new Anchors(lineno, col, lineno, rightCol, '~', '^');
        }
        if (expr instanceof Subscript s) {
            int[] left = setupPositions(lines, s.value, true);
            left = incrementUntil(lines, left[0], left[1], ch -> ch == '[');
            int[] right = setupPositions(lines, s, false);
            return new Anchors(left[0], left[1], right[0], right[1], '~', '^');
        }
        if (expr instanceof Call c) {
            int[] left = setupPositions(lines, c.func, true);
            left = incrementUntil(lines, left[0], left[1], ch -> ch == '(');
            int[] right = setupPositions(lines, c, false);
            return new Anchors(left[0], left[1], right[0], right[1], '~', '^');
        }
        return null;
    }

    /** str.splitlines() for source text (\n, \r\n, \r and the other line boundaries Python knows). */
    private static List<String> splitlinesPy(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                    || c == 0x2028 || c == 0x2029) {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(s.substring(start));
        return out;
    }

    private static int[] nextValidChar(List<String> lines, int lineno, int col) {
        while (lineno < lines.size() && col >= lines.get(lineno).length()) {
            col = 0;
            lineno++;
        }
        if (!(lineno < lines.size() && col < lines.get(lineno).length())) throw new IllegalStateException("no char");
        return new int[] {lineno, col};
    }

    private static int[] setupPositions(List<String> lines, AstExpr e, boolean forceValid) {
        int lineno = e.endLineno - 2;
        int col = byteToCharOffset(lines.get(lineno), e.endColOffset);
        return forceValid ? nextValidChar(lines, lineno, col) : new int[] {lineno, col};
    }

    private static int[] incrementUntil(List<String> lines, int lineno, int col,
                                        java.util.function.IntPredicate stop) {
        while (true) {
            char ch = lines.get(lineno).charAt(col);
            if (ch == '\\' || ch == '#') {
                int[] p = nextValidChar(lines, lineno + 1, 0);
                lineno = p[0];
                col = p[1];
            } else if (!stop.test(ch)) {
                int[] p = nextValidChar(lines, lineno, col + 1);
                lineno = p[0];
                col = p[1];
            } else {
                return new int[] {lineno, col};
            }
        }
    }

    // CPython: Lib/traceback.py StackSummary._should_show_carets
    private static boolean shouldShowCarets(int startOffset, int endOffset, List<String> allLines, Anchors anchors) {
        try {
            AstMod tree = parse(String.join("\n", allLines));
            List<AstStmt> body = ((Module) tree).body;
            if (body.isEmpty()) return false;
            AstStmt statement = body.get(0);
            AstExpr value = null;
            if (statement instanceof Return r && r.value instanceof Call c && c.func instanceof Name) {
                value = r.value;
            } else if (statement instanceof Assign a && a.value instanceof Call && a.targets.size() == 1
                    && a.targets.get(0) instanceof Name) {
                value = a.value;
            }
            if (value != null && value.lineno == 1 && value.endLineno == allLines.size() && value.colOffset == startOffset
                    && value.endColOffset == endOffset) {
                return false;
            }
        } catch (PyException e) {
            // a SyntaxError: decide from the anchors and the surrounding text
        }
        if (anchors != null) return true;
        String first = allLines.get(0), last = allLines.get(allLines.size() - 1);
        return !lstrip(first.substring(0, Math.min(startOffset, first.length()))).isEmpty()
                || !rstrip(last.substring(Math.min(endOffset, last.length()))).isEmpty();
    }

    // ---- the exception line

    /** {@code exc_type_str}: the qualified name, with the module unless builtins or __main__. */
    static String typeString(PyType t) {
        String qualname = t.qualname;
        PyObject mod = t.dict.get("__module__");
        String smod = mod == null ? "builtins" : mod instanceof PyStr s ? s.value() : null;
        if (smod == null) return "<unknown>." + qualname;
        if (smod.equals("__main__") || smod.equals("builtins")) return qualname;
        return smod + "." + qualname;
    }

    static String safeStr(PyBaseException e) {
        try {
            return strOf(e);
        } catch (PyException x) {
            return "<exception str() failed>";
        }
    }

    private static String strOf(PyObject o) {
        if (o instanceof PyBaseException b && b.type().lookup("__str__") == null) return b.defaultStr();
        return Abstract.str(o).value();
    }

    // CPython: Lib/traceback.py TracebackException.format_exception_only, _format_final_exc_line
    static List<String> formatExceptionOnly(PyBaseException e) {
        String stype = typeString(e.type());
        List<String> out = new ArrayList<>();
        if (e.type().isSubtype(ExceptionTypes.SYNTAX_ERROR)) {
            formatSyntaxError(e, stype, out);
        } else {
            String s = safeStr(e);
            PyObject name = e.dict.get("name");
            if ((e.type().isSubtype(ExceptionTypes.NAME_ERROR) || e.type().isSubtype(ExceptionTypes.ATTRIBUTE_ERROR))
                    && name instanceof PyStr wrong) {
                String suggestion = Suggestions.forException(e, wrong.value());
                if (suggestion != null) s += ". Did you mean: '" + suggestion + "'?";
            }
            // one piece, even for a message of several lines
            out.add(s.isEmpty() ? stype + "\n" : stype + ": " + s + "\n");
        }
        PyObject notes = e.dict.get("__notes__");
        List<PyObject> items = notes instanceof PyList l ? new ArrayList<>(l.items)
                : notes instanceof PyTuple t ? List.of(t.items) : null;
        if (items != null) {
            // a sequence (str and bytes excepted): one piece per line of each note
            for (PyObject n : items) {
                String note;
                try {
                    note = n instanceof PyStr ns ? ns.value() : Abstract.str(n).value();
                } catch (PyException x) {
                    note = "<note str() failed>";
                }
                for (String part : note.split("\n", -1)) out.add(part + "\n");
            }
        } else if (notes != null && notes != PyNone.NONE) {
            String text;
            try {
                text = Abstract.repr(notes).value();
            } catch (PyException x) {
                text = "<__notes__ repr() failed>";
            }
            out.add(text + "\n");
        }
        return out;
    }

    // CPython: Lib/traceback.py TracebackException._format_syntax_error
    private static void formatSyntaxError(PyBaseException e, String stype, List<String> out) {
        PyObject msg = e.dict.get("msg");
        if (msg == null) {
            String s = safeStr(e);
            out.add(s.isEmpty() ? stype + "\n" : stype + ": " + s + "\n");
            return;
        }
        out.addAll(new PySyntaxError(stype, msg instanceof PyStr m ? m.value() : msg.repr(),
                strAttr(e, "filename"), intAttr(e, "lineno"), intAttr(e, "offset"), strAttr(e, "text"),
                intAttr(e, "end_lineno"), intAttr(e, "end_offset")).formatExceptionOnlyPieces());
    }

    private static String strAttr(PyBaseException e, String name) {
        return e.dict.get(name) instanceof PyStr s ? s.value() : null;
    }

    private static Integer intAttr(PyBaseException e, String name) {
        return e.dict.get(name) instanceof dev.pyjama.objects.PyInt i ? (int) i.longValue() : null;
    }

    /** The report for a SyntaxError raised while compiling the main script (no traceback entries). */
    public static String formatSyntaxError(PySyntaxError e) {
        return e.formatExceptionOnly();
    }

    static boolean isNone(PyObject o) {
        return o == null || o == PyNone.NONE || o instanceof PyTuple t && t.items.length == 0;
    }
}
