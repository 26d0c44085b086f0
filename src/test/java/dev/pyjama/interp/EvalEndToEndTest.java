package dev.pyjama.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.cli.Main;
import dev.pyjama.testing.CPython313;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Small programs run through the launcher in-process and by CPython 3.13 as scripts: stdout,
 * stderr (tracebacks included) and the exit status must agree.
 */
class EvalEndToEndTest {

    static final String[] PROGRAMS = {
        // calls, closures, defaults, recursion
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n"
            + "def mk(a, *args, b=3, **kw):\n    def inner(x):\n        return a + x + b\n    return inner\n"
            + "print(mk(1)(2), mk(1, b=10)(2))\n"
            + "def kw(a, /, b, *, c=5):\n    return a * 100 + b * 10 + c\nprint(kw(1, 2), kw(1, b=3, c=4))\n"
            + "def star(*a, **k):\n    return len(a), len(k)\nprint(star(*[1, 2], **{'x': 1}))\n",
        // generators, yield from, comprehensions, unpacking
        "def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n    return 99\n"
            + "for x in gen(3):\n    print(x)\n"
            + "def g2():\n    r = yield from gen(2)\n    print('r', r)\nfor y in g2():\n    print('y', y)\n"
            + "print([i * 2 for i in gen(4)])\n"
            + "a, *b, c = gen(5)\nprint(a, b, c)\n"
            + "print(list(gen(0)) if False else next(gen(1)))\n",
        // exceptions: handlers, finally, with a return in it, re-raise
        "try:\n    raise ValueError('boom')\nexcept ValueError as e:\n    print('caught', e)\n"
            + "def f():\n    try:\n        return 1\n    finally:\n        print('fin')\nprint(f())\n"
            + "def g():\n    try:\n        raise KeyError('k')\n    except KeyError:\n        raise\n"
            + "try:\n    g()\nexcept LookupError as e:\n    print('lookup', repr(e))\n"
            + "def three():\n    yield 0\n    yield 1\n    yield 2\n"
            + "for i in three():\n    try:\n        if i == 1:\n            continue\n        print(i)\n    finally:\n        print('f', i)\n",
        // uncaught: traceback with carets
        "def f(a, b, *, c):\n    return a\ndef g():\n    return f(1, 2, 3)\ng()\n",
        "def f(a, b):\n    pass\nx = [f(1)]\n",
        "def f(**k):\n    return k\nf(**{'a': 1}, a=2)\n",
        "def f(a, /, b):\n    pass\nf(a=1, b=2)\n",
        "def f(alpha, beta):\n    pass\nf(1, bета=2) if False else f(1, betta=2)\n",
        // chained exceptions
        "def h():\n    try:\n        raise KeyError('k')\n    except KeyError as e:\n        raise ValueError('v') from e\nh()\n",
        "try:\n    raise TypeError('first')\nexcept TypeError:\n    raise RuntimeError('second')\n",
        "try:\n    raise TypeError('first')\nexcept TypeError:\n    raise RuntimeError('second') from None\n",
        // NameError / UnboundLocalError, with suggestions
        "def f():\n    value = 1\n    return valeu\nf()\n",
        "def f():\n    print(x)\n    x = 1\nf()\n",
        "print(undefined_name_here)\n",
        // recursion limit
        "def r(n):\n    return r(n + 1)\nr(0)\n",
        // sys.exit
        "import sys\nprint('out')\nsys.exit(3)\n",
        "import sys\nsys.exit('bye')\n",
        // classes
        "class A:\n    x = 1\n    def m(self):\n        return 2\nclass B(A):\n    pass\nprint(B.__mro__ if False else 'ok')\n",
        // after the merge: classes, super, properties, with, match, comprehensions, slices, f-strings, coroutines
        "class Base:\n"
            + "    def __init__(self, x):\n"
            + "        self.x = x\n"
            + "    def hello(self):\n"
            + "        return f\"Base {self.x!r:>5}\"\n"
            + "    @property\n"
            + "    def double(self):\n"
            + "        return self.x * 2\n"
            + "class Child(Base):\n"
            + "    def __init__(self, x, y):\n"
            + "        super().__init__(x)\n"
            + "        self.y = y\n"
            + "    def hello(self):\n"
            + "        return \"Child \" + super().hello() + f\" {self.y:03d}\"\n"
            + "c = Child(3, 7)\n"
            + "print(c.hello(), c.double, Child.__mro__)\n"
            + "class CM:\n"
            + "    def __enter__(self):\n"
            + "        print(\"enter\"); return self\n"
            + "    def __exit__(self, t, v, tb):\n"
            + "        print(\"exit\", t.__name__ if t else None); return True\n"
            + "with CM() as m:\n"
            + "    raise ValueError(\"x\")\n"
            + "with CM():\n"
            + "    print(\"body\")\n"
            + "def m(v):\n"
            + "    match v:\n"
            + "        case [1, *rest]:\n"
            + "            return f\"list {rest}\"\n"
            + "        case {\"a\": a, **kw}:\n"
            + "            return f\"map {a} {kw}\"\n"
            + "        case Child(x=3, y=yy):\n"
            + "            return f\"child {yy}\"\n"
            + "        case int(n) if n > 5:\n"
            + "            return \"big int\"\n"
            + "        case str() | bytes():\n"
            + "            return \"text\"\n"
            + "        case _:\n"
            + "            return \"other\"\n"
            + "for v in ([1, 2, 3], {\"a\": 1, \"b\": 2}, c, 10, \"s\", 2.5):\n"
            + "    print(m(v))\n"
            + "d = {k: v for k, v in [(\"a\", 0), (\"b\", 1), (\"c\", 2)]}\n"
            + "s = {x % 3 for x in range(10)}\n"
            + "print(d, s, d[\"b\"], [1, 2, 3][1:], \"hello\"[::-1])\n"
            + "x = [1, 2, 3, 4]\n"
            + "x[1:3] = [\"a\"]\n"
            + "del x[0]\n"
            + "print(x, *x, sep=\"|\")\n"
            + "print(sorted(d.items(), key=lambda kv: -kv[1]))\n"
            + "import sys\n"
            + "print(sys.getrecursionlimit(), sys._getframe().f_code.co_name)\n"
            + "def deco(f):\n"
            + "    def w(*a, **k):\n"
            + "        print(\"call\", f.__name__)\n"
            + "        return f(*a, **k)\n"
            + "    return w\n"
            + "@deco\n"
            + "def add(a, b=2):\n"
            + "    return a + b\n"
            + "print(add(1), add(1, b=5))\n"
            + "try:\n"
            + "    {}[\"missing\"]\n"
            + "except KeyError as e:\n"
            + "    print(\"KE\", e, repr(e))\n"
            + "a = 10\n"
            + "def outer():\n"
            + "    a = 1\n"
            + "    def inner():\n"
            + "        nonlocal a\n"
            + "        a += 1\n"
            + "        return a\n"
            + "    return inner\n"
            + "i = outer(); i(); print(i(), a)\n"
            + "print(f\"{3.14159:.2f} {'x':*^7} {12345:,}\")\n"
            + "async def co():\n"
            + "    return 42\n"
            + "def drive(c):\n"
            + "    try:\n"
            + "        c.send(None)\n"
            + "    except StopIteration as e:\n"
            + "        return e.value\n"
            + "print(drive(co()))\n"
            + "print(globals()[\"a\"], eval(\"a + 1\"), exec(\"z = 5\") or z)\n",
        // generator methods: send, throw, close, yield from delegation, StopIteration inside a generator
        "def g():\n"
            + "    x = yield 1\n"
            + "    print(\"got\", x)\n"
            + "    try:\n"
            + "        yield 2\n"
            + "    except KeyError:\n"
            + "        print(\"ke\")\n"
            + "        yield 3\n"
            + "    finally:\n"
            + "        print(\"closing\")\n"
            + "it = g()\n"
            + "print(next(it))\n"
            + "print(it.send(\"hi\"))\n"
            + "print(it.throw(KeyError))\n"
            + "it.close()\n"
            + "def sub():\n"
            + "    try:\n"
            + "        yield 1\n"
            + "        yield 2\n"
            + "    except ValueError:\n"
            + "        yield 'v'\n"
            + "    return 'ret'\n"
            + "def outer():\n"
            + "    r = yield from sub()\n"
            + "    print('outer got', r)\n"
            + "    yield 'end'\n"
            + "o = outer()\n"
            + "print(next(o), o.throw(ValueError), next(o), next(o, 'done'))\n"
            + "def stop():\n"
            + "    yield 1\n"
            + "    raise StopIteration\n"
            + "for v in stop():\n"
            + "    print(v)\n",
    };

