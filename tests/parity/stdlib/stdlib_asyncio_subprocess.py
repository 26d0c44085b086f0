# asyncio subprocesses: create_subprocess_exec/_shell with pipes, communicate(), wait(),
# reading a child's output line by line, return codes, and several children at once.
import asyncio
import sys


async def echo():
    p = await asyncio.create_subprocess_exec("/bin/echo", "hello", "world", stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print("echo:", out, err, p.returncode)


async def cat_stdin():
    p = await asyncio.create_subprocess_exec(
        "/bin/cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b"line one\nline two\n" * 3)
    print("cat:", out.decode().splitlines(), p.returncode)


async def shell():
    p = await asyncio.create_subprocess_shell(
        "echo out; echo err 1>&2; exit 3", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print("shell:", out, err, p.returncode)


async def lines():
    p = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", "for i in 1 2 3; do echo n$i; done", stdout=asyncio.subprocess.PIPE)
    got = []
    while True:
        line = await p.stdout.readline()
        if not line:
            break
        got.append(line)
    print("readline:", got, await p.wait())


async def wait_only():
    p = await asyncio.create_subprocess_exec("/bin/sh", "-c", "exit 7")
    print("wait:", await p.wait(), p.returncode)


async def many():
    async def one(i):
        p = await asyncio.create_subprocess_exec("/bin/sh", "-c", f"echo {i}", stdout=asyncio.subprocess.PIPE)
        out, _ = await p.communicate()
        return int(out), p.returncode
    print("gather:", await asyncio.gather(*(one(i) for i in range(4))))


async def missing():
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print("missing:", type(e).__name__, e.errno)


async def main():
    await echo()
    await cat_stdin()
    await shell()
    await lines()
    await wait_only()
    await many()
    await missing()
    try:
        await asyncio.wait_for(asyncio.create_subprocess_exec("/bin/true"), 30)
        print("wait_for: ok")
    except Exception as e:
        print("wait_for:", type(e).__name__)

asyncio.run(main())
print("done")
