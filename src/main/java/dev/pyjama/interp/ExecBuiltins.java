package dev.pyjama.interp;

import dev.pyjama.ast.AstMod;
import dev.pyjama.code.PyCode;
import dev.pyjama.compiler.CompileContext;
import dev.pyjama.compiler.Compiler;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyCell;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFrame;
import dev.pyjama.objects.PyFunction;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.parser.FrontEnd;
import dev.pyjama.parser.ParserContext;

/** The builtins compile(), exec() and eval(): source or code objects run in given namespaces. */
// CPython: Python/bltinmodule.c builtin_compile_impl, builtin_exec_impl, builtin_eval_impl
final class ExecBuiltins {
    private ExecBuiltins() {}

    // CPython: Include/cpython/compile.h (PyCF_* flags)
    static final int PyCF_MASK = PyCode.CO_FUTURE_DIVISION | PyCode.CO_FUTURE_ABSOLUTE_IMPORT
            | PyCode.CO_FUTURE_WITH_STATEMENT | PyCode.CO_FUTURE_PRINT_FUNCTION | PyCode.CO_FUTURE_UNICODE_LITERALS
            | PyCode.CO_FUTURE_BARRY_AS_BDFL | PyCode.CO_FUTURE_GENERATOR_STOP | PyCode.CO_FUTURE_ANNOTATIONS;
    static final int PyCF_MASK_OBSOLETE = 0x0010; // CO_NESTED
    static final int PyCF_SOURCE_IS_UTF8 = 0x0100, PyCF_DONT_IMPLY_DEDENT = 0x0200, PyCF_ONLY_AST = 0x0400,
            PyCF_IGNORE_COOKIE = 0x0800, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
            PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000, PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;
    static final int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST;

    static void install(Interpreter interp) {
        PyDict b = interp.builtins;
        fn(b, "compile", (a, kw) -> compile(interp, a, kw));
        fn(b, "exec", (a, kw) -> exec(interp, a, kw));
        fn(b, "eval", (a, kw) -> eval(interp, a, kw));
    }

    private static void fn(PyDict b, String name, PyBuiltinFunction.Impl impl) {
        b.put(PyStr.of(name), new PyBuiltinFunction(name, null, null, impl));
    }

    private static PyFrame callerOrNull() {
        return ThreadState.current().frame;
    }

    /** The caller's future flags, as compile() and exec() inherit them. */
    // CPython: Python/ceval.c PyEval_MergeCompilerFlags
    private static int inheritedFlags() {
        PyFrame f = callerOrNull();
        return f == null ? 0 : f.code.flags & PyCF_MASK;
    }

