package dev.newsdesk.webhook;

import dev.newsdesk.config.WebhooksConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one signed request. Vert.x's client rather than the JDK's because it can connect to an address chosen
 * beforehand (the one {@link WebhookTargetGuard} checked) while still sending the URL's host in Host, in TLS SNI and
 * to the certificate check; the JDK 17 client always resolves the name itself, so a DNS answer could change between
 * the check and the connect. Redirects are never followed, connect and the whole exchange have short timeouts, and
 * only the first characters of the answer are kept.
 */
@ApplicationScoped
public class WebhookSender {

    /** What came of one attempt: an HTTP answer, or the reason there was none. */
    public record Outcome(Integer status, String retryAfter, String body, String error, long durationMs) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final long requestTimeoutMillis;
    private final int bodyLimit;

    public WebhookSender(Vertx vertx, WebhooksConfig config) {
        this.requestTimeoutMillis = config.http().requestTimeout().toMillis();
        this.bodyLimit = config.http().responseBodyLimit();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.http().connectTimeout().toMillis())
                .setMaxPoolSize(Math.max(1, config.worker().concurrency()))
                .setKeepAlive(true)
                .setVerifyHost(true)
                .setForceSni(true)
                .setTrustAll(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Outcome send(WebhookUrl target, InetAddress address, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host().startsWith("[") ? target.host().substring(1, target.host().length() - 1)
                        : target.host())
                .setPort(target.port())
                .setURI(target.pathAndQuery())
                .setSsl(target.secure())
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(requestTimeoutMillis)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Newsdesk-Webhooks/1.0");
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        Future<Outcome> exchange = client.request(options)
                .compose(req -> {
                    request.set(req);
                    return req.send(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
                })
                .compose(response -> read(response, started));
        try {
            return exchange.toCompletionStage().toCompletableFuture().get(requestTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest pending = request.get();
            if (pending != null) {
                pending.reset();
            }
            return failure("no answer within " + requestTimeoutMillis + " ms", started);
        } catch (ExecutionException e) {
            return failure(describe(e.getCause()), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure("interrupted", started);
        }
    }

    /** The status and the first characters of the body; the rest is read and dropped so the connection can be reused. */
    private Future<Outcome> read(HttpClientResponse response, long started) {
        Promise<Outcome> done = Promise.promise();
        StringBuilder kept = new StringBuilder();
        response.handler(chunk -> {
            if (kept.length() < bodyLimit) {
                kept.append(chunk.toString(StandardCharsets.UTF_8));
            }
        });
        response.exceptionHandler(done::tryFail);
        response.endHandler(ignored -> done.tryComplete(new Outcome(response.statusCode(),
                response.getHeader("Retry-After"), truncate(kept), null, elapsedMillis(started))));
        return done.future();
    }

    private String truncate(StringBuilder body) {
        return body.length() <= bodyLimit ? body.toString() : body.substring(0, bodyLimit);
    }

    private static Outcome failure(String error, long started) {
        return new Outcome(null, null, null, error, elapsedMillis(started));
    }

    private static String describe(Throwable cause) {
        if (cause instanceof ConnectException || cause != null && cause.getClass().getName().contains("Connect")) {
            return "connection failed: " + cause.getMessage();
        }
        if (cause instanceof java.util.concurrent.TimeoutException || cause != null
                && cause.getClass().getSimpleName().contains("Timeout")) {
            return "timed out: " + cause.getMessage();
        }
        String message = cause == null ? null : cause.getMessage();
        return message == null || message.isBlank() ? "request failed" : "request failed: " + message;
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
