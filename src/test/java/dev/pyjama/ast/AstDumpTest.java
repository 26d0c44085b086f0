package dev.pyjama.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyEllipsis;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.testing.CPython313;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AstDump against CPython 3.13's ast.dump. CPython parses a set of snippets (every node
 * class, constant type and dump corner case) and some standard library files, and sends
 * each tree in a simple line format together with its dumps; the tree is rebuilt here
 * through the generated constructors and dumped by AstDump.
 *
 * <p>Set the system property {@code pyjama.astdump.stdlib=all} to do this for every file of
 * the standard library (about 400 MB of dumps, a minute or two). Known difference there:
 * string constants holding a lone high surrogate followed by a lone low surrogate (two
 * {@code \\u} escapes in the source, in about ten test files) become one supplementary
 * character in a Java String, so their repr differs.
 */
class AstDumpTest {

    /**
     * Python. {@code snippets}: dump the snippets; {@code list}: list the library's files;
     * {@code FILES N}: dump those files (comma-separated) with the first N flat variants.
     * Output per tree: {@code case NAME}, the tree, then {@code dump ANNOTATE ATTRS INDENT HEX}.
     */
    private static final String SCRIPT = String.join("\n",
        "import ast, os, struct, sys, sysconfig",
        "SNIPPETS = [",
        "  ('exec', 'x = 1\\n'),",
        "  ('exec', 'def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\\n    \"doc\"\\n    return a\\n'),",
        "  ('exec', 'def f(): pass\\nasync def g(*, a): await x\\nlambda: 0\\nlambda a, *b, c=1, **d: a\\n'),",
        "  ('exec', '@dec\\n@dec2(1)\\nclass C(B, metaclass=M, **kw):\\n    x: int\\n    y: int = 2\\n    (z): int\\n'),",
        "  ('exec', 'del a, b[1], c.d\\na = b = c\\na += 1\\na @= b\\nx.y //= 2\\n'),",
        "  ('exec', 'for x in y:\\n    break\\nelse:\\n    continue\\nasync def f():\\n    async for a in b: pass\\n    async with a as b, c: pass\\n'),",
        "  ('exec', 'while x: pass\\nelse: pass\\nif a: pass\\nelif b: pass\\nelse: pass\\nwith a, b as (c, d): pass\\n'),",
        "  ('exec', 'try:\\n    pass\\nexcept E as e:\\n    raise X from e\\nexcept:\\n    raise\\nelse:\\n    pass\\nfinally:\\n    pass\\n'),",
        "  ('exec', 'try:\\n    pass\\nexcept* (A, B):\\n    pass\\n'),",
        "  ('exec', 'assert x\\nassert x, \"msg\"\\nimport a.b as c, d\\nfrom . import x\\nfrom ..m import (a as b, c)\\nfrom m import *\\n'),",
        "  ('exec', 'def f():\\n    global a, b\\n    def g():\\n        nonlocal c\\n    yield\\n    yield 1\\n    x = yield from g()\\n'),",
        "  ('exec', 'a and b or not c\\n-a + ~b - +c\\na * b / c % d ** e << f >> g | h ^ i & j // k @ l\\n'),",
        "  ('exec', 'a < b <= c > d >= e == f != g is h is not i in j not in k\\n(y := 10)\\na if b else c\\n'),",
        "  ('exec', '{}\\n{1: 2, **d, 3: 4}\\n{1, 2}\\n[1, *a]\\n(1,)\\n()\\n[x for x in y if x if z for w in x]\\n{x for x in y}\\n{k: v async for k, v in y}\\n(x for x in y)\\n'),",
        "  ('exec', 'f(a, *b, c=d, **e)\\na.b.c\\na[1]\\na[1:2]\\na[::3]\\na[1:2, 3]\\na[...]\\n*a, b = c\\n'),",
        "  ('exec', 'f\"a{b!r:>{w}} {c=} {d!s} {e!a:x}\"\\nf\"\"\\nf\"{x}\"\\nf\"{x:{y}.{z}f}\"\\n'),",
        "  ('exec', 'None\\nTrue\\nFalse\\n...\\n0\\n-1\\n12345678901234567890123456789\\n0x10\\n1.5\\n1e300\\n1e-7\\n1e16\\n10j\\n1.5j\\n0j\\n'),",
        "  ('exec', '\"\"\\n\\'\\'\\nu\"kind\"\\nb\"\"\\nb\"\\\\x00\\\\xff\\'\\\\\"\"\\nr\"\\\\n\"\\n\"it\\'s\"\\n\\'\"\\'\\n\"\\\\t\\\\n\\\\r\\\\x7f\\\\x80\\\\xa0\\\\u2028\\\\U0001f600\\\\ud800é€\"\\n'),",
        "  ('exec', 'été = 1\\nπ = ℌ\\n_ = __\\n'),",
        "  ('exec', 'match x:\\n    case 1 | 2: pass\\n    case None: pass\\n    case True: pass\\n    case -1.5j: pass\\n    case a.b: pass\\n'),",
        "  ('exec', 'match x:\\n    case [a, *b, _]: pass\\n    case (a, *_): pass\\n    case {1: a, \"k\": b, **rest}: pass\\n    case {}: pass\\n'),",
        "  ('exec', 'match x:\\n    case C(a, b=c, d=[e]): pass\\n    case C(): pass\\n    case (a as b) if b > 1: pass\\n    case _: pass\\n    case [*_] as y: pass\\n'),",
        "  ('exec', 'type X = int\\ntype Y[T, *Ts, **P] = list[T]\\ndef f[T: int = str, U = bool](x: T) -> U: pass\\nclass C[T: (int, str)]: pass\\n'),",
        "  ('exec', 'def f(a,  # type: int\\n      b):\\n    # type: (...) -> None\\n    pass\\nx = []  # type: list[int]\\nfor a in b:  # type: int\\n    pass\\nwith a:  # type: int\\n    pass\\nimport x  # type: ignore[foo]\\n', True),",
        "  ('eval', 'a + b * 2'),",
        "  ('eval', 'lambda: (x, *y)'),",
        "  ('single', 'x = 1\\n'),",
        "  ('single', 'if x:\\n    pass\\n\\n'),",
        "  ('func_type', '(int, str) -> bool'),",
        "  ('func_type', '() -> None'),",
        "]",
        "",
        "def encode(w, v):",
        "    if isinstance(v, ast.AST):",
        "        w('N ' + type(v).__name__)",
        "        for f in v._fields: encode(w, getattr(v, f))",
        "        for a in v._attributes: encode(w, getattr(v, a))",
        "    elif isinstance(v, list):",
        "        w('L %d' % len(v))",
        "        for x in v: encode(w, x)",
        "    elif v is None: w('-')",
        "    elif v is True: w('T')",
        "    elif v is False: w('F')",
        "    elif v is Ellipsis: w('E')",
        "    elif isinstance(v, str): w('S ' + ','.join('%x' % ord(c) for c in v))",
        "    elif isinstance(v, int): w('I %x' % v)",
        "    elif isinstance(v, float): w('D %x' % struct.unpack('<Q', struct.pack('<d', v))[0])",
        "    elif isinstance(v, complex): w('C %x %x' % (struct.unpack('<Q', struct.pack('<d', v.real))[0], struct.unpack('<Q', struct.pack('<d', v.imag))[0]))",
        "    elif isinstance(v, bytes): w('B ' + v.hex())",
        "    else: raise TypeError(type(v))",
        "",
        "def hexed(s): return s.encode('utf-8', 'surrogatepass').hex()",
        "",
        "def case(name, tree, variants):",
        "    lines = ['case ' + name]",
        "    encode(lines.append, tree)",
        "    for ann, attrs, ind in variants:",
        "        lines.append('dump %d %d %s %s' % (ann, attrs, 'None' if ind is None else hexed(' ' * ind if isinstance(ind, int) else ind) or '-', hexed(ast.dump(tree, ann, attrs, indent=ind))))",
        "    sys.stdout.write('\\n'.join(lines) + '\\n')",
        "",
        "FLAT = [(True, False, None), (True, True, None), (False, False, None), (False, True, None)]",
        "INDENTED = [(True, False, 2), (False, True, '\\t'), (True, True, 0)]",
        "stdlib = sysconfig.get_paths()['stdlib']",
        "if sys.argv[1] == 'list':",
        "    for d, _, fs in os.walk(stdlib):",
        "        for f in fs:",
        "            if f.endswith('.py'): print(os.path.relpath(os.path.join(d, f), stdlib))",
        "    sys.exit()",
        "if sys.argv[1] == 'snippets':",
        "    for i, (mode, src, *tc) in enumerate(SNIPPETS):",
        "        case('snippet %d' % i, ast.parse(src, mode=mode, type_comments=bool(tc)), FLAT + INDENTED)",
        "    sys.exit()",
        "variants = FLAT[:int(sys.argv[2])]",
        "for rel in sys.argv[1].split(','):",
        "    try:",
        "        with open(os.path.join(stdlib, rel), 'rb') as f:",
        "            tree = ast.parse(f.read())",
        "    except (SyntaxError, ValueError, OSError):",
        "        continue",
        "    case(rel, tree, variants)",
        "");

