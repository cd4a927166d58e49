package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.channels.logging.ThrottledWarnings;
import gov.longhua.assistant.channels.staff.StaffInbox;
import gov.longhua.assistant.core.dialogue.Session;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The WebSocket endpoints {@code /ws/web}, {@code /ws/kiosk} and {@code /ws/robot}: converts frames and
 * delegates. Connections are admitted within the {@link ConnectionLimits}; asks within their connection's
 * {@link AskAdmission} are answered on the bounded {@link AnsweringPool} and their answers sent when ready,
 * so that the client can cancel them meanwhile (the robot's barge-in). Every connection gets a heartbeat,
 * and one that sends nothing for {@code assistant.ws.idle-timeout} is closed.
 */
@WebSocket(path = "/ws/{channel}")
public class ChannelSocket {

    private static final Logger LOG = Logger.getLogger(ChannelSocket.class);
    private static final UserData.TypedKey<String> SESSION = StaffInbox.VISITOR_SESSION;
    private static final UserData.TypedKey<PublicConnection> STATE = new UserData.TypedKey<>("public-connection");
    /** WebSocket close code 1008: policy violation, here an unknown channel. */
    private static final int POLICY_VIOLATION = 1008;
    private static final int NORMAL = 1000;
    /** WebSocket close code 1009: message too big. */
    private static final int MESSAGE_TOO_BIG = 1009;

    private final ChannelGateway gateway;
    private final AnsweringPool pool;
    private final ConnectionLimits limits;
    private final Vertx vertx;
    private final AssistantConfig config;
    private final Clock clock;
    private final ThrottledWarnings warnings = new ThrottledWarnings(LOG, 60);

    ChannelSocket(ChannelGateway gateway, AnsweringPool pool, ConnectionLimits limits, Vertx vertx,
            AssistantConfig config, Clock clock) {
        this.gateway = gateway;
        this.pool = pool;
        this.limits = limits;
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
        ConnectionLimits.Admission admission = limits.admit(connection.handshakeRequest());
        if (admission.refusal() != null) {
            warnings.warn("connection refused on %s: %s", channel.get().path(), admission.refusal().message());
            refuse(connection, admission.refusal(), admission.closeCode());
            return null;
        }
        Session session;
        try {
            session = gateway.open(HandshakeQuery.parameter(connection.handshakeRequest().query(), "session"));
        } catch (RuntimeException e) {
            warnings.warn("no session could be opened on %s: %s", channel.get().path(), e.getMessage());
            limits.release(admission.identity());
            refuse(connection, new FrameError(ErrorCode.UNAVAILABLE, "Conversations cannot be opened at the moment.",
                    null, 5_000L), ConnectionLimits.TRY_AGAIN_LATER);
            return null;
        }
        PublicConnection state = new PublicConnection(channel.get(), session.id(), admission.identity(), config.ws());
        connection.userData().put(SESSION, session.id());
        connection.userData().put(STATE, state);
        Duration idleTimeout = config.ws().idleTimeout();
        long heartbeat = vertx.setPeriodic(config.ws().heartbeat().toMillis(),
                timer -> send(connection, gateway.heartbeatFrame(clock.instant())));
        long idle = vertx.setPeriodic(Math.max(100, idleTimeout.toMillis() / 4), timer -> {
            if (state.silentFor(idleTimeout) && connection.isOpen()) {
                refuse(connection, new FrameError(ErrorCode.IDLE, "Nothing was received for "
                        + idleTimeout.toSeconds() + " s; reconnect with ?session= to go on.", null), NORMAL);
            }
        });
        state.timers(heartbeat, idle);
        return gateway.sessionFrame(session);
    }

    @OnTextMessage
    public void onMessage(String text, WebSocketConnection connection) {
        PublicConnection state = connection.userData().get(STATE);
        if (state == null) {
            return; // refused on open; closing
        }
        state.heard();
        FrameReader.Read read = gateway.read(text);
        if (read.error() != null) {
            reject(connection, state, read.error());
            return;
        }
        if (read.frame() instanceof ClientFrame.Ask ask) {
            ask(connection, state, ask);
        } else if (read.frame() instanceof ClientFrame.Feedback feedback) {
            send(connection, gateway.feedback(state.channel(), state.sessionId(), feedback));
        } else if (read.frame() instanceof ClientFrame.Cancel cancel) {
            state.inFlight().cancel(cancel.id(), gateway.cancelledFrame(cancel.id()), frame -> send(connection, frame));
        }
        // a partial recognition result is ignored: the final text comes as an ask
    }

    @OnBinaryMessage
    public void onBinary(Buffer data, WebSocketConnection connection) {
        PublicConnection state = connection.userData().get(STATE);
        if (state != null) {
            state.heard();
            reject(connection, state, new FrameError(ErrorCode.BINARY_NOT_SUPPORTED,
                    "Binary frames are not part of the protocol; send JSON text frames.", null));
        }
    }

    @OnError
    public void onError(Throwable failure, WebSocketConnection connection) {
        if (isOverMaxMessageSize(failure)) {
            warnings.warn("frame_too_large on connection %s: %s", connection.id(), failure.getMessage());
            refuse(connection, new FrameError(ErrorCode.FRAME_TOO_LARGE, "A message may have at most 16 KiB"
                    + " (quarkus.websockets-next.server.max-message-size).", null), MESSAGE_TOO_BIG);
            return;
        }
        warnings.warn("connection %s on /ws: %s: %s", connection.id(), failure.getClass().getSimpleName(),
                failure.getMessage());
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        PublicConnection state = connection.userData().get(STATE);
        if (state != null) {
            vertx.cancelTimer(state.heartbeatTimer());
            vertx.cancelTimer(state.idleTimer());
            limits.release(state.identity());
        }
    }

    /**
     * Vert.x drops a message over the maximum size and reports it with this exception, keeping the connection
     * open; the protocol closes it instead.
     */
    private static boolean isOverMaxMessageSize(Throwable failure) {
        return failure instanceof IllegalStateException && failure.getMessage() != null
                && failure.getMessage().contains("max message size");
    }

    private void ask(WebSocketConnection connection, PublicConnection state, ClientFrame.Ask ask) {
        Optional<FrameError> refused = state.admission().admit(ask.id());
        if (refused.isPresent()) {
            reject(connection, state, refused.get());
            return;
        }
        InFlight inFlight = state.inFlight();
        inFlight.start(ask.id());
        boolean accepted = pool.tryExecute(() -> {
            try {
                inFlight.finish(ask.id(), gateway.answer(state.channel(), state.sessionId(), ask),
                        frame -> send(connection, frame));
            } finally {
                state.admission().done();
            }
        });
        if (!accepted) {
            state.admission().done();
            FrameError busy = new FrameError(ErrorCode.BUSY, "Every answering thread is busy and the queue is full.",
                    ask.id(), pool.retryAfter().toMillis());
            warnings.warn("ask refused on %s: %s", state.channel().path(), busy.message());
            inFlight.finish(ask.id(), gateway.errorFrame(busy), frame -> send(connection, frame));
        }
    }

    /** Answers a frame the server will not act on with an error frame, and logs one line. */
    private void reject(WebSocketConnection connection, PublicConnection state, FrameError error) {
        warnings.warn("%s on %s from %s: %s", error.code().code(), state.channel().path(), state.identity().key(),
                error.message());
        send(connection, gateway.errorFrame(error));
    }

    /** Sends the error frame, then closes the connection with the close code. */
    private void refuse(WebSocketConnection connection, FrameError error, int closeCode) {
        connection.sendText(gateway.errorFrame(error))
                .onItemOrFailure().transformToUni((ok, failure) -> connection.close(
                        new CloseReason(closeCode, error.code().code())))
                .subscribe().with(ok -> { }, failure -> LOG.debugf("closing failed: %s", failure.getMessage()));
    }

    /** Sends a frame in order with the other frames of the connection; a closed connection drops it. */
    private static void send(WebSocketConnection connection, String frame) {
        if (connection.isOpen()) {
            connection.sendText(frame).subscribe().with(ok -> { },
                    failure -> LOG.debugf("a frame to a closing connection was dropped: %s", failure.getMessage()));
        }
    }
}