    // CPython: Python/bltinmodule.c builtin_compile_impl (Argument Clinic's parsing first)
    private static PyObject compile(Interpreter interp, PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse("compile", args, 0, kw,
                new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, 6);
        String filename = fsPath(a[1]);
        if (!(a[2] instanceof PyStr modeStr)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + a[2].typeName());
        }
        int flags = a[3] == null ? 0 : cInt(a[3]);
        boolean dontInherit = a[4] != null && Abstract.isTrue(a[4]);
        int optimize = a[5] == null ? -1 : cInt(a[5]);
        if (a[6] != null) cInt(a[6]);
        if ((flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) != 0) {
            throw Errors.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) throw Errors.valueError("compile(): invalid optimize value");
        int cf = flags;
        if (!dontInherit) cf |= inheritedFlags();
        String mode = modeStr.value();
        ParserContext.Mode pmode;
        switch (mode) {
            case "exec": pmode = ParserContext.Mode.FILE; break;
            case "eval": pmode = ParserContext.Mode.EVAL; break;
            case "single": pmode = ParserContext.Mode.SINGLE; break;
            case "func_type":
                if ((flags & PyCF_ONLY_AST) == 0) {
                    throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                pmode = ParserContext.Mode.FUNC_TYPE;
                break;
            default:
                throw Errors.valueError((flags & PyCF_ONLY_AST) != 0
                        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                        : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        int opt = optimize == -1 ? 0 : optimize;
        dev.pyjama.modules.AstTypes astTypes = dev.pyjama.modules.AstTypes.of(interp);
        if (astTypes.isAst(a[0])) {
            if ((flags & PyCF_OPTIMIZED_AST) == PyCF_ONLY_AST) return a[0]; // an unoptimised AST stays as it is
            String required = switch (pmode) {
                case FILE -> "Module";
                case EVAL -> "Expression";
                case SINGLE -> "Interactive";
                default -> "FunctionType";
            };
            // CPython: Python/Python-ast.c PyAST_obj2mod
            dev.pyjama.modules.Audit.fire("compile", a[0], PyNone.NONE);
            AstMod mod = dev.pyjama.modules.AstConversion.toJava(astTypes, a[0], required);
            dev.pyjama.modules.AstValidator.validate(mod);
            ParserContext ctx = new ParserContext(filename, pmode, false, false, false, interp.cwd, interp.err);
            if ((flags & PyCF_ONLY_AST) != 0) {
                optimizeTree(mod, ctx, opt, cf);
                return dev.pyjama.modules.AstConversion.toPython(astTypes, mod);
            }
            try {
                return Compiler.compile(mod, new CompileContext(ctx), cf, opt);
            } catch (PySyntaxError e) {
                throw new PyException(Importer.syntaxErrorObject(e));
            }
        }
        checkSource(a[0], "compile", "string, bytes or AST");
        if ((flags & PyCF_ONLY_AST) != 0) {
            auditCompile(a[0], filename);
            AstMod mod = parseSource(interp, a[0], filename, pmode, cf);
            if ((flags & PyCF_OPTIMIZED_AST) == PyCF_OPTIMIZED_AST) {
                optimizeTree(mod, new ParserContext(filename, pmode, false, false, false, interp.cwd, interp.err), opt, cf);
            }
            return dev.pyjama.modules.AstConversion.toPython(astTypes, mod);
        }
        return compileSource(interp, a[0], filename, pmode, cf, opt);
    }

    /** The tree of {@code ast.parse(..., optimize=N)}: future statements checked, then constants folded. */
    // CPython: Python/compile.c _PyCompile_AstOptimize
    private static void optimizeTree(AstMod mod, ParserContext ctx, int optimize, int flags) {
        try {
            var future = dev.pyjama.compiler.FutureFeatures.fromAst(mod, new dev.pyjama.compiler.CompileErrors(ctx));
            dev.pyjama.compiler.AstOptimizer.optimize(mod, optimize, future.features | flags,
                    dev.pyjama.compiler.AstOptimizer.AST_PARSE_START_DEPTH);
        } catch (PySyntaxError e) {
            throw new PyException(Importer.syntaxErrorObject(e));
        }
    }

    /** The Java AST of a source string or bytes, with the SyntaxError CPython gives. */
    private static AstMod parseSource(Interpreter interp, PyObject source, String filename, ParserContext.Mode mode,
                                      int flags) {
        boolean barry = (flags & PyCode.CO_FUTURE_BARRY_AS_BDFL) != 0;
        boolean typeComments = (flags & PyCF_TYPE_COMMENTS) != 0;
        ParserContext ctx = new ParserContext(filename, mode, false, barry, typeComments, interp.cwd, interp.err);
        try {
            return source instanceof PyStr s ? FrontEnd.parseString(s.value(), ctx) : FrontEnd.parse(((PyBytes) source).value, ctx);
        } catch (PySyntaxError e) {
            throw new PyException(Importer.syntaxErrorObject(e));
        }
    }

    /** A filename argument: str, bytes or an os.PathLike. */
    // CPython: Modules/posixmodule.c PyUnicode_FSDecoder (via PyOS_FSPath)
    private static String fsPath(PyObject o) {
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBytes bs) return new String(bs.value, java.nio.charset.StandardCharsets.UTF_8);
        PyObject f = o.type().lookup("__fspath__");
        if (f != null) {
            PyObject r = Abstract.callMethod(f, o);
            if (r instanceof PyStr s) return s.value();
            if (r instanceof PyBytes bs) return new String(bs.value, java.nio.charset.StandardCharsets.UTF_8);
            throw Errors.typeError("expected " + o.typeName() + ".__fspath__() to return str or bytes, not " + r.typeName());
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.typeName());
    }

    /** An argument converted as Argument Clinic's {@code int} converter does. */
    private static int cInt(PyObject o) {
        if (o instanceof dev.pyjama.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        PyInt i = (PyInt) Abstract.index(o);
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    // CPython: Python/pythonrun.c _Py_SourceAsString
    private static void checkSource(PyObject source, String fname, String what) {
        if (!(source instanceof PyStr) && !(source instanceof PyBytes)) {
            throw Errors.typeError(fname + "() arg 1 must be a " + what + " object");
        }
    }

    // CPython: Python/pythonrun.c Py_CompileStringObject
    private static PyCode compileSource(Interpreter interp, PyObject source, String filename, ParserContext.Mode mode,
                                        int flags, int optimize) {
        auditCompile(source, filename);
        boolean barry = (flags & PyCode.CO_FUTURE_BARRY_AS_BDFL) != 0;
        boolean typeComments = (flags & PyCF_TYPE_COMMENTS) != 0;
        ParserContext ctx = new ParserContext(filename, mode, false, barry, typeComments, interp.cwd, interp.err);
        try {
            var tree = source instanceof PyStr s ? FrontEnd.parseString(s.value(), ctx)
                    : FrontEnd.parse(((PyBytes) source).value, ctx);
            return Compiler.compile(tree, new CompileContext(ctx), flags & ~PyCF_ONLY_AST, optimize);
        } catch (PySyntaxError e) {
            throw new PyException(Importer.syntaxErrorObject(e));
        }
    }

    /** The "compile" audit event: the source as UTF-8 bytes, and the file name. */
    // CPython: Python/pythonrun.c Py_CompileStringObject, _PyParser_ASTFromString (PySys_Audit "compile")
    private static void auditCompile(PyObject source, String filename) {
        if (!dev.pyjama.modules.Audit.active()) return;
        PyObject bytes = source instanceof PyStr s ? new PyBytes(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)) : source;
        dev.pyjama.modules.Audit.fire("compile", bytes, PyStr.of(filename));
    }

    /** The namespaces of exec() and eval(): {globals, locals}, defaulting to the caller's. */
    private static PyObject[] namespaces(PyObject globals, PyObject locals) {
        if (globals == PyNone.NONE) {
            PyFrame f = callerOrNull();
            if (f == null) return null;
            globals = f.globals;
            if (locals == PyNone.NONE) locals = FrameBuiltins.locals(f);
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        return new PyObject[] {globals, locals};
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().lookup("__getitem__") != null;
    }

    private static PyDict withBuiltins(Interpreter interp, PyDict g) {
        PyStr key = PyStr.of("__builtins__");
        if (g.get(key) == null) {
            PyFrame f = callerOrNull();
            g.put(key, f != null ? f.builtins : interp.builtins);
        }
        return g;
    }

    // CPython: Python/bltinmodule.c builtin_eval_impl
    private static PyObject eval(Interpreter interp, PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse("eval", args, 0, kw, new String[] {"", "globals", "locals"}, 1, 3);
        PyObject source = a[0];
        PyObject globals = a[1] == null ? PyNone.NONE : a[1], locals = a[2] == null ? PyNone.NONE : a[2];
        if (locals != PyNone.NONE && !isMapping(locals)) throw Errors.typeError("locals must be a mapping");
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        PyObject[] ns = namespaces(globals, locals);
        if (ns == null) throw Errors.typeError("eval must be given globals and locals when called without a frame");
        PyDict g = withBuiltins(interp, (PyDict) ns[0]);
        PyCode code;
        if (source instanceof PyCode c) {
            if (c.freevars().length > 0) {
                throw Errors.typeError("code object passed to eval() may not contain free variables");
            }
            code = c;
        } else {
            checkSource(source, "eval", "string, bytes or code");
            // leading spaces and tabs are skipped
            if (source instanceof PyStr s) source = PyStr.of(stripBlanks(s.value()));
            else source = new PyBytes(stripBlanks(((PyBytes) source).value));
            code = compileSource(interp, source, "<string>", ParserContext.Mode.EVAL, inheritedFlags(), 0);
        }
        return run(interp, code, g, ns[1], null);
    }

    private static String stripBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return s.substring(i);
    }

    private static byte[] stripBlanks(byte[] s) {
        int i = 0;
        while (i < s.length && (s[i] == ' ' || s[i] == '\t')) i++;
        return java.util.Arrays.copyOfRange(s, i, s.length);
    }

    // CPython: Python/bltinmodule.c builtin_exec_impl
    private static PyObject exec(Interpreter interp, PyObject[] args, PyTuple kw) {
        PyObject[] a = Args.parse("exec", args, 0, kw, new String[] {"", "globals", "locals", "closure"}, 1, 3);
        PyObject source = a[0];
        PyObject globals = a[1] == null ? PyNone.NONE : a[1], locals = a[2] == null ? PyNone.NONE : a[2];
        PyObject closure = a[3] == null || a[3] == PyNone.NONE ? null : a[3];
        PyObject[] ns = namespaces(globals, locals);
        if (ns == null) throw Errors.systemError("globals and locals cannot be NULL");
        if (!(ns[0] instanceof PyDict)) throw Errors.typeError("exec() globals must be a dict, not " + ns[0].typeName());
        if (!isMapping(ns[1])) throw Errors.typeError("locals must be a mapping or None, not " + ns[1].typeName());
        PyDict g = withBuiltins(interp, (PyDict) ns[0]);
        PyCode code;
        if (source instanceof PyCode c) {
            int nfree = c.freevars().length;
            if (nfree == 0) {
                if (closure != null) throw Errors.typeError("cannot use a closure with this code object");
            } else {
                boolean ok = closure != null && closure.getClass() == PyTuple.class && ((PyTuple) closure).items.length == nfree;
                if (ok) {
                    for (PyObject cell : ((PyTuple) closure).items) ok &= cell instanceof PyCell;
                }
                if (!ok) throw Errors.typeError("code object requires a closure of exactly length " + nfree);
            }
            code = c;
        } else {
            if (closure != null) throw Errors.typeError("closure can only be used when source is a code object");
            checkSource(source, "exec", "string, bytes or code");
            code = compileSource(interp, source, "<string>", ParserContext.Mode.FILE, inheritedFlags(), 0);
        }
        run(interp, code, g, ns[1], (PyTuple) closure);
        return PyNone.NONE;
    }

    // CPython: Python/ceval.c PyEval_EvalCode (_PyFunction_FromConstructor, then _PyEval_Vector with no arguments)
    private static PyObject run(Interpreter interp, PyCode code, PyDict g, PyObject locals, PyTuple closure) {
        dev.pyjama.modules.Audit.fire("exec", code);
        PyObject b = g.get(PyStr.of("__builtins__"));
        PyDict builtins = b instanceof PyModule m ? m.dict : b instanceof PyDict d ? d : interp.builtins;
        if ((code.flags & PyCode.CO_OPTIMIZED) != 0) {
            // a function's code runs as a call of a function made from it, with no arguments: a
            // function frame (f_locals a proxy, the locals mapping unused), and parameters missing
            PyFunction fn = new PyFunction(code, g, builtins);
            fn.qualname = code.name; // PyEval_EvalCode's function is named by co_name only
            fn.closure = closure;
            return Abstract.call(fn);
        }
        PyFrame frame = new PyFrame(code, g, builtins, locals, (PyFunction) null);
        if (closure != null) {
            int nfree = closure.items.length;
            int base = code.localsplusnames.length - nfree;
            for (int i = 0; i < nfree; i++) frame.localsplus[base + i] = closure.items[i];
        }
        return Eval.run(frame);
    }
}
