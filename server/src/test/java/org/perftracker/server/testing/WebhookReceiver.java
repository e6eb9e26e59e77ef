package org.perftracker.server.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on loopback that records the webhook calls it gets and answers them with scripted statuses. */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private int otherwise = 200;

    /** One call: its headers (names lower-cased), body, the status it was answered with, when it came. */
    public record Call(Map<String, String> headers, String body, int status, long receivedNanos) {
    }

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            int status = nextStatus();
            calls.add(new Call(Map.copyOf(headers), new String(body, StandardCharsets.UTF_8), status, System.nanoTime()));
            byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** Answers the next calls with these statuses, then with {@code then}. */
    public synchronized WebhookReceiver answering(int then, Integer... first) {
        script.clear();
        script.addAll(List.of(first));
        otherwise = then;
        return this;
    }

    private synchronized int nextStatus() {
        return script.isEmpty() ? otherwise : script.poll();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
