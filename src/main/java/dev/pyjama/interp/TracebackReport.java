package dev.pyjama.interp;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTraceback;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uncaught exception's report as the list of strings {@code TracebackException.format()}
 * yields. The pieces matter, not only their text: the default excepthook prints each with
 * {@code print(piece, file=sys.stderr, end="")}, so a Python object standing in for
 * sys.stderr sees one write() per piece (then an empty one). A piece is a chain message, a
 * "Traceback" header, one frame (or a "[Previous line repeated ...]" line), one line of the
 * exception part, or one line of an exception group's box.
 */
// CPython: Lib/traceback.py (3.13.0) TracebackException.__init__ and format, _ExceptionPrintContext
final class TracebackReport {
    private TracebackReport() {}

    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    /** A TracebackException: the exception and the causes, contexts and members it shows. */
    private static final class Node {
        final PyBaseException exc;
        Node cause, context;
        List<Node> exceptions;

        Node(PyBaseException exc, Map<PyBaseException, Boolean> seen) {
            this.exc = exc;
            seen.put(exc, true);
        }
    }

    /** _ExceptionPrintContext: the exception group depth and whether a box needs closing. */
    private static final class Ctx {
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** emit() of a str: one piece, every line of it indented. */
        void emit(List<String> out, String text, char margin) {
            out.add(indentEveryLine(text, prefix(margin)));
        }

        /** emit() of a generator: one piece per item, each indented. */
        void emitEach(List<String> out, List<String> texts) {
            String prefix = prefix('|');
            for (String text : texts) out.add(indentEveryLine(text, prefix));
        }

        private String prefix(char margin) {
            return depth > 0 ? indent() + margin + " " : indent();
        }
    }

    /** The pieces of the whole report for {@code exc}, in the order they are printed. */
    static List<String> pieces(PyBaseException exc) {
        // TracebackException's constructor: which causes, contexts and members get shown (each once).
        Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        Node top = new Node(exc, seen);
        List<Node> queue = new ArrayList<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            Node te = queue.remove(queue.size() - 1);
            PyBaseException e = te.exc;
            te.cause = e.cause != null && !seen.containsKey(e.cause) ? new Node(e.cause, seen) : null;
            te.context = e.context != null && !seen.containsKey(e.context) ? new Node(e.context, seen) : null;
            if (e.egExceptions != null && e.type().isSubtype(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                te.exceptions = new ArrayList<>();
                for (PyObject x : e.egExceptions.items) te.exceptions.add(new Node((PyBaseException) x, seen));
            }
            if (te.cause != null) queue.add(te.cause);
            if (te.context != null) queue.add(te.context);
            if (te.exceptions != null) queue.addAll(te.exceptions);
        }
        List<String> out = new ArrayList<>();
        format(top, new Ctx(), out);
        return out;
    }

    // CPython: Lib/traceback.py TracebackException.format
    private static void format(Node self, Ctx ctx, List<String> out) {
        List<String> messages = new ArrayList<>();
        List<Node> chain = new ArrayList<>();
        Node n = self;
        while (n != null) {
            if (n.cause != null) {
                messages.add(CAUSE_MESSAGE);
                chain.add(n);
                n = n.cause;
            } else if (n.context != null && !n.exc.suppressContext) {
                messages.add(CONTEXT_MESSAGE);
                chain.add(n);
                n = n.context;
            } else {
                messages.add(null);
                chain.add(n);
                n = null;
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (messages.get(i) != null) ctx.emit(out, messages.get(i), '|');
            Node x = chain.get(i);
            if (x.exceptions == null) {
                if (x.exc.traceback instanceof PyTraceback tb && !TracebackPrinter.shown(tb).isEmpty()) {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emitEach(out, TracebackPrinter.formatStack(tb));
                }
                ctx.emitEach(out, TracebackPrinter.formatExceptionOnly(x.exc));
            } else if (ctx.depth > MAX_GROUP_DEPTH) {
                ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            } else {
                formatGroup(x, ctx, out);
            }
        }
    }

    /** An exception group: its own traceback and line, then each member in a numbered box. */
    private static void formatGroup(Node x, Ctx ctx, List<String> out) {
        boolean toplevel = ctx.depth == 0;
        if (toplevel) ctx.depth++;
        if (x.exc.traceback instanceof PyTraceback tb && !TracebackPrinter.shown(tb).isEmpty()) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
            ctx.emitEach(out, TracebackPrinter.formatStack(tb));
        }
        ctx.emitEach(out, TracebackPrinter.formatExceptionOnly(x.exc));
        int num = x.exceptions.size();
        int count = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int k = 0; k < count; k++) {
            boolean last = k == count - 1;
            // the closing line may come from a nested group's own loop
            if (last) ctx.needClose = true;
            boolean truncated = k >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(k + 1);
            out.add(ctx.indent() + (k == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
            ctx.depth++;
            if (!truncated) {
                format(x.exceptions.get(k), ctx, out);
            } else {
                int remaining = num - MAX_GROUP_WIDTH;
                ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                out.add(ctx.indent() + "+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (toplevel) ctx.depth = 0;
    }

    /**
     * textwrap.indent(text, prefix, lambda line: True): the prefix before every line, the
     * lines cut where str.splitlines(keepends=True) cuts them.
     */
    static String indentEveryLine(String text, String prefix) {
        if (prefix.isEmpty()) return text;
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBoundary(c)) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                sb.append(prefix).append(text, start, i + 1);
                start = i + 1;
            }
        }
        if (start < text.length()) sb.append(prefix).append(text, start, text.length());
        return sb.toString();
    }

    /** The characters str.splitlines() ends a line at. */
    static boolean isLineBoundary(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }
}
