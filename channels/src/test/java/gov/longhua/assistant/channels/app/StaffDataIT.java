package gov.longhua.assistant.channels.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.channels.support.AppProcess;
import gov.longhua.assistant.channels.support.WsClient;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * What staff publish, seen from separate processes of the packaged application: it survives a restart on the
 * embedded file store, and with Redis it reaches another running instance without a restart.
 */
class StaffDataIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "申请政府信息公开多久答复？";

    private static Map<String, String> withAdmin(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("assistant.staff.initial-users.admin.password", "it-admin-password");
        all.put("assistant.staff.initial-users.admin.roles", "admin,editor,reviewer");
        all.put("assistant.handoff.missed-file", "target/it-missed.jsonl");
        return all;
    }

    private static RequestSpecification admin(AppProcess app) {
        return given().baseUri(app.base().toString()).auth().preemptive().basic("admin", "it-admin-password")
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** Publishes a new answer to the question's entry on one instance; returns the new answer. */
    private static String publishNewAnswer(AppProcess app) throws IOException {
        ObjectNode entry = (ObjectNode) json(admin(app).get("/staff/api/entries/ogi.reply-time-limit").asString())
                .path("entry").deepCopy();
        String answer = "【测试】" + UUID.randomUUID();
        ((ObjectNode) entry.path("answer")).put("zh", answer);
        String draft = json(admin(app).body(Map.of("kind", "faq", "entry", entry)).post("/staff/api/drafts").asString())
                .path("draft").path("id").asText();
        int status = admin(app).body(Map.of("drafts", List.of(draft))).post("/staff/api/publish").statusCode();
        assertThat(status).as(app.output()).isEqualTo(200);
        return answer;
    }

    private static String answerTo(AppProcess app) {
        try (WsClient visitor = WsClient.connect(app.ws("/ws/web"))) {
            visitor.next();
            return visitor.ask("1", QUESTION).path("text").asText();
        }
    }

    @Test
    void should_keep_published_answers_and_accounts_across_a_restart_on_the_file_store(@TempDir Path dir) throws IOException {
        Map<String, String> properties = withAdmin(Map.of("assistant.staff.dir", dir.resolve("staff").toString()));
        String published;
        try (AppProcess first = AppProcess.start(dir, properties)) {
            published = publishNewAnswer(first);
            assertThat(answerTo(first)).isEqualTo(published);
        }

        try (AppProcess second = AppProcess.start(dir, properties)) {
            assertThat(answerTo(second)).isEqualTo(published);
            assertThat(json(admin(second).get("/staff/api/releases").asString())).hasSize(1);
            assertThat(json(admin(second).get("/staff/api/audit").asString()).findValuesAsText("action")).contains("published");
        }
    }

    @Test
    void should_put_a_release_published_on_one_instance_in_service_on_another(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        redis.start();
        Map<String, String> properties = withAdmin(Map.of("assistant.staff.store", "redis",
                "assistant.conversation.store", "redis", "quarkus.redis.hosts", "redis://127.0.0.1:" + port));
        try (AppProcess one = AppProcess.start(dir, properties); AppProcess other = AppProcess.start(dir, properties)) {
            String before = answerTo(other);

            String published = publishNewAnswer(one);

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> answerTo(other).equals(published));
            assertThat(before).isNotEqualTo(published);
            assertThat(json(admin(other).get("/staff/api/state").asString()).path("published").asInt()).isEqualTo(1);
        } finally {
            redis.stop();
        }
    }
}
