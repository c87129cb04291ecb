package dev.newsdesk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Puts a {@link TcpProxy} between the application and its database, so a test can cut or freeze the database
 * while the server itself is never touched. PostgreSQL: the proxy forwards to the test server on 127.0.0.1:5432.
 * H2: embedded H2 has no connection to cut, so the application reaches a private in-memory database through an H2
 * TCP server in this JVM, behind the proxy. Short driver timeouts keep a frozen database's tests quick.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;
    private Server h2;

    public static TcpProxy proxy() {
        return proxy;
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    @Override
    public Map<String, String> start() {
        if (postgresql()) {
            proxy = TcpProxy.to("127.0.0.1", 5432);
            return Map.of("%test.newsdesk-db.url.postgresql",
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/${newsdesk-test.pg-database}",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "1",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "3",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=2s",
                    "quarkus.datasource.jdbc.acquisition-timeout", "3S",
                    "quarkus.datasource.jdbc.login-timeout", "2S",
                    "quarkus.datasource.jdbc.validation-query-timeout", "1S");
        }
        try {
            h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("The H2 TCP server did not start", e);
        }
        proxy = TcpProxy.to("127.0.0.1", h2.getPort());
        return Map.of("%test.newsdesk-db.url.h2", "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                        + "/mem:outage;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "quarkus.datasource.jdbc.acquisition-timeout", "3S", "quarkus.datasource.jdbc.login-timeout", "2S");
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
