package gov.longhua.assistant.channels.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The packaged application (java -jar quarkus-run.jar), started on embedded defaults and asked a question. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @TestHTTPResource("/")
    URL base;

    @Test
    void should_answer_a_question_over_websocket_from_the_packaged_jar() {
        Readiness.awaitReady();
        URI robot = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/robot");

        try (WsClient client = WsClient.connect(robot)) {
            assertThat(client.next().path("type").asText()).isEqualTo("session");

            JsonNode answer = client.ask("it-1", "孩子出生后多久要办出生登记？");

            assertThat(answer.path("kind").asText()).isEqualTo("faq");
            assertThat(answer.path("citations").get(0).path("id").asText()).isEqualTo("hukou.newborn-registration");
            assertThat(answer.path("text").asText()).contains("一个月");
            assertThat(answer.path("speech").asText()).isNotBlank().doesNotContain("www.");
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
