package gov.longhua.assistant.channels.redis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.RedisServerResource;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Redis stopped and restarted under a running application: every ask is still answered, exactly once. */
@QuarkusTest
@TestProfile(RedisFaultProfile.class)
class RedisFaultTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    RedisDataSource redis;

    private URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + path.substring(1));
    }

    /** Asks and checks that the one reply is the answer to this ask. */
    private static void assertAnswered(WsClient client, String id, String text) {
        JsonNode reply = client.ask(id, text);
        assertThat(reply.path("type").asText()).as("reply to %s: %s", id, reply).isEqualTo("answer");
        assertThat(reply.path("replyTo").asText()).isEqualTo(id);
    }

    /** No stray frame is waiting: a cancel's confirmation is the very next frame. */
    private static void assertNothingElseSent(WsClient client) {
        client.send("{\"type\":\"cancel\",\"id\":\"probe\"}");
        assertThat(client.next().path("type").asText()).isEqualTo("cancelled");
    }

    @Test
    void should_answer_every_ask_exactly_once_while_redis_is_stopped_and_restarted() {
        Readiness.awaitReady();
        try (WsClient visitor = WsClient.connect(ws("/ws/web"))) {
            String session = visitor.next().path("sessionId").asText();
            assertAnswered(visitor, "before", "申请政府信息公开多久答复？");
            assertThat(redis.key(String.class).exists(RedisFaultProfile.PREFIX + session)).isTrue();

            // when: Redis goes away
            RedisServerResource.stopServer();

            // then: readiness says so, and asks on open and new connections are still answered
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> given().get("/q/health/ready").statusCode() == 503);
            assertThat(given().get("/q/health/ready").asString()).contains("\"redis\"").contains("DOWN");
            for (int i = 0; i < 4; i++) {
                assertAnswered(visitor, "during-" + i, i % 2 == 0 ? "低保怎么申请？" : "How do I apply for 低保?");
            }
            try (WsClient newcomer = WsClient.connect(ws("/ws/kiosk"))) {
                assertThat(newcomer.next().path("type").asText()).isEqualTo("session");
                assertAnswered(newcomer, "new", "How much do I pay to get government information?");
                assertNothingElseSent(newcomer);
            }

            // when: Redis comes back (empty)
            RedisServerResource.restartServer();

            // then: ready again, answering goes on, and the conversation kept in memory is back in Redis
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> given().get("/q/health/ready").statusCode() == 200);
            assertAnswered(visitor, "after", "义务教育学校名录");
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> redis.key(String.class).exists(RedisFaultProfile.PREFIX + session));
            assertNothingElseSent(visitor);
        }
    }
}
