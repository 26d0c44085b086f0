package dev.pyjama.modules;

import dev.pyjama.interp.Gil;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wait behind select() and poll(): sockets are registered with the thread's java.nio
 * {@link Selector}; pipes (Java streams, which no selector can watch) are asked directly, so
 * while one is watched the selector waits in slices of 2 ms, otherwise in slices of 50 ms, between
 * which signal handlers run (PEP 475: the wait then goes on). The GIL is released while waiting.
 */
// CPython: Modules/selectmodule.c select_select_impl, select_poll_poll_impl
final class Readiness {
    private Readiness() {}

    private static final int IN = SelectModule.POLLIN, OUT = SelectModule.POLLOUT;

    /** {fd: POLLIN|POLLOUT wanted} to {fd: what is ready}, for fds with something ready; empty on timeout. */
    static Map<Integer, Integer> wait(Map<Integer, Integer> want, double timeout) {
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            Map<Integer, Integer> ready = new LinkedHashMap<>();
            Map<SelectableChannel, Integer> channels = new LinkedHashMap<>();
            boolean pipes = false;
            for (Map.Entry<Integer, Integer> e : want.entrySet()) {
                int fd = e.getKey(), w = e.getValue();
                Pipes.End end = Pipes.get(fd);
                if (end instanceof NetSocket n) {
                    SelectableChannel ch = n.closed ? null : n.channel;
                    if (ch == null) {
                        // never bound nor connected: Linux reports it writable and hung up (readable)
                        if (w != 0) ready.put(fd, w);
                    } else if (ch instanceof SocketChannel sc && sc.isConnectionPending() && !settle(n)) {
                        ready.put(fd, w); // the connect failed: readable and writable, as poll says POLLERR
                    } else {
                        channels.put(ch, fd);
                    }
                } else if (end != null) {
                    pipes = true;
                    int r = ((w & IN) != 0 && Pipes.readable(end) ? IN : 0) | ((w & OUT) != 0 && Pipes.writable(end) ? OUT : 0);
                    if (r != 0) ready.put(fd, r);
                } else if (w != 0) {
                    ready.put(fd, w); // a file: always ready
                }
            }
            long left = deadline - System.nanoTime();
            long slice = !ready.isEmpty() || left <= 0 ? 0 : Math.min(left, pipes ? 2_000_000L : 50_000_000L);
            if (!channels.isEmpty()) {
                selectChannels(channels, want, slice, ready);
            } else if (slice > 0) {
                Gil gil = Gil.release();
                try {
                    java.util.concurrent.locks.LockSupport.parkNanos(slice);
                } finally {
                    Gil.reacquire(gil);
                }
            }
            if (!ready.isEmpty() || deadline - System.nanoTime() <= 0) return ready;
            Gil.handleEvalBreaker();
        }
    }

    /**
     * A pending connect is completed as soon as it can be: Java reports a channel readable only
     * after finishConnect, where the kernel reports the bytes that wait. False when the connect failed
     * (its errno is kept for SO_ERROR).
     */
    private static boolean settle(NetSocket n) {
        try {
            n.finishConnect();
            return true;
        } catch (dev.pyjama.objects.PyException e) {
            return false;
        }
    }

    private static int interest(SelectableChannel ch, int w) {
        int ops = 0;
        if (ch instanceof ServerSocketChannel) return (w & IN) != 0 ? SelectionKey.OP_ACCEPT : 0;
        if ((w & IN) != 0) ops |= SelectionKey.OP_READ;
        if ((w & OUT) != 0) ops |= ch instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        return ops;
    }

    private static void selectChannels(Map<SelectableChannel, Integer> channels, Map<Integer, Integer> want, long nanos,
            Map<Integer, Integer> ready) {
        Selector sel = Selectors.local();
        List<SelectionKey> keys = new ArrayList<>();
        Gil gil = Gil.release();
        try {
            for (Map.Entry<SelectableChannel, Integer> e : channels.entrySet()) {
                int ops = interest(e.getKey(), want.get(e.getValue()));
                if (ops == 0) continue;
                try {
                    keys.add(e.getKey().register(sel, ops, e.getValue()));
                } catch (ClosedChannelException x) {
                    ready.merge(e.getValue(), want.get(e.getValue()), (a, b) -> a | b);
                }
            }
            long ms = nanos / 1_000_000;
            if (!ready.isEmpty() || (ms == 0 && nanos < 500_000)) sel.selectNow();
            else sel.select(Math.max(1, ms));
            for (SelectionKey k : sel.selectedKeys()) {
                int r = 0;
                int got = k.readyOps();
                if ((got & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) r |= IN;
                if ((got & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) r |= OUT;
                if (r != 0) ready.merge((Integer) k.attachment(), r, (a, b) -> a | b);
            }
            sel.selectedKeys().clear();
            for (SelectionKey k : keys) k.cancel();
            sel.selectNow();
            sel.selectedKeys().clear();
        } catch (IOException e) {
            throw NetSocket.error(e);
        } finally {
            Gil.reacquire(gil);
        }
    }
}
