package gov.longhua.assistant.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import io.quarkus.test.junit.QuarkusTest;
import gov.longhua.assistant.channels.support.WsClient;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What admins change in the console takes effect at once, is checked field by field, and is audited. */
@QuarkusTest
class ConsoleSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Answered by meaning with the measured thresholds, not by a curated phrasing. */
    private static final String QUESTION = "政府信息公开申请一般多少天能有答复";

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private static JsonNode body(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.asString(), e);
        }
    }

    private static Map<String, Object> settings(Double acceptZh, Double clarifyZh, String officeHours) {
        Map<String, Object> body = new HashMap<>();
        body.put("acceptZh", acceptZh);
        body.put("clarifyZh", clarifyZh);
        body.put("officeHours", officeHours);
        return body;
    }

    @Test
    void should_answer_by_the_thresholds_an_admin_sets_and_back_by_the_configured_ones() {
        // given
        JsonNode before = body(StaffApi.EDITOR.post("hit-test", Map.of("question", QUESTION)));

        // when
        Response strict = StaffApi.ADMIN.post("settings", settings(0.99, 0.99, null));
        JsonNode during = body(StaffApi.EDITOR.post("hit-test", Map.of("question", QUESTION)));
        Response reset = StaffApi.ADMIN.post("settings", settings(null, null, null));
        JsonNode after = body(StaffApi.EDITOR.post("hit-test", Map.of("question", QUESTION)));
        JsonNode audit = body(StaffApi.EDITOR.get("audit?limit=20"));

        // then
        assertThat(before.path("tier").asText()).isEqualTo("ACCEPTED");
        assertThat(strict.statusCode()).isEqualTo(200);
        assertThat(body(strict).path("effective").path("answering").path("acceptZh").asDouble()).isEqualTo(0.99);
        assertThat(during.path("accept").asDouble()).isEqualTo(0.99);
        assertThat(during.path("tier").asText()).isNotEqualTo("ACCEPTED");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(after.path("tier").asText()).isEqualTo("ACCEPTED");
        assertThat(after.path("accept").asDouble()).isEqualTo(before.path("accept").asDouble());
        assertThat(audit.findValuesAsText("action")).contains("settings-saved");
    }

    @Test
    void should_put_a_visitor_through_to_staff_only_within_the_office_hours_an_admin_sets() {
        // given: a one-minute span twelve hours from now in Longhua
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.LocalTime from = now.plusHours(12).withSecond(0).withNano(0);
        String elsewhere = String.format("%02d:%02d-%02d:%02d", from.getHour(), from.getMinute(),
                from.plusMinutes(1).getHour(), from.plusMinutes(1).getMinute());
        if (from.getHour() == 23 && from.getMinute() == 59) {
            elsewhere = "11:00-11:01";
        }
        Map<String, Object> closed = settings(null, null, elsewhere);
        closed.put("workingDaysOnly", false);
        URI base = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/");

        // when
        JsonNode reply;
        JsonNode during;
        try (WsClient staff = WsClient.connectAs(ws(base, "/staff/ws"), "staff", "test-staff-password");
                WsClient visitor = WsClient.connect(ws(base, "/ws/web"))) {
            staff.next();
            visitor.next();
            StaffApi.ADMIN.post("settings", closed);
            during = body(StaffApi.ADMIN.get("settings"));
            reply = visitor.ask("h1", "转人工");
            StaffApi.ADMIN.post("settings", settings(null, null, null));
        }

        // then
        assertThat(during.path("effective").path("officeHours").asText()).isEqualTo(elsewhere);
        assertThat(reply.path("kind").asText()).isEqualTo("handoff");
        assertThat(reply.path("text").asText()).doesNotContain("正在为您转接工作人员");
    }

    private static URI ws(URI base, String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + path);
    }

    @Test
    void should_refuse_settings_with_problems_naming_each_field_and_keep_the_ones_in_force() {
        JsonNode before = body(StaffApi.ADMIN.get("settings"));

        Response bad = StaffApi.ADMIN.post("settings", settings(1.5, null, "9点到6点"));
        Response inverted = StaffApi.ADMIN.post("settings", settings(0.70, 0.75, null));
        int editor = StaffApi.EDITOR.post("settings", settings(null, null, null)).statusCode();

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad).path("problems").findValuesAsText("where")).containsExactlyInAnyOrder("officeHours", "acceptZh");
        assertThat(inverted.statusCode()).isEqualTo(400);
        assertThat(body(inverted).path("problems").findValuesAsText("where")).containsExactly("clarifyZh");
        assertThat(editor).isEqualTo(403);
        assertThat(body(StaffApi.ADMIN.get("settings"))).isEqualTo(before);
    }
}
