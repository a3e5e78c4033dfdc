package io.github.smimecheck.check.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and a free port, for CRL and OCSP tests. Each path gets a
 * handler; every request is recorded as "METHOD path", so tests can assert what was fetched.
 */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<byte[]> requestBodies = new CopyOnWriteArrayList<>();

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return new LoopbackServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the http URL of a path on this server, such as {@code http://127.0.0.1:43127/ca.crl}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Responds to every request to the path with the status and body. */
    public LoopbackServer serve(String path, int status, byte[] body) {
        return handle(path, exchange -> send(exchange, status, body));
    }

    /** Responds to every request to the path with a 302 redirect to {@code location}. */
    public LoopbackServer redirect(String path, String location) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            send(exchange, 302, new byte[0]);
        });
    }

    /** Waits for {@code delay} before responding with the body, to run past a client's timeout. */
    public LoopbackServer serveAfter(String path, Duration delay, byte[] body) {
        return handle(path, exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, body);
        });
    }

    public LoopbackServer handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            requestBodies.add(exchange.getRequestBody().readAllBytes());
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    /** Returns every request received so far, as "METHOD path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Returns the body of every request received so far, in order. */
    public List<byte[]> requestBodies() {
        return List.copyOf(requestBodies);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
