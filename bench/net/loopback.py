# loopback round trips: blocking sockets with a thread, and asyncio streams
import asyncio, socket, threading, time
N = 2000
srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()
def serve():
    c, _ = srv.accept()
    while d := c.recv(100):
        c.sendall(d)
    c.close()
t = threading.Thread(target=serve); t.start()
c = socket.create_connection(srv.getsockname())
t0 = time.perf_counter()
for i in range(N):
    c.sendall(b'x' * 100)
    got = 0
    while got < 100:
        got += len(c.recv(100))
dt = time.perf_counter() - t0
c.close(); t.join(); srv.close()
print(f'blocking sockets: {N} round trips of 100 bytes in {dt:.2f}s ({N/dt:.0f}/s)')

async def handle(r, w):
    while line := await r.readline():
        w.write(line); await w.drain()
    w.close()
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    r, w = await asyncio.open_connection(*server.sockets[0].getsockname())
    t0 = time.perf_counter()
    for i in range(N):
        w.write(b'y' * 99 + b'\n'); await w.drain(); await r.readline()
    dt = time.perf_counter() - t0
    w.close(); server.close()
    print(f'asyncio streams: {N} round trips of 100 bytes in {dt:.2f}s ({N/dt:.0f}/s)')
asyncio.run(main())
