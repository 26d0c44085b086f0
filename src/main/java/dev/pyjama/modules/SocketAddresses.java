package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Socket addresses between Python's tuples and strings and Java's {@link SocketAddress}, name
 * resolution (getaddrinfo and friends, on {@link InetAddress}) and the inet_* conversions.
 */
// CPython: Modules/socketmodule.c getsockaddrarg, makesockaddr, setipaddr, socket_getaddrinfo
final class SocketAddresses {
    private SocketAddresses() {}

    static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int AI_PASSIVE = 1, NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8, NI_DGRAM = 16;
    static PyType gaierror, herror;

    /** The few services of /etc/services that programs name: (name, port). */
    private static final Object[] SERVICES = {"echo", 7, "ftp", 21, "ssh", 22, "telnet", 23, "smtp", 25, "domain", 53,
        "http", 80, "pop3", 110, "imap2", 143, "https", 443, "imaps", 993, "pop3s", 995};

    static PyException gaiError(int code) {
        String msg = switch (code) {
            case -2 -> "Name or service not known";
            case -3 -> "Temporary failure in name resolution";
            case -5 -> "No address associated with hostname";
            case -6 -> "ai_family not supported";
            case -7 -> "ai_socktype not supported";
            case -8 -> "Servname not supported for ai_socktype";
            case -9 -> "Address family for hostname not supported";
            default -> "Unknown error";
        };
        return new PyException((PyBaseException) Abstract.call(gaierror, PyInt.of(code), PyStr.of(msg)));
    }

    /** A Python address for {@code family} as Java's; {@code fn} names the call in messages. */
    // CPython: Modules/socketmodule.c getsockaddrarg
    static SocketAddress toJava(int family, PyObject addr, String fn) {
        if (family == AF_UNIX) {
            String path;
            if (addr instanceof PyStr s) path = s.value();
            else if (Buffers.bytesOrNull(addr) != null) path = new String(Buffers.bytesOrNull(addr), StandardCharsets.UTF_8);
            else throw Errors.typeError(fn + "(): AF_UNIX address must be str or bytes, not " + addr.typeName());
            if (path.startsWith("\0")) throw ModuleSupport.osError(97, null); // the JDK has no abstract namespace
            return UnixDomainSocketAddress.of(path);
        }
        String fam = family == AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(addr instanceof PyTuple t)) throw Errors.typeError(fn + "(): " + fam + " address must be tuple, not " + addr.typeName());
        int n = t.size();
        if (family == AF_INET ? n != 2 : n < 2 || n > 4) {
            throw Errors.typeError(family == AF_INET ? "AF_INET address must be a pair (host, port)"
                    : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        }
        if (!(t.items[0] instanceof PyStr) && Buffers.bytesOrNull(t.items[0]) == null) {
            throw Errors.typeError("str, bytes or bytearray expected, not " + t.items[0].typeName());
        }
        String host = t.items[0] instanceof PyStr s ? s.value() : new String(Buffers.bytesOrNull(t.items[0]), StandardCharsets.UTF_8);
        if (!(t.items[1] instanceof PyInt)) throw Errors.typeError("'" + t.items[1].typeName() + "' object cannot be interpreted as an integer");
        long port = ModuleSupport.asLong(t.items[1]);
        if (port < 0 || port > 65535) {
            throw new PyException((PyBaseException) Abstract.call(ExceptionTypes.OVERFLOW_ERROR, PyStr.of(fn + "(): port must be 0-65535.")));
        }
        return new InetSocketAddress(hostAddress(host, family), (int) port);
    }

