package gov.longhua.assistant.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editorial loop through the real HTTP API and a real WebSocket visitor: an unanswered question reaches the
 * review queue, an editor drafts an answer, a reviewer publishes it, the visitor gets it with its citation, a
 * rollback restores the old behaviour; an expired entry stops answering; a broken draft is refused by field.
 */
@QuarkusTest
class CurationLoopTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Asked of a knowledge base that has nothing on library opening hours. */
    private static final String UNANSWERED = "龙华区图书馆周末几点开门？";

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private JsonNode ask(String question) {
        try (WsClient visitor = WsClient.connect(URI.create(base.toString().replaceFirst("^http", "ws") + "ws/web"))) {
            visitor.next();
            return visitor.ask("q-" + UUID.randomUUID(), question);
        }
    }

    private static JsonNode body(io.restassured.response.Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.asString(), e);
        }
    }

    /** A new FAQ entry shaped like a published one, with its own id, question and answer. */
    private static ObjectNode newFaq(String id, String questionZh, String answerZh) {
        ObjectNode entry = (ObjectNode) body(StaffApi.EDITOR.get("entries/ogi.reply-time-limit")).path("entry").deepCopy();
        entry.put("id", id);
        entry.put("topic", "services");
        entry.putObject("title").put("zh", questionZh).put("en", "When does the Longhua library open at weekends?");
        ObjectNode questions = entry.putObject("questions");
        questions.putArray("zh").add("图书馆周末开放时间");
        questions.putArray("en").add("library weekend opening hours");
        entry.putObject("answer").put("zh", answerZh).put("en", "[Placeholder] See the library's own notice.");
        entry.putObject("cites");
        entry.put("status", "placeholder");
        return entry;
    }

    private int published() {
        return body(StaffApi.REVIEWER.get("state")).path("published").asInt();
    }

    @Test
    void should_answer_a_question_from_the_review_queue_once_its_draft_is_published_and_not_after_a_rollback() {
        // given: a question the assistant cannot answer well
        JsonNode before = ask(UNANSWERED);
        JsonNode item = null;
        for (JsonNode candidate : body(StaffApi.EDITOR.get("review"))) {
            if (candidate.path("question").asText().equals(UNANSWERED)) {
                item = candidate;
            }
        }
        assertThat(item).as("the unanswered question is in the review queue").isNotNull();
        String id = "services.library-hours-" + UUID.randomUUID().toString().substring(0, 6);
        String answer = "【占位】龙华区图书馆的周末开放时间以图书馆公告为准。";
        int releaseBefore = published();

        // when: an editor drafts the answer and a reviewer publishes it
        io.restassured.response.Response drafted = StaffApi.EDITOR.post("drafts", Map.of("kind", "faq", "entryId", id,
                "entry", newFaq(id, UNANSWERED, answer), "note", "from the review queue",
                "reviewItem", item.path("id").asText()));
        String draftId = body(drafted).path("draft").path("id").asText();
        int editorPublishes = StaffApi.EDITOR.post("publish", Map.of("drafts", List.of(draftId))).statusCode();
        io.restassured.response.Response publication = StaffApi.REVIEWER.post("publish", Map.of("drafts", List.of(draftId),
                "note", "library hours"));
        JsonNode after = ask(UNANSWERED);
        JsonNode history = body(StaffApi.EDITOR.get("entries/" + id)).path("history");
        JsonNode reviewed = body(StaffApi.EDITOR.get("review?status=done"));
        JsonNode audit = body(StaffApi.EDITOR.get("audit?limit=50"));

        // and then a reviewer rolls back to the release before
        io.restassured.response.Response rollback = StaffApi.REVIEWER.post("rollback", Map.of("to", releaseBefore));
        JsonNode restored = ask(UNANSWERED);

        // then
        assertThat(before.path("citations").path(0).path("id").asText()).isNotEqualTo(id);
        assertThat(drafted.statusCode()).isEqualTo(200);
        assertThat(editorPublishes).as("an editor cannot publish").isEqualTo(403);
        assertThat(publication.statusCode()).isEqualTo(200);
        assertThat(body(publication).path("release").path("number").asInt()).isEqualTo(releaseBefore + 1);
        assertThat(after.path("citations").path(0).path("id").asText()).isEqualTo(id);
        assertThat(after.path("text").asText()).isEqualTo(answer);
        assertThat(after.path("kind").asText()).isEqualTo("faq");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("author").asText()).isEqualTo("editor");
        assertThat(history.get(0).path("publishedBy").asText()).isEqualTo("reviewer");
        assertThat(reviewed.findValuesAsText("question")).contains(UNANSWERED);
        assertThat(audit.findValuesAsText("action")).contains("draft-saved", "published");
        assertThat(rollback.statusCode()).isEqualTo(200);
        assertThat(restored.path("citations").path(0).path("id").asText()).isEqualTo(before.path("citations").path(0).path("id").asText());
        assertThat(restored.path("kind").asText()).isEqualTo(before.path("kind").asText());
    }

    @Test
    void should_stop_answering_an_entry_once_it_has_expired() {
        // given: an entry that answers its own title
        JsonNode entry = body(StaffApi.EDITOR.get("entries/ogi.two-modes")).path("entry");
        String title = entry.path("title").path("zh").asText();
        JsonNode answered = ask(title);
        int releaseBefore = published();
        ObjectNode expired = entry.deepCopy();
        expired.put("expires", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());

        // when
        String draftId = body(StaffApi.EDITOR.post("drafts", Map.of("kind", "faq", "entryId", "ogi.two-modes", "entry", expired)))
                .path("draft").path("id").asText();
        int status = StaffApi.REVIEWER.post("publish", Map.of("drafts", List.of(draftId))).statusCode();
        JsonNode afterExpiry = ask(title);
        JsonNode listed = body(StaffApi.EDITOR.get("entries?q=ogi.two-modes"));
        StaffApi.REVIEWER.post("rollback", Map.of("to", releaseBefore));
        JsonNode afterRollback = ask(title);

        // then
        assertThat(answered.path("citations").path(0).path("id").asText()).isEqualTo("ogi.two-modes");
        assertThat(status).isEqualTo(200);
        assertThat(afterExpiry.path("citations").path(0).path("id").asText()).isNotEqualTo("ogi.two-modes");
        assertThat(listed.get(0).path("inForce").asBoolean()).isFalse();
        assertThat(afterRollback.path("citations").path(0).path("id").asText()).isEqualTo("ogi.two-modes");
    }

    @Test
    void should_refuse_a_draft_with_problems_naming_each_field_and_store_nothing() {
        // given
        int draftsBefore = body(StaffApi.EDITOR.get("drafts")).size();
        ObjectNode broken = newFaq("services.broken-" + UUID.randomUUID().toString().substring(0, 6), "测试问题", "测试回答");
        ((ObjectNode) broken.path("answer")).remove("en");
        ObjectNode unknownItem = newFaq("services.unknown-item", "测试问题二", "测试回答二");
        unknownItem.putObject("cites").putArray("items").add("no.such-item");

        // when
        io.restassured.response.Response missing = StaffApi.EDITOR.post("drafts", Map.of("kind", "faq", "entry", broken));
        io.restassured.response.Response dangling = StaffApi.EDITOR.post("drafts", Map.of("kind", "faq", "entry", unknownItem));

        // then
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(body(missing).path("problems").get(0).path("where").asText()).contains("answer").contains("en");
        assertThat(dangling.statusCode()).isEqualTo(400);
        assertThat(body(dangling).path("problems").findValuesAsText("where")).anyMatch(w -> w.contains("cites.items"));
        assertThat(body(dangling).path("problems").findValuesAsText("reason")).anyMatch(r -> r.contains("no.such-item"));
        assertThat(body(StaffApi.EDITOR.get("drafts")).size()).isEqualTo(draftsBefore);
    }

    @Test
    void should_show_a_draft_as_a_field_by_field_difference_and_flag_the_other_language_for_translation() {
        // given
        JsonNode entry = body(StaffApi.EDITOR.get("entries/ogi.two-modes")).path("entry");
        ObjectNode changed = entry.deepCopy();
        String newAnswer = entry.path("answer").path("zh").asText() + "（示例修改）";
        ((ObjectNode) changed.path("answer")).put("zh", newAnswer);
        int releaseBefore = published();

        // when
        JsonNode draft = body(StaffApi.EDITOR.post("drafts", Map.of("kind", "faq", "entryId", "ogi.two-modes", "entry", changed)));
        StaffApi.REVIEWER.post("publish", Map.of("drafts", List.of(draft.path("draft").path("id").asText())));
        JsonNode flagged = body(StaffApi.EDITOR.get("entries?translate=true"));
        StaffApi.REVIEWER.post("rollback", Map.of("to", releaseBefore));

        // then
        assertThat(draft.path("changes")).hasSize(1);
        assertThat(draft.path("changes").get(0).path("path").asText()).isEqualTo("answer.zh");
        assertThat(draft.path("changes").get(0).path("after").asText()).isEqualTo(newAnswer);
        assertThat(flagged.findValuesAsText("id")).contains("ogi.two-modes");
        assertThat(flagged.get(0).path("translate").asText()).isEqualTo("en");
    }
}
