package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.config.AssistantConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server keeps about one open public connection (the endpoint is a singleton): its channel and
 * conversation, who holds it, its asks in flight and their admission, when it last sent a frame, and its timers.
 */
final class PublicConnection {

    private final Channel channel;
    private final String sessionId;
    private final ClientIdentity identity;
    private final InFlight inFlight = new InFlight();
    private final AskAdmission admission;
    private final AtomicLong lastFrameNanos = new AtomicLong(System.nanoTime());
    private volatile long heartbeatTimer = -1;
    private volatile long idleTimer = -1;

    PublicConnection(Channel channel, String sessionId, ClientIdentity identity, AssistantConfig.WsConfig config) {
        this.channel = channel;
        this.sessionId = sessionId;
        this.identity = identity;
        this.admission = new AskAdmission(config);
    }

    Channel channel() {
        return channel;
    }

    String sessionId() {
        return sessionId;
    }

    ClientIdentity identity() {
        return identity;
    }

    InFlight inFlight() {
        return inFlight;
    }

    AskAdmission admission() {
        return admission;
    }

    /** The client sent a frame: it is not idle. */
    void heard() {
        lastFrameNanos.set(System.nanoTime());
    }

    /** Whether the client has sent nothing for at least this long. */
    boolean silentFor(Duration timeout) {
        return System.nanoTime() - lastFrameNanos.get() >= timeout.toNanos();
    }

    void timers(long heartbeat, long idle) {
        this.heartbeatTimer = heartbeat;
        this.idleTimer = idle;
    }

    long heartbeatTimer() {
        return heartbeatTimer;
    }

    long idleTimer() {
        return idleTimer;
    }
}