    @Test
    void programsBehaveAsInCPython() throws Exception {
        CPython313.require();
        Path dir = Files.createTempDirectory("eval-e2e");
        Path file = dir.resolve("p.py");
        int compared = 0;
        try {
            for (String program : PROGRAMS) {
                Files.writeString(file, program);
                String expected = CPython313.run(
                        "import subprocess, sys\n"
                        + "r = subprocess.run([sys.executable, 'p.py'], capture_output=True, text=True, cwd=sys.argv[1])\n"
                        + "print(r.returncode); print(r.stdout, end=''); print('--stderr--'); print(r.stderr, end='')\n",
                        null, dir.toString());
                assertEquals(expected, runPyjama(dir, "p.py"), program);
                compared++;
            }
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
        System.out.println("EvalEndToEndTest: compared " + compared + " programs with CPython 3.13");
    }

    @Test
    void commandsShowTheirSourceInTracebacks() throws Exception {
        CPython313.require();
        String program = "def f(): g()\nprint('before')\nf()\n";
        String expected = CPython313.run(
                "import subprocess, sys\n"
                + "r = subprocess.run([sys.executable, '-c', sys.argv[1]], capture_output=True, text=True)\n"
                + "print(r.returncode); print(r.stdout, end=''); print('--stderr--'); print(r.stderr, end='')\n",
                null, program);
        assertEquals(expected, runPyjama(Path.of("").toAbsolutePath(), "-c", program));
    }

    /** Runs {@code pyjama args} in-process on a thread with the launcher's large stack. */
    static String runPyjama(Path cwd, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = Main.run(args, cwd, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                "MainThread", 1L << 30);
        t.start();
        t.join();
        return status[0] + "\n" + out.toString(StandardCharsets.UTF_8) + "--stderr--\n" + err.toString(StandardCharsets.UTF_8);
    }
}
