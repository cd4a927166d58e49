package gov.longhua.assistant.channels.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.robot.TextFrames;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A load generator for the WebSocket channels: {@code clients} visitors connect at once to a running
 * application and each asks {@code questions} questions one after another (a rotating mix of Chinese,
 * English, Traditional and out-of-scope ones, made unique so no cache helps), timing each answer from send to
 * receipt. Prints the throughput and the latency percentiles. Run: docs/benchmarks.md.
 */
public final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUESTIONS = List.of("申请政府信息公开多久答复", "低保怎么申请", "学区范围在哪里查",
            "孩子出生多久要上户口", "How long does the government have to reply?", "How do I apply for dibao?",
            "申請政府資訊公開多久答覆", "明天天气怎么样", "公租房申请条件", "Where can I see the compensation plan?");

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args.length > 0 ? args[0] : "ws://localhost:8080/ws/web");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int questions = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                try {
                    visit(http, server, client, questions, latencies);
                } catch (Exception e) {
                    failures.add(client + ": " + e);
                } finally {
                    done.countDown();
                }
            }, "visitor-" + client).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "clients %d, questions each %d: %d answers in %.1f s = %.1f answers/s; "
                + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; failures %d%n",
                clients, questions, sorted.size(), seconds, sorted.size() / seconds, percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.99), percentile(sorted, 1.0), failures.size());
        failures.stream().limit(5).forEach(System.out::println);
    }

    private static void visit(HttpClient http, URI server, int client, int questions, List<Long> latencies)
            throws Exception {
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(server, new TextFrames(frame -> {
            try {
                frames.add(JSON.readTree(frame));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })).join();
        next(frames, "session");
        for (int q = 0; q < questions; q++) {
            String id = client + "-" + q;
            String text = QUESTIONS.get((client + q) % QUESTIONS.size()) + " " + client + "." + q;
            long sent = System.nanoTime();
            socket.sendText(JSON.createObjectNode().put("type", "ask").put("id", id).put("text", text).toString(), true)
                    .join();
            JsonNode answer = next(frames, "answer");
            latencies.add(System.nanoTime() - sent);
            if (!answer.path("replyTo").asText().equals(id)) {
                throw new IllegalStateException("answer to " + answer.path("replyTo") + " instead of " + id);
            }
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private static JsonNode next(BlockingQueue<JsonNode> frames, String type) throws InterruptedException {
        while (true) {
            JsonNode frame = frames.poll(60, TimeUnit.SECONDS);
            if (frame == null) {
                throw new IllegalStateException("no " + type + " frame within 60 s");
            }
            if (frame.path("type").asText().equals(type)) {
                return frame;
            }
            if (frame.path("type").asText().equals("error")) {
                throw new IllegalStateException("error frame: " + frame);
            }
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
