package gov.longhua.assistant.channels.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests a browser may be tricked into sending are refused by their Origin; every response carries the
 * security headers; metrics need an admin; the staff data files are readable by the application's user only.
 */
@QuarkusTest
class StaffRequestSafetyTest {

    private static final Map<String, Object> HOT_TOPIC = Map.of("id", "origin-check",
            "label", Map.of("zh", "来源检查", "en", "Origin check"),
            "question", Map.of("zh", "怎么申请政府信息公开", "en", "How do I request government information?"));

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "assistant.staff.dir")
    Path staffDir;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private String ownOrigin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    void should_refuse_a_state_changing_staff_request_from_another_origin_with_a_clear_403() {
        Response foreign = StaffApi.EDITOR.request().header("Origin", "https://evil.example").body(HOT_TOPIC)
                .post("/staff/api/hot-topics");
        Response own = StaffApi.EDITOR.request().header("Origin", ownOrigin()).body(HOT_TOPIC)
                .post("/staff/api/hot-topics");
        Response configured = StaffApi.EDITOR.request().header("Origin", "https://console.example.gov.cn")
                .delete("/staff/api/hot-topics/origin-check");
        Response reading = StaffApi.EDITOR.request().header("Origin", "https://evil.example").get("/staff/api/me");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.asString()).contains("https://evil.example").contains("不被允许").contains("is not allowed");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(configured.statusCode()).isEqualTo(204);
        assertThat(reading.statusCode()).as("reading changes nothing").isEqualTo(200);
    }

    @Test
    void should_refuse_the_staff_websocket_from_another_origin() {
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "staff/ws");
        String basic = "Basic " + Base64.getEncoder().encodeToString("editor:test-editor-password"
                .getBytes(StandardCharsets.UTF_8));

        Throwable foreign = catchThrowable(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", basic).header("Origin", "https://evil.example")
                .buildAsync(ws, new WebSocket.Listener() { }).join());
        WebSocket own = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", basic)
                .header("Origin", ownOrigin()).buildAsync(ws, new WebSocket.Listener() { }).join();
        own.abort();

        assertThat(foreign).isInstanceOf(CompletionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) foreign.getCause()).getResponse().statusCode()).isEqualTo(403);
    }

    @Test
    void should_send_strict_headers_with_staff_pages_and_api_and_embeddable_ones_with_public_pages() {
        for (String path : List.of("/staff/console/", "/staff/api/me")) {
            Response staff = StaffApi.EDITOR.request().get(path);
            assertThat(staff.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'")
                    .contains("script-src 'self'");
            assertThat(staff.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(staff.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(staff.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        assertThat(given().get("/staff/api/me").header("Cache-Control")).as("a sign-in challenge").isEqualTo("no-store");
        for (String path : List.of("/kiosk/", "/m/", "/widget/assistant-widget.js", "/api/hot-topics")) {
            Response open = given().get(path);
            assertThat(open.statusCode()).as(path).isEqualTo(200);
            assertThat(open.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(open.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(open.header("Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'self' https://www.szlhq.gov.cn").contains("script-src 'self'");
        }
    }

    @Test
    void should_show_metrics_to_admins_only() {
        assertThat(given().get("/q/metrics").statusCode()).isEqualTo(401);
        assertThat(given().auth().preemptive().basic("editor", "test-editor-password").get("/q/metrics").statusCode())
                .isEqualTo(403);
        assertThat(given().auth().preemptive().basic("admin", "test-admin-password").get("/q/metrics").statusCode())
                .isEqualTo(200);
    }

    @Test
    void should_keep_staff_data_readable_by_the_applications_user_only() throws Exception {
        StaffApi.ADMIN.post("accounts", Map.of("name", "file-mode", "password", "a-file-mode-password",
                "roles", List.of("editor")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staffDir))).isEqualTo("rwx------");
        for (String file : List.of("accounts.json", "audit.jsonl")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staffDir.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
    }
}
