package dev.pyjama.cli;

import dev.pyjama.code.CodeDump;
import dev.pyjama.code.Disassembler;
import dev.pyjama.code.PyCode;
import dev.pyjama.code.Pyc;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The commands that show code objects: {@code -X dis FILE}, {@code -X dump-code FILE} and
 * {@code -m dis [-C] [-O] [FILE]} (served by the Java disassembler until the runtime can run
 * CPython's own dis.py). FILE is a .pyc (read with marshal) or Python source, which is
 * compiled.
 */
final class CodeCommands {
    private final Path cwd;
    private final InputStream in;
    private final PrintStream out, err;

    CodeCommands(Path cwd, InputStream in, PrintStream out, PrintStream err) {
        this.cwd = cwd;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** {@code -X dis FILE} ({@code dump == false}) or {@code -X dump-code FILE}. */
    int show(Options opts, boolean dump) {
        String option = dump ? "-X dump-code" : "-X dis";
        if (opts.kind != Options.Kind.FILE) {
            err.println(Options.executable() + ": " + option + " needs a FILE argument");
            return 2;
        }
        PyCode code = load(opts.target, option);
        if (code == null) return 2;
        out.print(dump ? CodeDump.dump(code) : Disassembler.dis(code));
        return 0;
    }

    /**
     * {@code -m dis [-C|--show-caches] [-O|--show-offsets] [infile]}: as dis.py's main does,
     * with '-' (the default) reading the source from standard input.
     */
    // CPython: Lib/dis.py main
    int disModule(List<String> argv) {
        boolean caches = false, offsets = false;
        String infile = null;
        for (String a : argv) {
            if (a.equals("-C") || a.equals("--show-caches")) {
                caches = true;
            } else if (a.equals("-O") || a.equals("--show-offsets")) {
                offsets = true;
            } else if (a.equals("-CO") || a.equals("-OC")) {
                caches = offsets = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.print(DIS_USAGE + "\npositional arguments:\n  infile\n\noptions:\n"
                        + "  -h, --help           show this help message and exit\n"
                        + "  -C, --show-caches    show inline caches\n"
                        + "  -O, --show-offsets   show instruction offsets\n");
                return 0;
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.print(DIS_USAGE + "dis.py: error: unrecognized arguments: " + a + "\n");
                return 2;
            } else if (infile == null) {
                infile = a;
            } else {
                err.print(DIS_USAGE + "dis.py: error: unrecognized arguments: " + a + "\n");
                return 2;
            }
        }
        PyCode code;
        if (infile == null || infile.equals("-")) {
            byte[] source;
            try {
                source = in.readAllBytes();
            } catch (IOException e) {
                err.println(Options.executable() + ": can't read <stdin>: " + e.getMessage());
                return 2;
            }
            code = compileSource(source, "<stdin>", CompileContext.DEPTH_DIS_MODULE);
        } else {
            code = load(infile, "-m dis");
        }
        if (code == null) return 2;
        out.print(Disassembler.dis(code, caches, offsets));
        return 0;
    }

    private static final String DIS_USAGE = "usage: dis.py [-h] [-C] [-O] [infile]\n";

    /** FILE's module code object, or null after reporting why there is none. */
    private PyCode load(String target, String option) {
        Path p = cwd.resolve(target);
        byte[] data;
        try {
            data = Files.readAllBytes(p);
        } catch (IOException e) {
            err.println(Options.executable() + ": can't open file " + dev.pyjama.objects.PyStr.repr(p.toString())
                    + ": [Errno 2] No such file or directory");
            return null;
        }
        if (target.endsWith(".pyc")) return Pyc.load(data, target);
        // -m dis and -X dis compile as `python3.13 -m dis` does; -X dump-code as
        // tools/parity/cpython_dump_code.py does (compile() with keyword arguments).
        return compileSource(data, target, option.equals("-X dump-code")
                ? CompileContext.DEPTH_COMPILE_BUILTIN_KEYWORDS : CompileContext.DEPTH_DIS_MODULE);
    }

    private PyCode compileSource(byte[] source, String filename, int recursionDepth) {
        // Errors are raised as CPython raises them, RecursionError from the same depth.
        ParserContext ctx = new ParserContext(filename, ParserContext.Mode.FILE, false, false, cwd, err);
        return Compiler.compile(FrontEnd.parse(source, ctx), new CompileContext(ctx, false, recursionDepth), 0, 0);
    }
}
