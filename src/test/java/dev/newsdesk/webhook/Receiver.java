package dev.newsdesk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on 127.0.0.1 for the delivery drills. It can be down (nothing listens on its port: connections
 * are refused), or up answering a chosen status, body and headers; it records every request it gets.
 */
final class Receiver implements AutoCloseable {

    /** One received request: lower-case header names, the raw body. */
    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "ok";
    private volatile Map<String, String> responseHeaders = Map.of();
    private HttpServer server;

    private Receiver(int port) {
        this.port = port;
    }

    /** A receiver on a free port, down until {@link #up()}. */
    static Receiver onFreePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return new Receiver(probe.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    synchronized Receiver up() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                byte[] requestBody;
                try (InputStream in = exchange.getRequestBody()) {
                    requestBody = in.readAllBytes();
                }
                Map<String, List<String>> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
                received.add(new Received(headers, new String(requestBody, StandardCharsets.UTF_8)));
                responseHeaders.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                byte[] answer = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
        }
        return this;
    }

    synchronized void down() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    Receiver answering(int status, String body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.responseHeaders = Map.copyOf(headers);
        return this;
    }

    Receiver answering(int status, String body) {
        return answering(status, body, Map.of());
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        down();
    }
}
