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
