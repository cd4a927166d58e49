package gov.longhua.assistant.channels.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Learning from questions through the real API: near-identical questions as one review item, a question added
 * as a phrasing, the hit test, regression suites guarding publishing, the dashboard, hot topics reaching the
 * widget's session frame, masked log export, and sheet import with its report before anything is applied.
 */
@QuarkusTest
class ConsoleInsightTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private WsClient visitor() {
        return WsClient.connect(URI.create(base.toString().replaceFirst("^http", "ws") + "ws/kiosk"));
    }

    private JsonNode ask(String question) {
        try (WsClient visitor = visitor()) {
            visitor.next();
            return visitor.ask("q-" + UUID.randomUUID(), question);
        }
    }

    private static JsonNode body(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.asString(), e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode itemFor(String question) {
        for (JsonNode item : body(StaffApi.EDITOR.get("review"))) {
            if (item.path("question").asText().equals(question)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void should_group_near_identical_questions_and_add_them_as_phrasings_of_an_entry() {
        // given: the same unanswerable question three ways
        ask("龙华区游泳馆夏天几点关门？");
        ask("龙华区游泳馆夏天几点关门");
        ask("请问龙华区游泳馆夏天几点关门呢？");

        // when
        JsonNode item = itemFor("龙华区游泳馆夏天几点关门？");
        Response variant = StaffApi.EDITOR.post("review/" + item.path("id").asText() + "/variant",
                Map.of("entryId", "about.portal"));
        JsonNode marked = itemFor("龙华区游泳馆夏天几点关门？");
        JsonNode draft = body(variant);
        StaffApi.EDITOR.post("drafts/" + draft.path("draft").path("id").asText() + "/discard", Map.of());

        // then
        assertThat(item.path("count").asInt()).isEqualTo(3);
        assertThat(item.path("channels").toString()).contains("kiosk");
        assertThat(variant.statusCode()).isEqualTo(200);
        assertThat(draft.path("changes").findValuesAsText("after")).contains("龙华区游泳馆夏天几点关门？");
        assertThat(draft.path("changes").findValuesAsText("path")).allMatch(path -> path.startsWith("questions.zh"));
        assertThat(marked.path("status").asText()).isEqualTo("in-progress");
    }

    @Test
    void should_explain_an_answer_with_its_tier_candidates_and_thresholds() {
        // when
        JsonNode exact = body(StaffApi.EDITOR.post("hit-test", Map.of("question", "申请政府信息公开多久答复？")));
        JsonNode retrieved = body(StaffApi.EDITOR.post("hit-test", Map.of("question", "政府信息公开申请一般多少天能有答复", "lang", "zh")));
        Response empty = StaffApi.EDITOR.post("hit-test", Map.of("question", " "));

        // then
        assertThat(exact.path("tier").asText()).isEqualTo("EXACT");
        assertThat(exact.path("answer").path("entryId").asText()).isEqualTo("ogi.reply-time-limit");
        assertThat(retrieved.path("candidates").size()).isPositive();
        assertThat(retrieved.path("candidates").get(0).path("candidate").path("cosine").asDouble()).isPositive();
        assertThat(retrieved.path("accept").asDouble()).isGreaterThan(retrieved.path("clarifyFrom").asDouble());
        assertThat(retrieved.path("tier").asText()).isIn("ACCEPTED", "CLARIFY", "FIELD", "FALLBACK");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(body(empty).path("problems").get(0).path("where").asText()).isEqualTo("question");
    }

    @Test
    void should_keep_a_regression_suite_and_stop_a_publish_that_breaks_it() {
        // given
        String name = "guard-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "question,expected\n申请政府信息公开多久答复？,ogi.reply-time-limit\n今天股票会涨吗,refuse\n";
        Response uploaded = StaffApi.EDITOR.post("suites", Map.of("name", name, "fileName", "guard.csv", "content", base64(csv)));
        Response badSuite = StaffApi.EDITOR.post("suites", Map.of("name", "bad", "fileName", "bad.csv",
                "content", base64("question,expected\n你好,no.such-entry\n")));
        String removal = body(StaffApi.EDITOR.post("drafts", Map.of("kind", "faq", "entryId", "ogi.reply-time-limit")))
                .path("draft").path("id").asText();

        // when
        Response blocked = StaffApi.REVIEWER.post("publish", Map.of("drafts", List.of(removal)));
        JsonNode stillAnswered = body(StaffApi.EDITOR.post("hit-test", Map.of("question", "申请政府信息公开多久答复？")));
        StaffApi.EDITOR.post("drafts/" + removal + "/discard", Map.of());
        StaffApi.EDITOR.delete("suites/" + name);

        // then
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(body(uploaded).path("passed").asInt()).isEqualTo(2);
        assertThat(badSuite.statusCode()).isEqualTo(400);
        assertThat(body(badSuite).path("problems").get(0).path("where").asText()).isEqualTo("bad.csv, row 2, column expected");
        assertThat(blocked.statusCode()).isEqualTo(409);
        JsonNode report = body(blocked).path("suites").findValue("results");
        assertThat(body(blocked).path("suites").get(0).path("failed").asInt()).isEqualTo(1);
        assertThat(report.get(0).path("passed").asBoolean()).isFalse();
        assertThat(stillAnswered.path("answer").path("entryId").asText()).isEqualTo("ogi.reply-time-limit");
    }

    @Test
    void should_count_questions_on_the_dashboard_and_send_pinned_hot_topics_to_the_widget() {
        // given
        ask("低保怎么申请？");
        String topic = "housing-" + UUID.randomUUID().toString().substring(0, 4);

        // when
        JsonNode dashboard = body(StaffApi.EDITOR.get("dashboard"));
        Response pinned = StaffApi.EDITOR.post("hot-topics", Map.of("id", topic,
                "label", Map.of("zh", "住房保障", "en", "Housing support"),
                "question", Map.of("zh", "住房保障怎么申请？", "en", "How do I apply for housing support?")));
        Response invalid = StaffApi.EDITOR.post("hot-topics", Map.of("id", "Bad Id", "label", Map.of("zh", "", "en", "x"),
                "question", Map.of("zh", "x", "en", "x")));
        JsonNode session;
        try (WsClient visitor = visitor()) {
            session = visitor.next();
        }
        String publicList = given().get("/api/hot-topics").asString();
        StaffApi.EDITOR.delete("hot-topics/" + topic);

        // then
        assertThat(dashboard.path("figures").path("total").asInt()).isPositive();
        assertThat(dashboard.path("figures").path("byChannel").path("kiosk").asInt()).isPositive();
        assertThat(dashboard.path("figures").path("hours").size()).isEqualTo(24);
        assertThat(dashboard.path("figures").path("days").size()).isEqualTo(14);
        assertThat(pinned.statusCode()).isEqualTo(200);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(body(invalid).path("problems").findValuesAsText("where")).contains("id", "label.zh");
        assertThat(session.path("suggestions").findValuesAsText("id")).contains(topic);
        assertThat(publicList).contains(topic).contains("住房保障");
    }

    @Test
    void should_export_the_question_log_with_personal_data_masked() {
        // given
        ask("我叫张三，电话13812345678，身份证440306199001011234，低保怎么申请？");

        // when
        String csv = StaffApi.ADMIN.request().accept("text/csv").get("/staff/api/export/questions.csv").asString();
        String json = StaffApi.ADMIN.request().get("/staff/api/export/questions.json").asString();

        // then
        assertThat(csv).contains("低保怎么申请").doesNotContain("13812345678").doesNotContain("440306199001011234")
                .doesNotContain("张三");
        assertThat(json).contains("低保怎么申请").doesNotContain("13812345678").doesNotContain("张三");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("confidence,answer");
        assertThat(json).contains("\"answer\":\"");
    }

    @Test
    void should_report_a_sheet_before_applying_it_and_apply_it_as_drafts() {
        // given: the published FAQ exported, one answer changed, and a copy with a broken row
        String exported = StaffApi.EDITOR.request().accept("text/csv").get("/staff/api/export/faq.csv").asString();
        String changed = exported.replaceFirst("根据条例第三十三条", "依照条例第三十三条");
        String broken = exported.substring(0, exported.indexOf('\n')) + "\nogi.broken,ogi\n";

        // when
        JsonNode report = body(StaffApi.EDITOR.post("import/faq", Map.of("fileName", "faq.csv", "content", base64(changed))));
        JsonNode problems = body(StaffApi.EDITOR.post("import/faq", Map.of("fileName", "faq.csv", "content", base64(broken))));
        int draftsBefore = body(StaffApi.EDITOR.get("drafts?state=draft")).size();
        JsonNode applied = body(StaffApi.EDITOR.post("import/faq", Map.of("fileName", "faq.csv", "content", base64(changed),
                "apply", true)));
        int draftsAfter = body(StaffApi.EDITOR.get("drafts?state=draft")).size();
        applied.path("drafts").forEach(d -> StaffApi.EDITOR.post("drafts/" + d.path("id").asText() + "/discard", Map.of()));

        // then
        assertThat(report.path("changed").findValuesAsText("")).isEmpty();
        assertThat(report.path("changed").toString()).isEqualTo("[\"ogi.reply-time-limit\"]");
        assertThat(report.path("added").size()).isZero();
        assertThat(report.path("problems").size()).isZero();
        assertThat(report.path("drafts").size()).isZero();
        assertThat(problems.path("problems").get(0).path("where").asText()).startsWith("faq.csv, row 2").contains("column");
        assertThat(problems.path("drafts").size()).isZero();
        assertThat(draftsAfter).isEqualTo(draftsBefore + report.path("changed").size());
    }
}
