package gov.longhua.assistant.channels.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client at the byte level, for what well-behaved clients cannot send: a text frame whose bytes
 * are not UTF-8. It does the opening handshake, sends masked frames and reads the server's text frames.
 */
public final class RawWebSocket implements AutoCloseable {

    private static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    public RawWebSocket(URI uri) {
        try {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout(60_000);
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            String key = Base64.getEncoder().encodeToString("raw-websocket-key".getBytes(StandardCharsets.US_ASCII));
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                    + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = readHeaders();
            if (!status.startsWith("HTTP/1.1 101")) {
                throw new IllegalStateException("handshake refused: " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one text frame with exactly these payload bytes (masked, as a client must). */
    public void sendText(byte[] payload) {
        try {
            byte[] mask = {0x11, 0x22, 0x33, 0x44};
            out.write(0x80 | TEXT);
            out.write(0x80 | payload.length); // short payloads only
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next text frame from the server, heartbeats apart (an unfragmented one, as this server sends). */
    public String nextText() {
        try {
            while (true) {
                int opcode = in.readUnsignedByte() & 0x0F;
                byte[] payload = payload();
                if (opcode == CLOSE) {
                    throw new IllegalStateException("the server closed the connection");
                }
                String text = new String(payload, StandardCharsets.UTF_8);
                if (opcode == TEXT && !text.startsWith("{\"type\":\"heartbeat\"")) {
                    return text;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the connection ended", e);
        }
    }

    private byte[] payload() throws IOException {
        long length = in.readUnsignedByte() & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return payload;
    }

    private String readHeaders() throws IOException {
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            headers.append((char) in.readUnsignedByte());
        }
        return headers.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
