package gov.longhua.assistant.channels.kiosk;

import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;

/**
 * The two ends of a kiosk conversation's life besides the WebSocket: {@code POST /kiosk/end} when the kiosk
 * wipes (idle, or the visitor leaves) empties the conversation on the server and revokes its transfer tokens,
 * so nobody can pick it up later from a photo of the QR code or the session id; {@code POST /m/transfer}
 * redeems a QR code's one-time token on the phone for the session to continue.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KioskSessions {

    private final TransferTokens tokens;
    private final ConversationStore conversations;
    private final Clock clock;

    KioskSessions(TransferTokens tokens, ConversationStore conversations, Clock clock) {
        this.tokens = tokens;
        this.conversations = conversations;
        this.clock = clock;
    }

    record End(String session) {
    }

    record Transfer(String token) {
    }

    /**
     * Ends a kiosk session: every transfer token is revoked and the conversation is replaced by an empty one
     * (the conversation store keeps no deleted state; the empty conversation expires with the idle timeout).
     */
    @POST
    @Path("kiosk/end")
    public Response end(End request) {
        if (request == null || request.session() == null || !ContinueOnPhone.SESSION.matcher(request.session()).matches()) {
            return problem(400, "缺少会话编号 / field 'session' must be a session id");
        }
        tokens.revoke(request.session());
        conversations.find(request.session())
                .ifPresent(old -> conversations.save(Conversation.start(old.id(), clock.instant())));
        return Response.noContent().build();
    }

    /** The session of a QR code's transfer token; the token can be used once. */
    @POST
    @Path("m/transfer")
    public Response transfer(Transfer request) {
        return tokens.redeem(request == null ? null : request.token())
                .map(session -> Response.ok(Map.of("session", session)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> problem(404, "二维码已失效，请在自助机上重新扫码。"
                        + " / This QR code has expired or was used; scan the code on the kiosk again."));
    }

    private static Response problem(int status, String message) {
        return Response.status(status).entity(Map.of("error", message)).build();
    }
}
