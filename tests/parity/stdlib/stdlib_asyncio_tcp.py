# asyncio on the Java select and _socket modules (issue 10): a TCP echo server and clients over
# loopback with streams, the loop's sock_* calls, datagram endpoints, refused connections, timeouts.
import asyncio
import socket

async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'bye ' + str(peer[0]).encode() + b'\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()

class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done
    def datagram_received(self, data, addr):
        self.done.set_result(data)

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async def client(name):
            reader, writer = await asyncio.open_connection('127.0.0.1', port)
            out = []
            for i in range(3):
                writer.write(f'{name} line {i}\n'.encode())
                await writer.drain()
                out.append(await reader.readline())
            writer.write_eof()
            out.append(await reader.read())
            writer.close()
            await writer.wait_closed()
            return out
        for r in await asyncio.gather(*(client(n) for n in ['a', 'b', 'c'])):
            print(r)

    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, lsock.getsockname())
    conn, addr = await accept
    conn.setblocking(False)
    await loop.sock_sendall(csock, b'through sock_sendall')
    print(await loop.sock_recv(conn, 100))
    buf = bytearray(5)
    await loop.sock_sendall(conn, b'12345')
    print(await loop.sock_recv_into(csock, buf), buf)
    for s in (conn, csock, lsock):
        s.close()

    done = loop.create_future()
    server_t, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    client_t, _ = await loop.create_datagram_endpoint(lambda: Client(done), remote_addr=server_t.get_extra_info('sockname'))
    client_t.sendto(b'datagram')
    print(await asyncio.wait_for(done, 5))
    client_t.close()
    server_t.close()

    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    free = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection('127.0.0.1', free)
    except OSError as e:
        print(type(e).__name__, e.errno)
    quiet, other = socket.socketpair()
    quiet.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(quiet, 1), 0.05)
    except TimeoutError as e:
        print('TimeoutError', repr(e))
    quiet.close()
    other.close()
    rsock, wsock = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=rsock)
    loop.call_later(0.01, wsock.send, b'late data\n')
    print(await reader.readline())
    writer.close()
    wsock.close()

asyncio.run(main())
print('done')
