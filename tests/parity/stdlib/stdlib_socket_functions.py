# _socket's module functions (issue 5): numeric name resolution in getaddrinfo's format, byte order,
# inet_* conversions, services, default timeouts, constants; errors with CPython's types and messages.
import socket

def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

for e in ["socket.getaddrinfo('127.0.0.1', 80)",
          "socket.getaddrinfo('127.0.0.1', 'http', type=socket.SOCK_STREAM)",
          "socket.getaddrinfo('::1', 8080, socket.AF_INET6, socket.SOCK_DGRAM)",
          "socket.getaddrinfo(None, 80, type=socket.SOCK_STREAM)",
          "socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)",
          "socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_STREAM)",
          "socket.getaddrinfo('127.0.0.1', '443', proto=socket.IPPROTO_TCP)",
          "socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM)",
          "socket.getaddrinfo('127.0.0.1', 'no-such-service')",
          "socket.getaddrinfo('::1', 80, socket.AF_INET)",
          "socket.getaddrinfo('no-such-host.invalid', 80)",
          "socket.gethostbyname('127.0.0.1')", "socket.gethostbyname('localhost')",
          "socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)",
          "socket.getnameinfo(('127.0.0.1', 443), socket.NI_NUMERICHOST)",
          "socket.getservbyname('http'), socket.getservbyname('https', 'tcp'), socket.getservbyport(22)",
          "socket.htons(1), socket.ntohs(0x1234), socket.htonl(1), socket.ntohl(0x12345678)",
          "socket.htons(-1)", "socket.htons(70000)", "socket.htonl(2**32)",
          "socket.inet_aton('192.168.1.2'), socket.inet_aton('10.1'), socket.inet_aton('0x7f.1'), socket.inet_aton('127')",
          "socket.inet_aton('1.2.3.256')", "socket.inet_aton('abc')", "socket.inet_aton(b'1.2.3.4')",
          "socket.inet_ntoa(b'\\x7f\\x00\\x00\\x01'), socket.inet_ntoa(bytearray(b'\\xff\\xff\\xff\\xff'))",
          "socket.inet_ntoa(b'\\x01\\x02')",
          "socket.inet_pton(socket.AF_INET, '10.0.0.1'), socket.inet_pton(socket.AF_INET6, '2001:db8::8:800:200c:417a')",
          "socket.inet_pton(socket.AF_INET6, '::ffff:10.0.0.1'), socket.inet_pton(socket.AF_INET6, '1:2:3:4:5:6:7:8')",
          "socket.inet_pton(socket.AF_INET, '10.1')", "socket.inet_pton(socket.AF_INET6, '1::2::3')",
          "socket.inet_pton(socket.AF_INET6, '12345::')", "socket.inet_pton(99, '1.2.3.4')",
          "[socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, a)) for a in ['::', '::1', '1::', '1:0:0:2::3', '0:0:1::', 'fe80::1:2', '::ffff:1.2.3.4', '::1.2.3.4', '1:0:0:0:2:0:0:3', 'ABCD::EF']]",
          "socket.inet_ntop(socket.AF_INET, b'\\x01\\x02\\x03\\x04')", "socket.inet_ntop(socket.AF_INET, b'\\x01')",
          "socket.inet_ntop(socket.AF_INET6, b'\\x00' * 15)",
          "socket.getdefaulttimeout()", "socket.setdefaulttimeout(-2)",
          "socket.AF_INET, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RDWR, socket.SOMAXCONN",
          "socket.timeout is TimeoutError, socket.error is OSError, socket.gaierror.__mro__, socket.herror.__module__",
          "socket.has_ipv6, isinstance(socket.gethostname(), str)",
          "socket.socket(99)", "socket.socket(socket.AF_INET, 99)", "socket.socket(fileno=-5)",
          "[n for i, n in socket.if_nameindex()][:1]", "socket.if_nametoindex('lo')", "socket.if_indextoname(socket.if_nametoindex('lo'))",
          ]:
    show(e)

socket.setdefaulttimeout(2.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.gettimeout(), s.type, s.getblocking())
s.close()
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print(s.getsockname(), s.family, s.type, s.proto)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
s.close()
with socket.socket() as s:
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
    print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0, s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4), s.getsockname())
    try:
        s.getpeername()
    except OSError as e:
        print(type(e).__name__, e)