    private static final String SAMPLE_FILES = String.join(",", "ast.py", "typing.py", "dataclasses.py",
        "asyncio/tasks.py", "enum.py", "test/test_grammar.py", "test/test_patma.py", "test/test_type_params.py",
        "test/test_fstring.py", "test/test_unicode_identifiers.py", "test/test_string_literals.py");

    // ---- rebuilding trees from the line format ----

    private final Map<String, Constructor<?>> constructors = new HashMap<>();
    private final Map<String, AstObject> constants = new HashMap<>();
    private String[] lines;
    private int pos;

    AstDumpTest() {
        for (Method m : Visitor.class.getMethods()) {
            Class<?> cls = m.getParameterTypes()[0];
            Constructor<?> c = cls.getConstructors()[0];
            Object[] args = new Object[c.getParameterCount()];
            for (int i = 0; i < args.length; i++) if (c.getParameterTypes()[i] == int.class) args[i] = 0;
            try {
                constructors.put(((Node) c.newInstance(args)).pyName(), c);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        for (Class<?> e : List.of(AstExprContext.class, AstBoolop.class, AstOperator.class, AstUnaryop.class, AstCmpop.class)) {
            for (Object o : e.getEnumConstants()) constants.put(((AstObject) o).pyName(), (AstObject) o);
        }
    }

    private Object read(Type type) throws ReflectiveOperationException {
        String line = lines[pos++];
        char tag = line.charAt(0);
        String arg = line.length() > 2 ? line.substring(2) : "";
        if (type instanceof ParameterizedType) {
            if (tag == '-') return null;
            assertEquals('L', tag, "a list");
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int n = Integer.parseInt(arg);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(read(element));
            return list;
        }
        if (type == int.class || type == Integer.class) {
            return tag == '-' ? null : new BigInteger(arg, 16).intValueExact();
        }
        if (type == String.class) {
            return tag == '-' ? null : codePoints(arg);
        }
        if (type == PyObject.class) {
            switch (tag) {
                case '-': return PyNone.NONE;
                case 'T': return PyBool.TRUE;
                case 'F': return PyBool.FALSE;
                case 'E': return PyEllipsis.ELLIPSIS;
                case 'I': return PyInt.of(new BigInteger(arg, 16));
                case 'D': return PyFloat.of(Double.longBitsToDouble(Long.parseUnsignedLong(arg, 16)));
                case 'C': {
                    String[] p = arg.split(" ");
                    return new PyComplex(Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16)),
                                         Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16)));
                }
                case 'S': return PyStr.of(codePoints(arg));
                case 'B': return new PyBytes(HexFormat.of().parseHex(arg));
                default: throw new AssertionError("constant " + line);
            }
        }
        if (tag == '-') return null;
        assertEquals('N', tag, "a node at line " + pos);
        AstObject constant = constants.get(arg);
        if (constant != null) return constant;
        Constructor<?> c = constructors.get(arg);
        Type[] params = c.getGenericParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) args[i] = read(params[i]);
        return c.newInstance(args);
    }

    private static String codePoints(String hexList) {
        StringBuilder sb = new StringBuilder();
        if (!hexList.isEmpty()) {
            for (String h : hexList.split(",")) {
                int cp = Integer.parseInt(h, 16);
                if (cp >= 0xd800 && cp <= 0xdfff) sb.append((char) cp);
                else sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String unhex(String s) {
        return new String(HexFormat.of().parseHex(s), StandardCharsets.UTF_8);
    }

    // ---- the comparison ----

    private int cases, dumps;
    private long chars, nanos;
    private final List<String> failures = new ArrayList<>();

    @Test
    void dumpMatchesCPython() throws Exception {
        compare(CPython313.run(SCRIPT, null, "snippets"));
        String files = System.getProperty("pyjama.astdump.stdlib", SAMPLE_FILES);
        if (files.equals("all")) {
            // The whole library, in batches, with the two dumps the parser tests will use.
            List<String> all = List.of(CPython313.run(SCRIPT, null, "list").split("\n"));
            for (int i = 0; i < all.size(); i += 40) {
                compare(CPython313.run(SCRIPT, null, String.join(",", all.subList(i, Math.min(all.size(), i + 40))), "2"));
            }
        } else {
            compare(CPython313.run(SCRIPT, null, files, "4"));
        }
        System.out.printf("AstDumpTest: %d trees, %d dumps (%.1f MB) compared with CPython; dumping took %d ms%n",
                          cases, dumps, chars / 1e6, nanos / 1_000_000);
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    /** Rebuilds each tree of CPython's output and compares its dumps. */
    private void compare(String output) throws ReflectiveOperationException {
        lines = output.split("\n");
        pos = 0;
        while (pos < lines.length) {
            String name = lines[pos++].substring(5);
            Node tree = (Node) read(Node.class);
            cases++;
            while (pos < lines.length && lines[pos].startsWith("dump ")) {
                String[] w = lines[pos++].split(" ");
                boolean annotate = w[1].equals("1"), attrs = w[2].equals("1");
                String indent = w[3].equals("None") ? null : w[3].equals("-") ? "" : unhex(w[3]);
                String want = unhex(w.length > 4 ? w[4] : "");
                long t0 = System.nanoTime();
                String got = annotate && indent == null ? AstDump.dump(tree, attrs) : AstDump.dump(tree, annotate, attrs, indent);
                nanos += System.nanoTime() - t0;
                chars += got.length();
                dumps++;
                if (!got.equals(want) && failures.size() < 10) {
                    failures.add(name + " (annotate=" + annotate + ", attributes=" + attrs + ", indent="
                        + (indent == null ? "None" : "'" + indent + "'") + "):\n" + firstDifference(want, got));
                }
            }
        }
        lines = null;
    }

    private static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        int from = Math.max(0, i - 80);
        return "  CPython: ..." + want.substring(from, Math.min(want.length(), i + 80))
            + "\n  pyjama:  ..." + got.substring(from, Math.min(got.length(), i + 80));
    }

    @Test
    void dumpRejectsNonNodes() {
        PyException e = assertThrows(PyException.class, () -> AstDump.dump(PyInt.of(1), false));
        assertEquals("TypeError", e.pyType());
        assertEquals("expected AST, got 'int'", e.getMessage());
    }
}