    // CPython: Modules/socketmodule.c setipaddr ('' is any address, '<broadcast>' the broadcast one)
    private static InetAddress hostAddress(String host, int family) {
        try {
            if (host.isEmpty()) return InetAddress.getByName(family == AF_INET6 ? "::" : "0.0.0.0");
            if (host.equals("<broadcast>")) return InetAddress.getByName("255.255.255.255");
            for (InetAddress a : resolve(host)) {
                if (family == AF_INET6 ? a instanceof Inet6Address : a instanceof Inet4Address) return a;
            }
            if (family == AF_INET6 && isIPv4(host)) throw gaiError(-9);
            throw gaiError(host.contains(":") ? -9 : -2);
        } catch (UnknownHostException e) {
            throw gaiError(-2);
        }
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (isIPv4(host)) return new InetAddress[] {InetAddress.getByAddress(host, pton4(host))};
        if (host.contains(":")) {
            if (host.contains("%") || !host.matches("[0-9A-Fa-f:.]+")) throw new UnknownHostException(host);
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        dev.pyjama.interp.Gil gil = dev.pyjama.interp.Gil.release(); // a DNS query can take seconds
        try {
            return InetAddress.getAllByName(host);
        } finally {
            dev.pyjama.interp.Gil.reacquire(gil);
        }
    }

    static boolean isIPv4(String s) {
        return s.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})") && pton4(s) != null;
    }

    /** Strict dotted quad (inet_pton), or null. */
    static byte[] pton4(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) return null;
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!p[i].matches("\\d{1,3}") || (p[i].length() > 1 && p[i].startsWith("0"))) return null;
            int v = Integer.parseInt(p[i]);
            if (v > 255) return null;
            b[i] = (byte) v;
        }
        return b;
    }

    /** BSD inet_aton: 1 to 4 parts, each decimal, octal (0...) or hex (0x...); the last fills the bytes left. */
    // CPython: Modules/socketmodule.c socket_inet_aton (glibc's inet_aton does the parsing)
    static byte[] aton(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length < 1 || p.length > 4) return null;
        long[] v = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            String x = p[i];
            try {
                if (x.matches("0[xX][0-9a-fA-F]*")) v[i] = x.length() == 2 ? 0 : Long.parseLong(x.substring(2), 16);
                else if (x.matches("0[0-7]*")) v[i] = Long.parseLong(x, 8);
                else if (x.matches("[1-9][0-9]*")) v[i] = Long.parseLong(x);
                else return null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        for (int i = 0; i < p.length - 1; i++) if (v[i] > 255) return null;
        long last = v[p.length - 1];
        if (last >= 1L << (8 * (5 - p.length))) return null;
        long addr = last;
        for (int i = 0; i < p.length - 1; i++) addr |= v[i] << (24 - 8 * i);
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }

    static String ntop4(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /** glibc's inet_ntop for IPv6: the longest run of two or more zero groups as "::", IPv4 tails where glibc writes them. */
    // CPython: Modules/socketmodule.c socket_inet_ntop (glibc resolv/inet_ntop.c inet_ntop6 decides the text)
    static String ntop6(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        int best = -1, bestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen) {
                best = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) best = -1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (best >= 0 && i >= best && i < best + bestLen) {
                if (i == best) sb.append(':');
                continue;
            }
            if (i != 0) sb.append(':');
            if (i == 6 && best == 0 && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff))) {
                sb.append(ntop4(new byte[] {b[12], b[13], b[14], b[15]}));
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (best >= 0 && best + bestLen == 8) sb.append(':');
        return sb.toString();
    }

    static String text(InetAddress a) {
        return a instanceof Inet6Address ? ntop6(a.getAddress()) : ntop4(a.getAddress());
    }

    /** A Java address as Python's: (host, port), (host, port, flowinfo, scope_id), or a path. */
    // CPython: Modules/socketmodule.c makesockaddr
    static PyObject fromJava(SocketAddress sa, int family) {
        if (sa == null) {
            if (family == AF_UNIX) return PyStr.of("");
            return family == AF_INET6 ? PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0))
                    : PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
        }
        if (sa instanceof UnixDomainSocketAddress u) return PyStr.of(u.getPath().toString());
        InetSocketAddress i = (InetSocketAddress) sa;
        InetAddress a = i.getAddress();
        if (family == AF_INET6 || a instanceof Inet6Address) {
            int scope = a instanceof Inet6Address a6 ? a6.getScopeId() : 0;
            byte[] raw = a.getAddress();
            if (raw.length == 4) raw = mapped(raw);
            return PyTuple.of(PyStr.of(ntop6(raw)), PyInt.of(i.getPort()), PyInt.of(0), PyInt.of(scope));
        }
        return PyTuple.of(PyStr.of(ntop4(a.getAddress())), PyInt.of(i.getPort()));
    }

    private static byte[] mapped(byte[] v4) {
        byte[] b = new byte[16];
        b[10] = b[11] = (byte) 0xff;
        System.arraycopy(v4, 0, b, 12, 4);
        return b;
    }

    static int servicePort(String name) {
        for (int i = 0; i < SERVICES.length; i += 2) if (SERVICES[i].equals(name)) return (Integer) SERVICES[i + 1];
        return -1;
    }

    static String serviceName(int port) {
        for (int i = 0; i < SERVICES.length; i += 2) if ((Integer) SERVICES[i + 1] == port) return (String) SERVICES[i];
        return null;
    }

    // CPython: Modules/socketmodule.c socket_getaddrinfo
    static PyObject getaddrinfo(PyObject hostArg, PyObject portArg, int family, int type, int proto, int flags) {
        String host = hostArg == PyNone.NONE ? null
                : hostArg instanceof PyStr s ? s.value()
                : Buffers.bytesOrNull(hostArg) != null ? new String(Buffers.bytesOrNull(hostArg), StandardCharsets.UTF_8) : null;
        if (host == null && hostArg != PyNone.NONE) throw Errors.typeError("getaddrinfo() argument 1 must be string or None");
        int port;
        if (portArg == PyNone.NONE) {
            port = 0;
        } else if (portArg instanceof PyInt) {
            port = (int) ModuleSupport.asLong(portArg);
        } else if (portArg instanceof PyStr || Buffers.bytesOrNull(portArg) != null) {
            String p = portArg instanceof PyStr s ? s.value() : new String(Buffers.bytesOrNull(portArg), StandardCharsets.UTF_8);
            port = p.matches("\\d+") ? Integer.parseInt(p) : servicePort(p);
            if (port < 0) throw gaiError(-8);
        } else {
            throw osErrorText("Int or String expected");
        }
        if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) throw gaiError(-6);
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == null) {
                boolean passive = (flags & AI_PASSIVE) != 0;
                InetAddress v4 = InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1");
                InetAddress v6 = InetAddress.getByName(passive ? "::" : "::1");
                // glibc's order: the passive wildcard IPv4 first, loopback IPv6 first
                if (passive) {
                    addrs.add(v4);
                    addrs.add(v6);
                } else {
                    addrs.add(v6);
                    addrs.add(v4);
                }
            } else {
                for (InetAddress a : resolve(host)) addrs.add(a);
            }
        } catch (UnknownHostException e) {
            throw gaiError(-2);
        }
        if (family != AF_UNSPEC) {
            addrs.removeIf(a -> (a instanceof Inet6Address) != (family == AF_INET6));
            if (addrs.isEmpty()) throw gaiError(host != null && (isIPv4(host) || host.contains(":")) ? -9 : -2);
        }
        int[][] kinds = type == 1 ? new int[][] {{1, 6}} : type == 2 ? new int[][] {{2, 17}}
                : type == 3 ? new int[][] {{3, proto}} : type == 0 ? new int[][] {{1, 6}, {2, 17}, {3, 0}} : null;
        if (kinds == null) throw gaiError(-7);
        List<PyObject> out = new ArrayList<>();
        for (InetAddress a : addrs) {
            int fam = a instanceof Inet6Address ? AF_INET6 : AF_INET;
            for (int[] k : kinds) {
                if (proto != 0 && k[1] != proto && type != 3) continue;
                out.add(PyTuple.of(PyInt.of(fam), PyInt.of(k[0]), PyInt.of(k[1]), PyStr.of(""),
                        fromJava(new InetSocketAddress(a, port), fam)));
            }
        }
        return new PyList(out);
    }

    static PyObject gethostbyaddr(String host) {
        try {
            InetAddress a = resolve(host)[0];
            String name = a.getCanonicalHostName();
            if (name.equals(a.getHostAddress())) throw herror(1, "Unknown host");
            return PyTuple.of(PyStr.of(name), new PyList(new ArrayList<>()), new PyList(List.of(PyStr.of(text(a)))));
        } catch (UnknownHostException e) {
            throw gaiError(-2);
        }
    }

    static PyException herror(int code, String msg) {
        return new PyException((PyBaseException) Abstract.call(herror, PyInt.of(code), PyStr.of(msg)));
    }

    static String gethostbyname(String host) {
        InetAddress a = hostAddress(host, AF_INET);
        return ntop4(a.getAddress());
    }

    // CPython: Modules/socketmodule.c socket_getnameinfo
    static PyObject getnameinfo(PyObject sa, int flags) {
        if (!(sa instanceof PyTuple t) || t.size() < 2 || t.size() > 4) throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        String host = Abstract.str(t.items[0]).value();
        int port = ModuleSupport.asInt(t.items[1]);
        InetAddress a;
        try {
            a = resolve(host)[0];
        } catch (UnknownHostException e) {
            throw gaiError(-2);
        }
        String h = text(a);
        if ((flags & NI_NUMERICHOST) == 0) {
            String name = a.getCanonicalHostName();
            if (!name.equals(a.getHostAddress())) h = name;
            else if ((flags & NI_NAMEREQD) != 0) throw gaiError(-2);
        }
        String serv = (flags & NI_NUMERICSERV) != 0 || serviceName(port) == null ? Integer.toString(port) : serviceName(port);
        return PyTuple.of(PyStr.of(h), PyStr.of(serv));
    }

    /** OSError with a message and no errno, as CPython raises for malformed arguments. */
    static PyException osErrorText(String msg) {
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.OS_ERROR, PyStr.of(msg)));
    }
}
