package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.channels.staff.StaffInbox;
import gov.longhua.assistant.core.dialogue.Session;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The WebSocket endpoints {@code /ws/web}, {@code /ws/kiosk} and {@code /ws/robot}: converts frames and
 * delegates. A question is answered on a worker thread and its answer sent when ready, so that the client
 * can cancel it meanwhile (the robot's barge-in); every connection gets a heartbeat.
 */
@WebSocket(path = "/ws/{channel}")
public class ChannelSocket {

    private static final Logger LOG = Logger.getLogger(ChannelSocket.class);
    private static final UserData.TypedKey<String> SESSION = StaffInbox.VISITOR_SESSION;
    private static final UserData.TypedKey<String> CHANNEL = UserData.TypedKey.forString("channel");
    private static final UserData.TypedKey<Long> HEARTBEAT = UserData.TypedKey.forLong("heartbeat");
    private static final UserData.TypedKey<InFlight> IN_FLIGHT = new UserData.TypedKey<>("in-flight");
    /** WebSocket close code 1008: policy violation, here an unknown channel. */
    private static final int POLICY_VIOLATION = 1008;

    private final ChannelGateway gateway;
    private final ManagedExecutor executor;
    private final Vertx vertx;
    private final AssistantConfig config;
    private final Clock clock;

    ChannelSocket(ChannelGateway gateway, ManagedExecutor executor, Vertx vertx, AssistantConfig config, Clock clock) {
        this.gateway = gateway;
        this.executor = executor;
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
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
        connection.userData().put(IN_FLIGHT, new InFlight());
        connection.userData().put(HEARTBEAT, vertx.setPeriodic(config.ws().heartbeat().toMillis(),
                timer -> send(connection, gateway.heartbeatFrame(clock.instant()))));
        return gateway.sessionFrame(session);
    }

    @OnTextMessage
    public void onMessage(String text, WebSocketConnection connection) {
        Channel channel = Channel.fromPath(connection.userData().get(CHANNEL)).orElseThrow();
        InFlight inFlight = connection.userData().get(IN_FLIGHT);
        FrameReader.Read read = gateway.read(text);
        if (read.error() != null) {
            send(connection, gateway.errorFrame(read.error()));
            return;
        }
        if (read.frame() instanceof ClientFrame.Ask ask) {
            inFlight.start(ask.id());
            String session = connection.userData().get(SESSION);
            executor.execute(() -> inFlight.finish(ask.id(), gateway.answer(channel, session, ask),
                    frame -> send(connection, frame)));
        } else if (read.frame() instanceof ClientFrame.Feedback feedback) {
            send(connection, gateway.feedback(channel, connection.userData().get(SESSION), feedback));
        } else if (read.frame() instanceof ClientFrame.Cancel cancel) {
            inFlight.cancel(cancel.id(), gateway.cancelledFrame(cancel.id()), frame -> send(connection, frame));
        }
        // a partial recognition result is ignored: the final text comes as an ask
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        Long timer = connection.userData().get(HEARTBEAT);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }

    /** Sends a frame in order with the other frames of the connection; a closed connection drops it. */
    private static void send(WebSocketConnection connection, String frame) {
        if (connection.isOpen()) {
            connection.sendText(frame).subscribe().with(ok -> { },
                    failure -> LOG.debugf("a frame to a closing connection was dropped: %s", failure.getMessage()));
        }
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
