package org.knotwise.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded, fixed-rate (open-loop) load generator for {@code knotwise serve} on loopback, in the manner of
 * wrk2: requests are due on a fixed schedule whatever the answers do, and each one's latency is measured from
 * when it was due, so a stalled server shows as latency rather than as a slower rate (no coordinated
 * omission). Each of {@code connections} threads keeps one HTTP/1.1 connection and takes the next due
 * request; when every connection is busy the next request starts late, and its lateness counts.
 *
 * <p>Why not the JDK's HttpClient: on two cores the generator shares the machine with the server, and the
 * HttpClient spent about 0.5 ms of CPU a request (most of it in the kernel), as much as the server; a
 * blocking socket per connection costs a fraction of that.
 *
 * <p>Before the timed run, a warm-up not recorded: {@code warm-up} seconds with two connections sending
 * back to back (closed loop), so the server's JIT compiles the path before the clock starts, without
 * building a queue that an open-loop schedule would never let drain.
 *
 * <pre>LoadGenerator URL METHOD RATE SECONDS [BODY_FILE|-] [CONNECTIONS=32] [WARM_UP_SECONDS=30]</pre>
 * Prints one line: rate, sent, ok, errors, late (started over 1 s behind schedule), p50/p90/p99/p99.9/max in ms.
 */
public final class LoadGenerator {
    private static final int MAX_SECONDS = 600;

    private final URI uri;
    private final byte[] request;

    LoadGenerator(URI uri, String method, byte[] body) {
        this.uri = uri;
        this.request = request(uri, method, body);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadGenerator URL METHOD RATE SECONDS [BODY_FILE|-] [CONNECTIONS] [WARM_UP_SECONDS]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Math.min(MAX_SECONDS, Integer.parseInt(args[3]));
        byte[] body = args.length > 4 && !args[4].equals("-") ? Files.readAllBytes(Path.of(args[4])) : null;
        int connections = args.length > 5 ? Integer.parseInt(args[5]) : 32;
        int warmUp = args.length > 6 ? Math.min(MAX_SECONDS, Integer.parseInt(args[6])) : 30;
        LoadGenerator generator = new LoadGenerator(uri, args[1], body);
        generator.closedLoop(2, warmUp);
        System.out.println(generator.openLoop(rate, seconds, connections));
    }

    /** {@code connections} connections sending back to back for {@code seconds}; nothing recorded. */
    void closedLoop(int connections, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(started(() -> {
                Connection conn = new Connection();
                while (System.nanoTime() < end) {
                    conn.exchange();
                }
                conn.close();
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** The timed run: {@code rate} requests a second for {@code seconds}, on at most {@code connections} at once. */
    String openLoop(int rate, int seconds, int connections) throws InterruptedException {
        long total = (long) rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong late = new AtomicLong();
        Recorder recorder = new Recorder(3);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        // bounded: whatever is not sent by then is not sent (and shows as fewer "sent")
        long cutOff = start + TimeUnit.SECONDS.toNanos(seconds + 15L);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(started(() -> {
                Connection conn = new Connection();
                for (long i; (i = next.getAndIncrement()) < total; ) {
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() > cutOff) {
                        break;
                    }
                    if (System.nanoTime() - due > TimeUnit.SECONDS.toNanos(1)) {
                        late.incrementAndGet();
                    }
                    int status = conn.exchange();
                    recorder.recordValue(Math.max(0, System.nanoTime() - due));
                    (status == 200 ? ok : errors).incrementAndGet();
                }
                conn.close();
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        Histogram h = recorder.getIntervalHistogram();
        return String.format("rate=%d/s duration=%ds connections=%d sent=%d ok=%d errors=%d late=%d p50=%.2fms p90=%.2fms"
                        + " p99=%.2fms p99.9=%.2fms max=%.2fms",
                rate, seconds, connections, ok.get() + errors.get(), ok.get(), errors.get(), late.get(),
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static byte[] request(URI uri, String method, byte[] body) {
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + (body == null ? 0 : body.length)];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        if (body != null) {
            System.arraycopy(body, 0, all, headBytes.length, body.length);
        }
        return all;
    }

    /** One keep-alive HTTP/1.1 connection; reconnects when the server closes it or an exchange fails. */
    private final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        /** Sends the request and reads the whole answer: its status, or -1 when the connection failed. */
        int exchange() {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                return -1;
            }
        }

        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header; !(header = line()).isEmpty(); ) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closing = value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    in.skipNBytes(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                in.skipNBytes(length);
            } else {
                closing = true; // the body runs to the end of the connection
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (closing) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new IOException("connection closed mid-answer");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a connection we are done with
            }
            socket = null;
        }
    }
}
