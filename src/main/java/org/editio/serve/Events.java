package org.editio.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream {@code /_editio/events} of the open pages: every page holds one request
 * open, on its own server thread, and receives each event {@link #send} broadcasts; a comment every 15 s
 * finds the pages that went away. Thread-safe.
 */
final class Events {
    private static final String END = "";
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Sends {@code event} with its one-line {@code data} to every open page. */
    void send(String event, String data) {
        String message = "event: " + event + "\ndata: " + data.replace('\n', ' ') + "\n\n";
        for (BlockingQueue<String> c : clients) {
            c.add(message);
        }
    }

    /**
     * Holds {@code exchange} open as an event stream until the page goes away or the server closes;
     * {@code first} is sent at once (the state the page is to show).
     */
    void stream(HttpExchange exchange, String firstEvent, String firstData) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            queue.add("retry: 500\nevent: " + firstEvent + "\ndata: " + firstData + "\n\n");
            while (!closed) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (message == END) {
                    break;
                }
                out.write((message == null ? ": alive\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page went away
        } finally {
            clients.remove(queue);
        }
    }

    /** Ends every stream (the pages reconnect to the next server on the port). */
    void close() {
        closed = true;
        for (BlockingQueue<String> c : clients) {
            c.add(END);
        }
    }
}
