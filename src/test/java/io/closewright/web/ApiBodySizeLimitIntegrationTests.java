package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** API bodies are limited by what is read, not by what the client announces. */
@IntegrationTest
class ApiBodySizeLimitIntegrationTests {

    private static final long SENT = 32L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aChunkedOversizedBodyGets413WithoutBeingReadWhole() throws Exception {
        AtomicLong written = new AtomicLong();
        String statusLine;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            Thread writer = new Thread(() -> writeChunked(socket, written));
            writer.start();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            statusLine = in.readLine();
            socket.close();
            writer.join(30_000);
        }
        assertThat(statusLine).startsWith("HTTP/1.1 413");
        assertThat(written.get()).as("the server stopped reading early").isLessThan(SENT);
    }

    @Test
    void anAnnouncedOversizedBodyGets413() {
        String big = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        Api.Response r = new Api(port, null).postRaw("/api/auth/token", big, "application/json");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void aBodyWithinTheLimitIsReadAsBefore() {
        Api.Response r = new Api(port, null)
                .post("/api/auth/token", Map.of("email", "nobody@example.com", "password", "wrong-password"));
        assertThat(r.status()).isEqualTo(401);
    }

    private void writeChunked(Socket socket, AtomicLong written) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] start = "{\"email\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, chunk, 0, start.length);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (written.get() < SENT) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                written.addAndGet(chunk.length);
                Arrays.fill(chunk, 0, start.length, (byte) 'a');
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException closed) {
            // the server (or this test, once it has the answer) closed the connection: stop sending
        }
    }
}
