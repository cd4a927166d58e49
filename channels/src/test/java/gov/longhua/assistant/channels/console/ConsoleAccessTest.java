package gov.longhua.assistant.channels.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who reaches what: nothing of the staff API or pages without signing in, writes only with the right role,
 * passwords stored only as bcrypt hashes, and the public WebSocket channels reach none of it.
 */
@QuarkusTest
class ConsoleAccessTest {

    private static final List<String> STAFF_PATHS = List.of("/staff/", "/staff/console/", "/staff/console/console.js",
            "/staff/api/me", "/staff/api/entries", "/staff/api/drafts", "/staff/api/releases", "/staff/api/review",
            "/staff/api/dashboard", "/staff/api/audit", "/staff/api/suites", "/staff/api/accounts",
            "/staff/api/hot-topics", "/staff/api/export/faq.csv", "/staff/api/export/questions.json");

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "assistant.staff.dir")
    Path staffDir;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    @Test
    void should_ask_for_sign_in_on_every_staff_page_and_endpoint() {
        for (int i = 0; i < STAFF_PATHS.size(); i++) {
            String path = STAFF_PATHS.get(i);
            assertThat(given().get(path).statusCode()).as(path).isEqualTo(401);
            // a name and an address of its own each time: five failures would lock them (StaffSignInTest)
            assertThat(given().header("X-Forwarded-For", "192.0.2." + (i + 1)).auth().preemptive()
                    .basic("someone-" + i, "wrong-password").get(path).statusCode())
                    .as(path + " with a wrong password").isEqualTo(401);
        }
        assertThat(given().contentType("application/json").body("{\"drafts\":[\"x\"]}").post("/staff/api/publish")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void should_let_each_role_write_only_what_it_is_for() {
        assertThat(StaffApi.EDITOR.post("publish", Map.of("drafts", List.of("x"))).statusCode()).isEqualTo(403);
        assertThat(StaffApi.EDITOR.post("rollback", Map.of("to", 0)).statusCode()).isEqualTo(403);
        assertThat(StaffApi.EDITOR.get("accounts").statusCode()).isEqualTo(403);
        assertThat(StaffApi.EDITOR.get("export/questions.csv").statusCode()).isEqualTo(403);
        assertThat(StaffApi.REVIEWER.get("accounts").statusCode()).isEqualTo(403);
        assertThat(StaffApi.REVIEWER.post("publish", Map.of("drafts", List.of("no-such-draft"))).statusCode()).isEqualTo(404);
        assertThat(StaffApi.ADMIN.get("accounts").statusCode()).isEqualTo(200);
        assertThat(StaffApi.EDITOR.get("entries").statusCode()).isEqualTo(200);
    }

    @Test
    void should_keep_accounts_as_bcrypt_hashes_and_sign_in_a_new_account_with_its_roles() throws Exception {
        // when
        int created = StaffApi.ADMIN.post("accounts", Map.of("name", "new-editor", "password", "a-long-new-password",
                "roles", List.of("editor"))).statusCode();
        JsonNode me = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new StaffApi("new-editor", "a-long-new-password").get("me").asString());
        int tooShort = StaffApi.ADMIN.post("accounts", Map.of("name", "short", "password", "short", "roles", List.of("editor")))
                .statusCode();
        String stored;
        try (Stream<Path> files = Files.list(staffDir)) {
            stored = Files.readString(files.filter(f -> f.getFileName().toString().equals("accounts.json")).findFirst().orElseThrow());
        }
        int removed = StaffApi.ADMIN.delete("accounts/new-editor").statusCode();
        int afterRemoval = new StaffApi("new-editor", "a-long-new-password").get("me").statusCode();

        // then
        assertThat(created).isEqualTo(200);
        assertThat(me.path("roles").toString()).contains("editor").doesNotContain("reviewer");
        assertThat(tooShort).isEqualTo(400);
        assertThat(stored).doesNotContain("a-long-new-password").doesNotContain("test-admin-password").contains("$2");
        assertThat(removed).isEqualTo(204);
        assertThat(afterRemoval).isEqualTo(401);
    }

    @Test
    void should_answer_a_visitor_who_sends_staff_frames_over_a_public_channel_with_an_error_and_nothing_else() {
        try (WsClient visitor = WsClient.connect(URI.create(base.toString().replaceFirst("^http", "ws") + "ws/web"))) {
            visitor.next();
            visitor.send("{\"type\":\"publish\",\"id\":\"1\",\"drafts\":[\"x\"]}");
            JsonNode publish = visitor.next();
            visitor.send("{\"type\":\"take\",\"session\":\"someone-else\"}");
            JsonNode take = visitor.next();

            assertThat(publish.path("type").asText()).isEqualTo("error");
            assertThat(publish.path("code").asText()).isEqualTo("unknown_type");
            assertThat(take.path("code").asText()).isEqualTo("unknown_type");
        }
        assertThat(given().get("/api/hot-topics").statusCode()).as("the public list of hot topics").isEqualTo(200);
    }
}
