package gov.longhua.assistant.channels.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.LanguageModelResource;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the optional language model configured (an OpenAI-compatible endpoint over HTTP), composed answers
 * get a grounded summary first; curated answers are untouched. Every other test runs with it off.
 */
@QuarkusTest
@TestProfile(LanguageModelProfile.class)
class LanguageModelTest {

    private static final String SUMMARY = "控辍保学的信息由街道办事处公开。";

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void knowledgeBaseLoaded() {
        Readiness.awaitReady();
        LanguageModelResource.server().reply(SUMMARY);
    }

    private URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + path.substring(1));
    }

    @Test
    void should_put_the_grounded_summary_of_a_composed_answer_first_and_speak_it_on_the_robot() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            JsonNode answer = client.ask("s1", "控辍保学");

            assertThat(answer.path("kind").asText()).isEqualTo("catalogue");
            assertThat(answer.path("text").asText()).startsWith(SUMMARY).contains("公开时限");
            assertThat(answer.path("speech").asText()).isEqualTo(SUMMARY);
            assertThat(LanguageModelResource.server().requests()).last().asString()
                    .contains("test-model", "控辍保学");
        }
    }

    @Test
    void should_return_a_curated_answer_as_written() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();
            int before = LanguageModelResource.server().requests().size();

            JsonNode answer = client.ask("s2", "申请政府信息公开多久答复");

            assertThat(answer.path("kind").asText()).isEqualTo("faq");
            assertThat(answer.path("text").asText()).doesNotContain(SUMMARY);
            assertThat(LanguageModelResource.server().requests()).hasSize(before);
        }
    }
}
