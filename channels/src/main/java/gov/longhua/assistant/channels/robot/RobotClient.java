package gov.longhua.assistant.channels.robot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The reference client of the robot protocol (docs/protocol.md), playing the robot's part from the command
 * line: each input line is taken as recognised speech (sent first as partial results, as a recogniser does,
 * then as the final ask), and the client prints what the robot would say ({@code SAY}) and show
 * ({@code SHOW}, {@code OPTION}). A line {@code /cancel} interrupts the answer in progress. With
 * {@code --speak} and {@code espeak-ng} installed, it also speaks.
 *
 * <pre>mvn -q -pl channels exec:java -Dexec.mainClass=gov.longhua.assistant.channels.robot.RobotClient \
 *     -Dexec.args="ws://localhost:8080/ws/robot --speak"</pre>
 */
public final class RobotClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_SECONDS = 30;
    /** A recogniser reports what it has heard so far every few characters. */
    private static final int PARTIAL_STEP = 3;

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final PrintWriter out;
    private final boolean speak;
    private WebSocket socket;
    private int asked;

    RobotClient(PrintWriter out, boolean speak) {
        this.out = out;
        this.speak = speak;
    }

    public static void main(String[] args) throws IOException {
        URI server = URI.create(args.length > 0 && !args[0].startsWith("--") ? args[0] : "ws://localhost:8080/ws/robot");
        boolean speak = java.util.Arrays.asList(args).contains("--speak");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new RobotClient(out, speak).run(server, new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Connects, plays every input line, and disconnects at the end of the input. */
    void run(URI server, Reader input) throws IOException {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(server, new TextFrames(this::received))
                .join();
        JsonNode session = next("session");
        out.println("SESSION " + session.path("sessionId").asText());
        BufferedReader lines = new BufferedReader(input);
        String line;
        String lastId = null;
        while ((line = lines.readLine()) != null) {
            String heard = line.strip();
            if (heard.isEmpty()) {
                continue;
            }
            if (heard.equals("/cancel")) {
                if (lastId != null) {
                    send(JSON.createObjectNode().put("type", "cancel").put("id", lastId));
                    out.println("CANCELLED " + next("cancelled").path("replyTo").asText());
                }
                continue;
            }
            lastId = "u" + (++asked);
            for (int end = PARTIAL_STEP; end < heard.length(); end += PARTIAL_STEP) {
                send(JSON.createObjectNode().put("type", "partial").put("id", lastId).put("text", heard.substring(0, end)));
            }
            send(JSON.createObjectNode().put("type", "ask").put("id", lastId).put("text", heard));
            show(next("answer"));
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private void show(JsonNode answer) {
        out.println("SAY " + answer.path("speech").asText());
        out.println("SHOW [" + answer.path("kind").asText() + "] " + answer.path("text").asText().replace("\n", " | "));
        for (JsonNode option : answer.path("options")) {
            out.println("OPTION " + option.path("label").asText());
        }
        for (JsonNode citation : answer.path("citations")) {
            out.println("SOURCE " + citation.path("title").asText() + " (" + citation.path("asOf").asText() + ")");
        }
        if (speak) {
            say(answer.path("speech").asText(), answer.path("lang").asText());
        }
    }

    private void say(String speech, String lang) {
        if (Files.isExecutable(Path.of("/usr/bin/espeak-ng"))) {
            try {
                new ProcessBuilder("/usr/bin/espeak-ng", "-v", lang.equals("zh") ? "cmn" : "en", speech)
                        .inheritIO().start().waitFor();
            } catch (IOException e) {
                out.println("(espeak-ng failed: " + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void received(String frame) {
        try {
            frames.add(JSON.readTree(frame));
        } catch (IOException e) {
            out.println("UNREADABLE " + frame);
        }
    }

    private void send(JsonNode frame) {
        socket.sendText(frame.toString(), true).join();
    }

    /** The next frame of a type, skipping heartbeats; errors are printed and end the wait. */
    private JsonNode next(String type) {
        try {
            while (true) {
                JsonNode frame = frames.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new IllegalStateException("no '" + type + "' frame within " + WAIT_SECONDS + " s");
                }
                String got = frame.path("type").asText();
                if (got.equals(type)) {
                    return frame;
                }
                if (got.equals("error")) {
                    out.println("ERROR " + frame.path("code").asText() + ": " + frame.path("message").asText());
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
