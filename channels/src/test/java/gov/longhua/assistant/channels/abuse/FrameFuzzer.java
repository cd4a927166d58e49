package gov.longhua.assistant.channels.abuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Frames a careless or hostile client might send, from a seed: broken and truncated JSON, fields of the wrong
 * type, unknown types, deep nesting, very long ids, random Unicode (lone surrogates, controls, invisible
 * characters, characters outside the Basic Multilingual Plane), random bytes read as UTF-8. Every frame stays
 * under the 16 KiB limit, so that the connection stays open.
 */
final class FrameFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TYPES = {"ask", "cancel", "partial", "feedback", "ASK", "", "answer", "hello"};
    private static final String[] PIECES = {"{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999", "-0",
        "\"type\"", "\"ask\"", "\"id\"", "\"text\"", "\\u0000", "\\ud800", "\u200B", "低保", "😀"};

    private final Random random;
    private int serial;

    FrameFuzzer(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The next fuzzed frame, as the text of a text frame. A client can only send well-formed UTF-16 text, so
     * lone surrogates reach the server as JSON escapes ({@code \ud800}), or become '?' on the way.
     */
    String next() {
        return new String(raw().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private String raw() {
        serial++;
        return switch (random.nextInt(9)) {
            case 0 -> randomBytesAsText();
            case 1 -> pieces();
            case 2 -> truncated(wellFormed());
            case 3 -> "[".repeat(random.nextInt(6000)) + "]".repeat(random.nextInt(10));
            case 4 -> wrongTypes();
            default -> wellFormed();
        };
    }

    private String wellFormed() {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("type", TYPES[random.nextInt(TYPES.length)]);
        if (random.nextInt(10) > 0) {
            frame.put("id", random.nextInt(20) == 0 ? "i".repeat(3000) : "f" + serial + randomText(3));
        }
        if (random.nextInt(10) > 0) {
            frame.put("text", randomText(random.nextInt(10) == 0 ? 2100 : random.nextInt(60)));
        }
        switch (random.nextInt(5)) {
            case 0 -> frame.put("lang", random.nextBoolean() ? "zh" : "fr");
            case 1 -> frame.put("helpful", random.nextBoolean());
            case 2 -> frame.putArray("extra").add(randomText(5)).add(random.nextDouble());
            default -> { }
        }
        return frame.toString();
    }

    private String wrongTypes() {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("type", "ask");
        switch (random.nextInt(4)) {
            case 0 -> frame.put("id", random.nextLong());
            case 1 -> frame.putObject("id").put("nested", true);
            case 2 -> frame.put("id", "w" + serial).putArray("text").add("低保");
            default -> frame.put("id", "w" + serial).put("text", random.nextInt()).put("lang", 7);
        }
        return frame.toString();
    }

    private String truncated(String frame) {
        return frame.substring(0, random.nextInt(frame.length()));
    }

    private String pieces() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private String randomBytesAsText() {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Random code points of every kind, lone surrogates included. */
    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(8)) {
                case 0 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x2000));
                case 2 -> text.append((char) random.nextInt(0x20));
                case 3 -> text.append("\u200B\u00A0\u3000\uFEFF".charAt(random.nextInt(4)));
                case 4 -> text.append((char) ('a' + random.nextInt(26)));
                default -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
        }
        return text.toString();
    }
}
