package gov.longhua.assistant.channels.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.support.LanguageModelResource;
import gov.longhua.assistant.channels.support.OpenAiCompatibleServer;
import gov.longhua.assistant.channels.support.RawWebSocket;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public connections within their bounds: each limit reached by a real client gets a clear answer. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class ChannelLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A catalogue question: its answer goes through the language model, which a test can hold. */
    private static final String COMPOSED = "控辍保学工作情况";

    @TestHTTPResource("/")
    URL base;

    @Inject
    ConnectionLimits limits;

    @Inject
    AnsweringPool pool;

    @BeforeEach
    void readyWithNoConnectionLeftOpen() {
        Readiness.awaitReady();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> limits.total() == 0);
    }

    private URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + path.substring(1));
    }

    private static String ask(String id, String text) {
        return JSON.createObjectNode().put("type", "ask").put("id", id).put("text", text).toString();
    }

    private static void assertBilingualError(JsonNode frame, String code) {
        assertThat(frame.path("type").asText()).isEqualTo("error");
        assertThat(frame.path("code").asText()).isEqualTo(code);
        assertThat(frame.path("display").path("zh").asText()).matches(".*\\p{IsHan}.*");
        assertThat(frame.path("display").path("en").asText()).matches(".*[A-Za-z].*");
    }

    @Test
    void should_refuse_asks_beyond_the_burst_with_a_retry_hint_and_keep_the_connection_open() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            // when: a burst of three is allowed, the fourth ask comes too soon
            for (int i = 1; i <= 3; i++) {
                assertThat(client.ask("b" + i, "申请政府信息公开多久答复？").path("type").asText()).isEqualTo("answer");
            }
            JsonNode fourth = client.ask("b4", "申请政府信息公开多久答复？");

            // then
            assertBilingualError(fourth, "rate_limited");
            assertThat(fourth.path("replyTo").asText()).isEqualTo("b4");
            assertThat(fourth.path("retryAfterMs").asLong()).isPositive();
            client.send("{\"type\":\"cancel\",\"id\":\"b4\"}");
            assertThat(client.next().path("type").asText()).isEqualTo("cancelled");
        }
    }

    @Test
    void should_refuse_an_ask_beyond_those_in_flight_and_one_the_full_pool_cannot_queue() {
        OpenAiCompatibleServer model = LanguageModelResource.server();
        model.hold();
        try (WsClient visitor = WsClient.connect(ws("/ws/web")); WsClient other = WsClient.connect(ws("/ws/kiosk"))) {
            visitor.next();
            other.next();
            int before = model.requests().size();

            // given: one ask answering (held at the model); the pool has one thread and a queue of one
            visitor.send(ask("h1", COMPOSED));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> model.requests().size() > before);

            // when: two more asks on the same connection, which may have two in flight
            visitor.send(ask("h2", COMPOSED));
            visitor.send(ask("h3", COMPOSED));

            // then: one of them is queued, the other refused
            JsonNode refused = visitor.next();
            assertBilingualError(refused, "rate_limited");
            assertThat(refused.path("replyTo").asText()).isIn("h2", "h3");
            assertThat(refused.path("retryAfterMs").asLong()).isPositive();

            // when: another connection asks while the thread is busy and the queue full
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pool.queued() == 1);
            other.send(ask("o1", COMPOSED));

            // then
            JsonNode busy = other.next();
            assertBilingualError(busy, "busy");
            assertThat(busy.path("replyTo").asText()).isEqualTo("o1");
            assertThat(busy.path("retryAfterMs").asLong()).isPositive();

            model.release();
            String queued = refused.path("replyTo").asText().equals("h2") ? "h3" : "h2";
            List<String> answered = List.of(visitor.next().path("replyTo").asText(), visitor.next().path("replyTo").asText());
            assertThat(answered).containsExactlyInAnyOrder("h1", queued);
        } finally {
            model.release();
        }
    }

    @Test
    void should_refuse_a_connection_beyond_the_cap_per_address_with_1013() {
        List<WsClient> open = new ArrayList<>();
        try {
            // given: four connections from this address
            for (int i = 0; i < 4; i++) {
                WsClient client = WsClient.connect(ws("/ws/web"));
                assertThat(client.next().path("type").asText()).isEqualTo("session");
                open.add(client);
            }

            // when
            WsClient fifth = WsClient.connect(ws("/ws/web"));
            open.add(fifth);

            // then
            assertBilingualError(fifth.next(), "too_many_connections");
            assertThat(fifth.closeCode()).isEqualTo(1013);
        } finally {
            open.forEach(WsClient::close);
        }
    }

    @Test
    void should_count_a_device_by_its_key_not_its_address_and_refuse_an_unknown_key() {
        List<WsClient> open = new ArrayList<>();
        try {
            // given: the address is at its cap
            for (int i = 0; i < 4; i++) {
                WsClient client = WsClient.connect(ws("/ws/web"));
                client.next();
                open.add(client);
            }

            // when: a kiosk presents its key in the header, a robot in the query
            WsClient kiosk = WsClient.connectWith(ws("/ws/kiosk"), Map.of("X-Device-Key", LimitsProfile.KIOSK_KEY));
            open.add(kiosk);
            WsClient robot = WsClient.connect(ws("/ws/robot?device-key=" + LimitsProfile.ROBOT_KEY));
            open.add(robot);

            // then
            assertThat(kiosk.next().path("type").asText()).isEqualTo("session");
            assertThat(robot.next().path("type").asText()).isEqualTo("session");
            assertThat(kiosk.ask("k1", "低保怎么申请？").path("type").asText()).isEqualTo("answer");

            WsClient secondKiosk = WsClient.connectWith(ws("/ws/kiosk"), Map.of("X-Device-Key", LimitsProfile.KIOSK_KEY));
            open.add(secondKiosk);
            assertThat(secondKiosk.next().path("type").asText()).isEqualTo("session");
            WsClient thirdKiosk = WsClient.connectWith(ws("/ws/kiosk"), Map.of("X-Device-Key", LimitsProfile.KIOSK_KEY));
            open.add(thirdKiosk);
            assertBilingualError(thirdKiosk.next(), "too_many_connections");
            assertThat(thirdKiosk.closeCode()).isEqualTo(1013);

            WsClient stranger = WsClient.connectWith(ws("/ws/kiosk"), Map.of("X-Device-Key", "not-a-registered-key"));
            open.add(stranger);
            assertBilingualError(stranger.next(), "unknown_device");
            assertThat(stranger.closeCode()).isEqualTo(1008);
        } finally {
            open.forEach(WsClient::close);
        }
    }

    @Test
    void should_answer_a_binary_frame_with_an_error_and_go_on_answering() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            client.sendBinary(new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});

            assertBilingualError(client.next(), "binary_not_supported");
            assertThat(client.ask("after", "低保怎么申请？").path("type").asText()).isEqualTo("answer");
        }
    }

    @Test
    void should_close_a_frame_over_sixteen_kib_with_1009() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            client.send(ask("huge", "问".repeat(6_000)));

            assertBilingualError(client.next(), "frame_too_large");
            assertThat(client.closeCode()).isEqualTo(1009);
        }
    }

    @Test
    void should_read_text_of_only_invisible_and_no_break_spaces_as_missing() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode reply = client.ask("blank", "\u200B\u00A0\u3000\uFEFF\u200D \u2060");

            assertBilingualError(reply, "missing_text");
            assertThat(reply.path("replyTo").asText()).isEqualTo("blank");
        }
    }

    @Test
    void should_answer_two_thousand_random_han_characters_and_a_lone_surrogate_without_a_fault() {
        Random random = new Random(7);
        StringBuilder han = new StringBuilder();
        while (han.length() < 2000) {
            han.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode long_ = client.ask("long", han.toString());
            client.send("{\"type\":\"ask\",\"id\":\"lone\",\"text\":\"低保\\ud800怎么申请\"}");
            JsonNode lone = client.next();

            assertThat(long_.path("type").asText()).isEqualTo("answer");
            assertThat(lone.path("type").asText()).isEqualTo("answer");
        }
    }

    @Test
    void should_read_bytes_that_are_not_utf8_as_replacement_characters_and_answer() throws Exception {
        try (RawWebSocket raw = new RawWebSocket(ws("/ws/web"))) {
            assertThat(raw.nextText()).contains("\"session\"");
            java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
            frame.write("{\"type\":\"ask\",\"id\":\"bytes\",\"text\":\"低保".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            frame.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            frame.write("怎么申请\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            raw.sendText(frame.toByteArray());

            JsonNode reply = JSON.readTree(raw.nextText());
            assertThat(reply.path("type").asText()).isEqualTo("answer");
            assertThat(reply.path("replyTo").asText()).isEqualTo("bytes");
        }
    }

    @Test
    void should_close_a_connection_that_sends_nothing() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode idle = client.next();

            assertBilingualError(idle, "idle");
            assertThat(client.closeCode()).isEqualTo(1000);
        }
    }

    @Test
    void should_still_accept_utf8_text_of_every_plane() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode reply = client.ask("emoji", "低保怎么申请？😀𠀀");

            assertThat(reply.path("type").asText()).isEqualTo("answer");
        }
    }
}
