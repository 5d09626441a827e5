package dev.cdcarchitect.llm.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-connection OpenAI-style event stream written from a generator, so a test can send 50 MB without holding
 * it, and can tell how much the client actually read before it hung up.
 */
public final class RawSseServer implements AutoCloseable {

    /** Writes the stream's body; throws when the client hangs up. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final AtomicLong written = new AtomicLong();
    private final Thread thread;

    public RawSseServer(Body body) throws IOException {
        socket = new ServerSocket(0);
        thread = new Thread(() -> serve(body), "raw-sse-server");
        thread.setDaemon(true);
        thread.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    /** Bytes the server managed to write before the client stopped reading (socket buffers included). */
    public long written() throws InterruptedException {
        thread.join(10_000);
        return written.get();
    }

    private void serve(Body body) {
        try (Socket client = socket.accept()) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
            }
            in.skip(length);
            OutputStream counted = new OutputStream() {
                final OutputStream out = client.getOutputStream();

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    written.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    written.addAndGet(len);
                }
            };
            counted.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            body.write(counted);
            counted.flush();
        } catch (IOException ignored) {
            // the client hung up: what the tests want to see
        }
    }

    /** {@code megabytes} of answer in 1000-character tokens, then the end marker. */
    public static Body tokens(int megabytes) {
        return out -> {
            byte[] event = ("data: {\"choices\":[{\"delta\":{\"content\":\"" + "x".repeat(1000) + "\"}}]}\n\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes * 1000; i++) out.write(event);
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    /** One event whose single line is {@code megabytes} long, then the end marker. */
    public static Body oneHugeEvent(int megabytes) {
        return out -> {
            out.write("data: {\"choices\":[{\"delta\":{\"content\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "y".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) out.write(chunk);
            out.write("\"}}]}\n\ndata: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
