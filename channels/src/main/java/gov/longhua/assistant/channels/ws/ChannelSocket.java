package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.core.dialogue.Session;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The WebSocket endpoints {@code /ws/web}, {@code /ws/kiosk} and {@code /ws/robot}: converts frames and
 * delegates. Methods return plain strings, so they run on worker threads (answering computes an embedding).
 */
@WebSocket(path = "/ws/{channel}")
public class ChannelSocket {

    private static final UserData.TypedKey<String> SESSION = UserData.TypedKey.forString("session");
    private static final UserData.TypedKey<String> CHANNEL = UserData.TypedKey.forString("channel");
    /** WebSocket close code 1008: policy violation, here an unknown channel. */
    private static final int POLICY_VIOLATION = 1008;

    private final ChannelGateway gateway;

    ChannelSocket(ChannelGateway gateway) {
        this.gateway = gateway;
    }

    @OnOpen
    public String onOpen(WebSocketConnection connection) {
        Optional<Channel> channel = Channel.fromPath(connection.pathParam("channel"));
        if (channel.isEmpty()) {
            connection.closeAndAwait(new CloseReason(POLICY_VIOLATION, "unknown channel; use web, kiosk or robot"));
            return null;
        }
        Session session = gateway.open(queryParameter(connection.handshakeRequest().query(), "session"));
        connection.userData().put(SESSION, session.id());
        connection.userData().put(CHANNEL, channel.get().path());
        return gateway.sessionFrame(session);
    }

    @OnTextMessage
    public String onMessage(String frame, WebSocketConnection connection) {
        Channel channel = Channel.fromPath(connection.userData().get(CHANNEL)).orElseThrow();
        return gateway.handle(channel, connection.userData().get(SESSION), frame);
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
