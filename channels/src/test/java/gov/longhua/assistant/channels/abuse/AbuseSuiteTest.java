package gov.longhua.assistant.channels.abuse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.RedisServerResource;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The fault and abuse suite, on loopback against the running application with conversations in a real Redis:
 * one connection sends fuzzed frames (and floods asks among them) while polite visitors come back at ten
 * checkpoints, each asking one question on a fresh connection that continues their conversation; Redis is
 * stopped at the fourth checkpoint and restarted at the seventh. Asserted: no {@code internal} error, the
 * abusive connection still open, every polite ask given exactly one final frame, ready again at the end. The
 * figures (frames per second, replies per error code, the share of polite asks answered) are printed on one
 * line starting {@code ABUSE-SUITE}; {@code -Dabuse.frames=10000} runs the benchmark's size (docs/benchmarks.md).
 */
@QuarkusTest
@TestProfile(AbuseProfile.class)
class AbuseSuiteTest {

    private static final int FRAMES = Integer.getInteger("abuse.frames", 1_000);
    private static final int CHECKPOINTS = 10;
    private static final int VISITORS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] QUESTIONS = {
        "申请政府信息公开多久答复？", "How do I apply for 低保?", "义务教育学校名录",
        "对政府資訊公開的答覆不滿意怎麼辦？", "How much do I pay to get government information?",
        "低保\u200B怎么申请\u00A0？😀", "那要收费吗？", "我要开公司",
    };

    @TestHTTPResource("/")
    URL base;

    private URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + path.substring(1));
    }

    @Test
    void should_survive_fuzzed_frames_an_abusive_connection_and_redis_stopped_and_restarted() {
        Readiness.awaitReady();
        FrameFuzzer fuzzer = new FrameFuzzer(11);
        String[] sessions = new String[VISITORS];
        int politeAsked = 0;
        int politeAnswered = 0;
        long started = System.nanoTime();
        try (WsClient abuser = WsClient.connect(ws("/ws/web"))) {
            abuser.next();
            for (int sent = 0; sent < FRAMES; sent++) {
                if (sent % 5 == 0) {
                    abuser.send(ask("flood-" + sent, QUESTIONS[sent % QUESTIONS.length]));
                } else if (sent % 97 == 0) {
                    abuser.sendBinary(new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
                } else {
                    abuser.send(fuzzer.next());
                }
                if ((sent + 1) % (FRAMES / CHECKPOINTS) == 0) {
                    int checkpoint = (sent + 1) / (FRAMES / CHECKPOINTS);
                    if (checkpoint == 4) {
                        RedisServerResource.stopServer();
                    } else if (checkpoint == 7) {
                        RedisServerResource.restartServer();
                    }
                    for (int v = 0; v < VISITORS; v++) {
                        politeAsked++;
                        politeAnswered += politeVisit(sessions, v, checkpoint) ? 1 : 0;
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            // then: the abusive connection is still served, and its frames drew no internal error
            abuser.send("{\"type\":\"cancel\",\"id\":\"last\"}");
            Map<String, Integer> replies = new TreeMap<>();
            JsonNode frame;
            do {
                frame = abuser.next();
                replies.merge(frame.path("type").asText().equals("error") ? frame.path("code").asText()
                        : frame.path("type").asText(), 1, Integer::sum);
            } while (!(frame.path("type").asText().equals("cancelled") && frame.path("replyTo").asText().equals("last")));
            assertThat(abuser.isClosed()).isFalse();
            assertThat(replies).doesNotContainKey("internal");
            assertThat(internalErrorsCounted()).isZero();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> given().get("/q/health/ready").statusCode() == 200);
            System.out.printf("ABUSE-SUITE frames=%d seconds=%.1f frames_per_s=%.0f replies=%s polite_answered=%d/%d (%.0f%%)%n",
                    FRAMES, seconds, FRAMES / seconds, replies, politeAnswered, politeAsked,
                    100.0 * politeAnswered / politeAsked);
        }
    }

    /**
     * One polite visitor comes back: reconnects to their conversation, asks one question, and gets exactly
     * one final frame for it (an answer, or a clear error); returns whether it was an answer.
     */
    private boolean politeVisit(String[] sessions, int visitor, int checkpoint) {
        String query = sessions[visitor] == null ? "" : "?session=" + sessions[visitor];
        try (WsClient client = WsClient.connect(ws("/ws/kiosk" + query))) {
            JsonNode session = client.next();
            assertThat(session.path("type").asText()).as("checkpoint %d", checkpoint).isEqualTo("session");
            sessions[visitor] = session.path("sessionId").asText();
            String id = "polite-" + visitor + "-" + checkpoint;
            JsonNode reply = client.ask(id, QUESTIONS[(visitor + checkpoint) % QUESTIONS.length]);
            assertThat(reply.path("replyTo").asText()).isEqualTo(id);
            assertThat(reply.path("type").asText()).isIn("answer", "error");
            assertThat(reply.path("code").asText()).isNotEqualTo("internal");
            client.send("{\"type\":\"cancel\",\"id\":\"probe\"}");
            assertThat(client.next().path("type").asText()).as("nothing after the final frame").isEqualTo("cancelled");
            return reply.path("type").asText().equals("answer");
        }
    }

    private static String ask(String id, String text) {
        return JSON.createObjectNode().put("type", "ask").put("id", id).put("text", text).toString();
    }

    /** {@code assistant_errors_total{code="internal"}} from the metrics, 0 if never counted. */
    private static double internalErrorsCounted() {
        Matcher internal = Pattern.compile("assistant_errors_total\\{[^}]*code=\"internal\"[^}]*} ([0-9.E]+)")
                .matcher(given().get("/q/metrics").asString());
        return internal.find() ? Double.parseDouble(internal.group(1)) : 0;
    }
}
