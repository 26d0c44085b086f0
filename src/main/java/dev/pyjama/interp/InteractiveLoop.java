package dev.pyjama.interp;

import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;

/**
 * The basic interactive prompt: what {@code python3.13 -i} (or the bare command on a terminal)
 * runs. It reads statements from {@code sys.stdin} line by line, writing {@code sys.ps1}
 * ({@code ">>> "}) or {@code sys.ps2} ({@code "... "}) to {@code sys.stderr} before each line,
 * compiles each statement in 'single' mode (so expression results go to sys.displayhook) and
 * runs it in the {@code __main__} namespace. Exceptions are reported through sys.excepthook and
 * the loop goes on; SystemExit ends it with its status; end of input ends it with status 0.
 *
 * <p>CPython's tokenizer asks for another line while the parser wants more tokens. Here the
 * statement so far is parsed after each line and the parser's complaint decides: an open
 * bracket, an unterminated triple-quoted string, a backslash at the end, a decorator without its
 * definition or a block header without its body ask for more; a statement that opened a block
 * ends at an empty line (or at a line back at column 0 that does not continue it); any other
 * error is reported at once, as CPython does for {@code 1 +}.
 */
// CPython: Python/pythonrun.c _PyRun_InteractiveLoopObject, PyRun_InteractiveOneObjectEx; Parser/tokenizer (tok_nextc's prompts)
public final class InteractiveLoop {
    private final Interpreter interp;
    private final PyModule main;

    InteractiveLoop(Interpreter interp, PyModule main) {
        this.interp = interp;
        this.main = main;
    }

    /** Runs the loop to the end of input; returns the exit status. */
    int run() {
        if (interp.sys.dict.get(PyStr.of("ps1")) == null) interp.sys.dict.put(PyStr.of("ps1"), PyStr.of(">>> "));
        if (interp.sys.dict.get(PyStr.of("ps2")) == null) interp.sys.dict.put(PyStr.of("ps2"), PyStr.of("... "));
        while (true) {
            StringBuilder source = new StringBuilder();
            boolean block = false;
            while (true) {
                String line = readLine(source.length() == 0 ? "ps1" : "ps2");
                if (line == null) {
                    // end of input: a pending statement still runs, as the parser sees ENDMARKER
                    write("\n");
                    if (source.length() == 0) return 0;
                    Integer status = runSource(source.toString());
                    if (status != null) return status;
                    break;
                }
                if (source.length() == 0 && isBlank(line)) break; // a new prompt
                source.append(line);
                if (!line.endsWith("\n")) source.append('\n');
                if (block && isBlank(line)) {
                    Integer status = runSource(source.toString());
                    if (status != null) return status;
                    break;
                }
                Need need = need(source.toString());
                if (need == Need.BLOCK) block = true;
                if (need == Need.MORE || need == Need.BLOCK) continue;
                if (need == Need.COMPOUND || need == Need.COMPLETE && block) { // a block ends at an empty line
                    block = true;
                    continue;
                }
                Integer status = runSource(source.toString());
                if (status != null) return status;
                break;
            }
        }
    }

    /**
     * What the statement so far needs: nothing (run it), more lines (an open bracket...), its
     * block (a header without a body: then an empty line ends it), or an empty line (a compound
     * statement is complete, but CPython's grammar for the prompt wants the empty line after it);
     * or it is wrong now.
     */
    private enum Need { COMPLETE, MORE, BLOCK, COMPOUND, ERROR }

    /** Whether the statement so far is complete, needs more lines, or is wrong now. */
    private Need need(String source) {
        try {
            dev.pyjama.ast.AstMod tree = FrontEnd.parseString(source, context());
            if (tree instanceof dev.pyjama.ast.Interactive i && !i.body.isEmpty() && isCompound(i.body.get(0))) return Need.COMPOUND;
            return Need.COMPLETE;
        } catch (PySyntaxError e) {
            String msg = e.msg == null ? "" : e.msg;
            int lines = (int) source.chars().filter(c -> c == '\n').count();
            boolean atEnd = e.lineno == null || e.lineno >= lines;
            if (msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted string literal")
                    || msg.equals("unexpected EOF while parsing")) {
                return Need.MORE;
            }
            // a header is the last line: its body may come ("... on line N" names the header's line;
            // when the error is on a later line, that line is not the body it wanted)
            if (msg.startsWith("expected an indented block") && msg.endsWith(" on line " + e.lineno)
                    || atEnd && msg.equals("expected 'except' or 'finally' block")) {
                return Need.BLOCK;
            }
            // a decorator line: the parser met the end of input where the definition belongs
            if (atEnd && msg.equals("invalid syntax") && e.offset != null && e.offset == 0 && source.stripLeading().startsWith("@")) {
                return Need.BLOCK;
            }
            return Need.ERROR;
        }
    }

