package org.editio.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of {@code /_editio/events} on a thread of its own: the events it receives, in order. */
final class EventStream implements AutoCloseable {
    /** One server-sent event. */
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpURLConnection connection;

    EventStream(URI server) throws IOException {
        connection = (HttpURLConnection) server.resolve("/_editio/events").toURL().openConnection();
        connection.setReadTimeout(0);
        connection.connect();
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread t = new Thread(() -> {
            String name = null;
            String data = "";
            try {
                for (String line; (line = in.readLine()) != null;) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data = line.substring(6);
                    } else if (line.isEmpty() && name != null) {
                        events.add(new Event(name, data));
                        name = null;
                        data = "";
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }, "test-events");
        t.setDaemon(true);
        t.start();
    }

    /** The next event, waiting up to {@code seconds}; fails when none comes. */
    Event next(long seconds) throws InterruptedException {
        Event e = events.poll(seconds, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no event from the server within " + seconds + " s");
        }
        return e;
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
