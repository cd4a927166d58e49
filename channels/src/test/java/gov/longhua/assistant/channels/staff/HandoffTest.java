package gov.longhua.assistant.channels.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A visitor asks for a person; a signed-in staff member takes the conversation, replies and hands it back. */
@QuarkusTest
class HandoffTest {

    private static final String STAFF = "staff";
    private static final String PASSWORD = "test-staff-password";

    @TestHTTPResource("/")
    URL base;

    @Inject
    StaffInbox inbox;

    /** Each test starts with nobody online: a staff connection closed by an earlier test is gone. */
    @BeforeEach
    void ready() {
        Readiness.awaitReady();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !inbox.open(java.time.Instant.now()));
    }

    private URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + path.substring(1));
    }

    @Test
    void should_hand_a_conversation_to_staff_and_back() {
        try (WsClient staff = WsClient.connectAs(ws("/staff/ws"), STAFF, PASSWORD);
                WsClient visitor = WsClient.connect(ws("/ws/web"))) {
            assertThat(staff.next().path("type").asText()).isEqualTo("inbox");
            String session = visitor.next().path("sessionId").asText();
            visitor.ask("v1", "低保怎么申请");

            JsonNode connecting = visitor.ask("v2", "转人工");
            JsonNode waiting = staff.next();
            staff.send("{\"type\":\"take\",\"session\":\"" + session + "\"}");
            JsonNode conversation = staff.next();
            JsonNode joined = visitor.next();
            JsonNode forwarded = visitor.ask("v3", "我的申请编号是LH-2026-0012，现在到哪一步了？");
            JsonNode seen = nextOfType(staff, "visitor");
            staff.send("{\"type\":\"reply\",\"session\":\"" + session + "\",\"text\":\"您好，我来帮您查一下。\"}");
            JsonNode reply = visitor.next();
            staff.send("{\"type\":\"handback\",\"session\":\"" + session + "\"}");
            JsonNode handback = visitor.next();
            JsonNode again = visitor.ask("v4", "申请政府信息公开多久答复");

            assertThat(connecting.path("kind").asText()).isEqualTo("handoff");
            assertThat(connecting.path("text").asText()).contains("正在为您转接工作人员");
            assertThat(waiting.path("type").asText()).isEqualTo("waiting");
            assertThat(waiting.path("session").asText()).isEqualTo(session);
            assertThat(conversation.path("type").asText()).isEqualTo("conversation");
            assertThat(conversation.path("turns").toString()).contains("低保怎么申请", "转人工");
            assertThat(joined.path("type").asText()).isEqualTo("staff-joined");
            assertThat(forwarded.path("type").asText()).isEqualTo("forwarded");
            assertThat(seen.path("text").asText()).contains("LH-2026-0012");
            assertThat(reply.path("type").asText()).isEqualTo("staff");
            assertThat(reply.path("text").asText()).isEqualTo("您好，我来帮您查一下。");
            assertThat(handback.path("type").asText()).isEqualTo("handback");
            assertThat(again.path("type").asText()).isEqualTo("answer");
            assertThat(again.path("kind").asText()).isEqualTo("faq");
        }
    }

    @Test
    void should_tell_the_visitor_when_no_staff_member_is_online_and_keep_the_request() {
        JsonNode answer;
        String session;
        try (WsClient visitor = WsClient.connect(ws("/ws/kiosk"))) {
            session = visitor.next().path("sessionId").asText();
            answer = visitor.ask("n1", "I want to talk to a person");
        }
        try (WsClient staff = WsClient.connectAs(ws("/staff/ws"), STAFF, PASSWORD)) {
            JsonNode inbox = staff.next();

            assertThat(answer.path("kind").asText()).isEqualTo("handoff");
            assertThat(answer.path("text").asText()).contains("no member of staff is available", "www.szlhq.gov.cn");
            assertThat(inbox.path("missed").toString()).contains(session, "I want to talk to a person");
        }
    }

    @Test
    void should_give_a_waiting_visitor_back_to_the_assistant_when_the_last_staff_member_leaves() {
        try (WsClient visitor = WsClient.connect(ws("/ws/web"))) {
            visitor.next();
            JsonNode connecting;
            try (WsClient staff = WsClient.connectAs(ws("/staff/ws"), STAFF, PASSWORD)) {
                staff.next();
                connecting = visitor.ask("w1", "转人工");
                nextOfType(staff, "waiting");
            }

            JsonNode handback = visitor.next();
            JsonNode answer = visitor.ask("w2", "申请政府信息公开多久答复");

            assertThat(connecting.path("text").asText()).contains("正在为您转接工作人员");
            assertThat(handback.path("type").asText()).isEqualTo("handback");
            assertThat(answer.path("kind").asText()).isEqualTo("faq");
        }
    }

    @Test
    void should_refuse_the_staff_socket_without_sign_in() {
        assertThatThrownBy(() -> WsClient.connect(ws("/staff/ws")))
                .hasRootCauseMessage("Unexpected HTTP response status code 401");
        assertThatThrownBy(() -> WsClient.connectAs(ws("/staff/ws"), STAFF, "wrong"))
                .hasRootCauseMessage("Unexpected HTTP response status code 401");
    }

    private static JsonNode nextOfType(WsClient client, String type) {
        JsonNode frame = client.next();
        while (!frame.path("type").asText().equals(type)) {
            frame = client.next();
        }
        return frame;
    }
}
