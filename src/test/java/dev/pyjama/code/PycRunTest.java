package dev.pyjama.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjama.testing.CPython313;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Module code read by pyjama and written as a .pyc by pyjama runs in CPython 3.13 as the source does. */
class PycRunTest {

    private static final String[] PROGRAMS = {
        String.join("\n",
            "for i in range(1, 16):",
            "    print('FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else i)",
            "print(f'{3.5!r:>8}|{\"x\"!a}|{1e100}|{-0.0}|{2**100}|{1j}|{b\"\\x00\"}')", ""),
        String.join("\n",
            "class Counter:",
            "    def __init__(self, n):",
            "        self.n = n",
            "    def __iter__(self):",
            "        i = 0",
            "        while i < self.n:",
            "            yield i",
            "            i += 1",
            "def make(k):",
            "    def add(x, *, y=1):",
            "        return x + k + y",
            "    return add",
            "print([make(10)(v) for v in Counter(4)], {v: v * v for v in Counter(3)})",
            "print(sorted({'b', 'a', 'c'}), 'a' in {'a', 'b'}, (1, 2) in {(1, 2), (3,)})", ""),
        String.join("\n",
            "def f(x):",
            "    try:",
            "        if x:",
            "            raise ValueError(x)",
            "        return 'no error'",
            "    except* ValueError as eg:",
            "        print('caught', eg.exceptions)",
            "    finally:",
            "        print('finally', x)",
            "print(f(0))",
            "f(1)",
            "match {'kind': 'point', 'x': 1}:",
            "    case {'kind': 'point', 'x': int(x)} if x > 0:",
            "        print('point', x)",
            "    case _:",
            "        print('other')", ""),
        String.join("\n",
            "import asyncio",
            "async def gen(n):",
            "    for i in range(n):",
            "        yield i",
            "async def main():",
            "    async with asyncio.timeout(5):",
            "        print([i async for i in gen(3)], await asyncio.sleep(0, 'slept'))",
            "asyncio.run(main())",
            "type Alias[T] = list[T]",
            "def first[T](xs: Alias[T]) -> T:",
            "    return xs[0]",
            "print(first([7, 8]), Alias.__type_params__)", ""),
    };

    private static final String COMPILE_AND_RUN = String.join("\n",
        "import marshal, sys, io, contextlib",
        "src = sys.stdin.read()",
        "code = compile(src, 'prog.py', 'exec')",
        "print(marshal.dumps(code).hex())",
        "out = io.StringIO()",
        "with contextlib.redirect_stdout(out):",
        "    exec(code, {'__name__': '__main__'})",
        "print(out.getvalue(), end='')",
        "");

    private static final String RUN_PYC = "import runpy, sys\nrunpy.run_path(sys.argv[1], run_name='__main__')\n";

    @Test
    void pycWrittenByPyjamaRunsInCPython() throws Exception {
        Path dir = Files.createTempDirectory("pyc-run");
        try {
            for (int i = 0; i < PROGRAMS.length; i++) {
                String out = CPython313.run(COMPILE_AND_RUN, PROGRAMS[i]);
                int nl = out.indexOf('\n');
                PyCode code = (PyCode) Marshal.loads(LineTableTest.unhex(out.substring(0, nl)));
                String expected = out.substring(nl + 1);
                Path pyc = dir.resolve("prog" + i + ".pyc");
                Files.write(pyc, Pyc.timestamped(code, 0, PROGRAMS[i].length()));
                assertEquals(expected, CPython313.run(RUN_PYC, null, pyc.toString()), "program " + i);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.delete(p);
            }
            Files.delete(dir);
        }
    }
}
