package dev.newsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 between the application and its database, so a test can take the database away without
 * touching the server: {@link #cut()} drops every connection and refuses new ones (a crashed or stopped database),
 * {@link #freeze()} keeps connections open but passes no byte either way (a hung database or a network black hole),
 * {@link #restore()} forwards again.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { FORWARD, CUT, FREEZE }

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private volatile Mode mode = Mode.FORWARD;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(host, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Closes every open connection; new ones are accepted and closed at once, as by a database that is down. */
    public void cut() {
        setMode(Mode.CUT);
        closeAll();
    }

    /** Keeps every connection open, and accepts new ones, but forwards nothing until {@link #restore()}. */
    public void freeze() {
        setMode(Mode.FREEZE);
    }

    /** Forwards again. Connections held while frozen are dropped: their peers have given up on them. */
    public void restore() {
        Mode before = mode;
        setMode(Mode.FORWARD);
        if (before == Mode.FREEZE) {
            closeAll();
        }
    }

    @Override
    public void close() {
        setMode(Mode.CUT);
        closeAll();
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void setMode(Mode next) {
        synchronized (lock) {
            mode = next;
            lock.notifyAll();
        }
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            switch (mode) {
                case CUT -> closeQuietly(client);
                case FREEZE -> sockets.add(client); // held open, never answered
                case FORWARD -> connect(client);
            }
        }
    }

    private void connect(Socket client) {
        Socket server;
        try {
            server = new Socket(targetHost, targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    awaitForwarding();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the link is gone: drop both ends
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump-" + port());
        thread.setDaemon(true);
        thread.start();
    }

    /** While frozen, bytes already read wait here; they are lost if the link is dropped meanwhile. */
    private void awaitForwarding() throws InterruptedException, IOException {
        synchronized (lock) {
            while (mode == Mode.FREEZE) {
                lock.wait();
            }
            if (mode == Mode.CUT) {
                throw new IOException("cut");
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