    /**
     * Compiles and runs one statement; null to go on, or the exit status when SystemExit ends
     * the loop.
     */
    private Integer runSource(String source) {
        PyCode code;
        try {
            ParserContext ctx = context();
            code = Compiler.compile(FrontEnd.parseString(source, ctx), new CompileContext(ctx), 0, 0);
        } catch (PySyntaxError e) {
            return report(Importer.syntaxErrorObject(e));
        } catch (PyException e) {
            return report(e.value());
        }
        TracebackPrinter.registerCodeSource(code, source);
        try {
            Eval.run(new PyFrame(code, main.dict, interp.builtins, main.dict, null));
        } catch (PyException e) {
            return report(e.value());
        } finally {
            flush("stdout");
        }
        return null;
    }

    /** An exception out of a statement: SystemExit ends the loop, anything else is printed. */
    private Integer report(PyBaseException exc) {
        if (exc.type().isSubtype(ExceptionTypes.SYSTEM_EXIT)) return interp.handleUncaught(exc);
        flush("stdout");
        PyBaseException exit = ExceptHook.report(interp, exc);
        if (exit != null) return interp.handleUncaught(exit);
        flush("stderr");
        return null;
    }

    private ParserContext context() {
        return new ParserContext("<stdin>", ParserContext.Mode.SINGLE, false, false, interp.cwd, interp.err);
    }

    /** Writes the prompt {@code sys.<which>} and reads a line from sys.stdin; null at the end of input. */
    // CPython: Parser/myreadline.c PyOS_StdioReadline (the prompt goes to stderr)
    private String readLine(String which) {
        flush("stdout");
        PyObject prompt = interp.sys.dict.get(PyStr.of(which));
        if (prompt != null && prompt != PyNone.NONE) write(Abstract.str(prompt).value());
        flush("stderr");
        PyObject stdin = interp.sys.dict.get(PyStr.of("stdin"));
        PyObject line = Abstract.call(Abstract.getattr(stdin, PyStr.of("readline")));
        String s = Abstract.str(line).value();
        return s.isEmpty() ? null : s;
    }

    private void write(String text) {
        PyObject stderr = interp.sys.dict.get(PyStr.of("stderr"));
        if (stderr == null || stderr == PyNone.NONE) return;
        Abstract.call(Abstract.getattr(stderr, PyStr.of("write")), PyStr.of(text));
    }

    private void flush(String stream) {
        PyObject f = interp.sys.dict.get(PyStr.of(stream));
        if (f == null || f == PyNone.NONE) return;
        try {
            Abstract.call(Abstract.getattr(f, PyStr.of("flush")));
        } catch (PyException ignored) {
            // as CPython's flush_io: a failing flush is not the statement's error
        }
    }

    // CPython: Grammar/python.gram compound_stmt
    private static boolean isCompound(dev.pyjama.ast.AstStmt s) {
        return s instanceof dev.pyjama.ast.FunctionDef || s instanceof dev.pyjama.ast.AsyncFunctionDef
                || s instanceof dev.pyjama.ast.ClassDef || s instanceof dev.pyjama.ast.If || s instanceof dev.pyjama.ast.For
                || s instanceof dev.pyjama.ast.AsyncFor || s instanceof dev.pyjama.ast.While || s instanceof dev.pyjama.ast.With
                || s instanceof dev.pyjama.ast.AsyncWith || s instanceof dev.pyjama.ast.Try || s instanceof dev.pyjama.ast.TryStar
                || s instanceof dev.pyjama.ast.Match;
    }

    /** A line with nothing but spaces, tabs, a comment or the newline: no statement. */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') return true;
            if (c != ' ' && c != '\t' && c != '\f' && c != '\n' && c != '\r') return false;
        }
        return true;
    }
}
