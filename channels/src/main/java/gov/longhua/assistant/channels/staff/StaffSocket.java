package gov.longhua.assistant.channels.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The staff inbox's WebSocket, {@code /staff/ws}, for signed-in staff only (HTTP authentication at the
 * handshake, any staff role). Frames: {@code take}, {@code reply} and {@code handback}, each with the
 * conversation's {@code session}; docs/protocol.md.
 */
@WebSocket(path = "/staff/ws")
public class StaffSocket {

    private final StaffInbox inbox;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    StaffSocket(StaffInbox inbox, ObjectMapper json, SecurityIdentity identity) {
        this.inbox = inbox;
        this.json = json;
        this.identity = identity;
    }

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        inbox.online(connection);
    }

    @OnTextMessage
    public String onMessage(String text, WebSocketConnection connection) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JsonProcessingException e) {
            return error("invalid_json", "The frame is not valid JSON: " + e.getOriginalMessage());
        }
        String type = frame.path("type").asText("");
        String session = frame.path("session").asText("");
        if (session.isBlank()) {
            return error("missing_session", "Field 'session' is required: the conversation to act on.");
        }
        switch (type) {
            case "take" -> inbox.take(session, identity.getPrincipal().getName(), connection);
            case "reply" -> {
                String reply = frame.path("text").asText("").strip();
                if (reply.isEmpty()) {
                    return error("missing_text", "Field 'text' is required in a reply.");
                }
                inbox.reply(session, reply, connection);
            }
            case "handback" -> inbox.handBack(session, connection);
            default -> {
                return error("unknown_type", "Unknown frame type '" + type + "'; staff send take, reply or handback.");
            }
        }
        return null;
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        inbox.offline(connection);
    }

    private String error(String code, String message) {
        return json.createObjectNode().put("type", "error").put("code", code).put("message", message).toString();
    }
}
