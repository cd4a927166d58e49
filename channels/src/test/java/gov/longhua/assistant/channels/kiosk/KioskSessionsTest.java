package gov.longhua.assistant.channels.kiosk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.QrCodes;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kiosk conversation goes to a phone by a one-time token, never its session id, and ends on the server when
 * the kiosk wipes: its QR codes stop working and the conversation is emptied.
 */
@QuarkusTest
class KioskSessionsTest {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private URI kiosk(String session) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + "ws/kiosk"
                + (session == null ? "" : "?session=" + session));
    }

    /** A kiosk conversation with one answered question; its session id. */
    private String conversation() {
        try (WsClient kiosk = WsClient.connect(kiosk(null))) {
            String session = kiosk.next().path("sessionId").asText();
            kiosk.ask("k1", "申请政府信息公开多久答复？");
            return session;
        }
    }

    private String transferToken(String session) {
        String link = QrCodes.decode(given().get("/kiosk/qr.svg?session=" + session).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString());
        assertThat(link).startsWith(base.toString() + "m/?transfer=").doesNotContain(session);
        return link.substring(link.indexOf("transfer=") + "transfer=".length());
    }

    private static Response redeem(String token) {
        return given().contentType("application/json").body(Map.of("token", token)).post("/m/transfer");
    }

    private JsonNode sessionFrame(String session) {
        try (WsClient again = WsClient.connect(kiosk(session))) {
            return again.next();
        }
    }

    @Test
    void should_hand_the_conversation_to_a_phone_by_a_token_that_works_once() {
        String session = conversation();
        String token = transferToken(session);

        Response first = redeem(token);
        Response second = redeem(token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getString("session")).isEqualTo(session);
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(second.jsonPath().getString("error")).contains("二维码已失效").contains("expired or was used");
        assertThat(redeem("made-up-token-000000").statusCode()).isEqualTo(404);
        assertThat(given().get("/kiosk/qr.svg?session=no-such-session").statusCode()).isEqualTo(404);
    }

    @Test
    void should_end_the_session_on_the_server_when_the_kiosk_wipes() {
        // given
        String session = conversation();
        String token = transferToken(session);
        assertThat(sessionFrame(session).path("turns").asInt()).isPositive();

        // when
        int ended = given().contentType("application/json").body(Map.of("session", session)).post("/kiosk/end")
                .statusCode();

        // then
        assertThat(ended).isEqualTo(204);
        assertThat(redeem(token).statusCode()).as("a QR code shown before the wipe").isEqualTo(404);
        assertThat(sessionFrame(session).path("turns").asInt()).as("what is left of the conversation").isZero();
        assertThat(given().contentType("application/json").body(Map.of("session", "../x")).post("/kiosk/end")
                .statusCode()).isEqualTo(400);
    }
}
