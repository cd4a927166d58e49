package gov.longhua.assistant.channels.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.robot.TextFrames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A plain WebSocket client (the JDK's), as a front end would use the protocol: it connects, sends text
 * frames and receives them in order, heartbeats apart. Used against the app under @QuarkusTest and the
 * packaged jar alike.
 */
public final class WsClient implements AutoCloseable {

    /** How long to wait for a frame before the test fails: generous, since a frame that never comes is a bug. */
    private static final long FRAME_WAIT_SECONDS = 60;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> heartbeats = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private WsClient(URI uri, java.util.Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    public static WsClient connect(URI uri) {
        return new WsClient(uri, java.util.Map.of());
    }

    /** Connects with these handshake headers, e.g. a kiosk's {@code X-Device-Key}. */
    public static WsClient connectWith(URI uri, java.util.Map<String, String> headers) {
        return new WsClient(uri, headers);
    }

    /** Connects with HTTP Basic credentials, as a signed-in staff member's browser does. */
    public static WsClient connectAs(URI uri, String user, String password) {
        String token = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new WsClient(uri, java.util.Map.of("Authorization", "Basic " + token));
    }

    public void send(String frame) {
        socket.sendText(frame, true).join();
    }

    public void sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).join();
    }

    /** Whether the server closed the connection (it may have sent frames first). */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** Sends an ask frame and returns the frame that replies to it. */
    public JsonNode ask(String id, String text) {
        send(JSON.createObjectNode().put("type", "ask").put("id", id).put("text", text).toString());
        return next();
    }

    public JsonNode next() {
        try {
            String frame = frames.poll(FRAME_WAIT_SECONDS, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame arrived within " + FRAME_WAIT_SECONDS + " s");
            }
            return JSON.readTree(frame);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a frame", e);
        } catch (java.io.IOException e) {
            throw new AssertionError("the server sent a frame that is not JSON", e);
        }
    }

    /** The next heartbeat frame; heartbeats are kept apart from the frames {@link #next()} returns. */
    public JsonNode nextHeartbeat() {
        try {
            String frame = heartbeats.poll(FRAME_WAIT_SECONDS, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no heartbeat arrived within " + FRAME_WAIT_SECONDS + " s");
            }
            return JSON.readTree(frame);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a heartbeat", e);
        } catch (java.io.IOException e) {
            throw new AssertionError("the server sent a heartbeat that is not JSON", e);
        }
    }

    /** The frames received and not yet taken, without waiting. */
    public int waiting() {
        return frames.size();
    }

    /** The close code the server sent, once the server closes the connection. */
    public int closeCode() {
        return closed.orTimeout(FRAME_WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /**
     * Closes from our side unless the server already did. The JDK client answers a server's close frame by
     * itself, so output may close between the check and the send: that race ends in "Output closed" and means
     * the connection is already closing, which is all this method wants.
     */
    @Override
    public void close() {
        if (closed.isDone() || socket.isOutputClosed()) {
            return;
        }
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        } catch (java.util.concurrent.CompletionException e) {
            if (!socket.isOutputClosed()) {
                throw e;
            }
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final TextFrames text = new TextFrames(
                frame -> (frame.startsWith("{\"type\":\"heartbeat\"") ? heartbeats : frames).add(frame));

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            return text.onText(webSocket, data, last);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
