package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.websockets.next.HandshakeRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many public connections are open: at most {@code maxConnections} in all, {@code maxConnectionsPerAddress}
 * per client address, and {@code maxConnectionsPerDevice} per registered device (kiosks and robots present a
 * key and are counted per device, not per address: a hall full of kiosks shares one address).
 */
@ApplicationScoped
public class ConnectionLimits {

    /** Close code 1013 (try again later): the server is at its connection limits. */
    static final int TRY_AGAIN_LATER = 1013;
    /** Close code 1008 (policy violation): a device key that is not registered. */
    static final int POLICY_VIOLATION = 1008;

    /** An admitted connection's identity (release it on close), or the refusal and its close code. */
    record Admission(ClientIdentity identity, FrameError refusal, int closeCode) {
    }

    private final Set<String> deviceKeys;
    private final int maxTotal;
    private final int maxPerAddress;
    private final int maxPerDevice;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private int total;

    ConnectionLimits(AssistantConfig config, MeterRegistry metrics) {
        AssistantConfig.WsConfig ws = config.ws();
        this.deviceKeys = Set.copyOf(ws.deviceKeys().orElse(List.of()).stream().filter(k -> !k.isBlank()).toList());
        this.maxTotal = ws.maxConnections();
        this.maxPerAddress = ws.maxConnectionsPerAddress();
        this.maxPerDevice = ws.maxConnectionsPerDevice();
        Gauge.builder("assistant.connections", this, ConnectionLimits::total)
                .description("Open public WebSocket connections").register(metrics);
    }

    Admission admit(HandshakeRequest request) {
        String key = ClientIdentity.presentedKey(request);
        if (key != null && !key.isBlank() && !deviceKeys.contains(key)) {
            return new Admission(null, new FrameError(ErrorCode.UNKNOWN_DEVICE,
                    "The device key is not registered (assistant.ws.device-keys).", null), POLICY_VIOLATION);
        }
        ClientIdentity identity = key != null && !key.isBlank() ? ClientIdentity.ofDevice(key)
                : ClientIdentity.ofAddress(request.remoteAddress());
        int limit = identity.device() ? maxPerDevice : maxPerAddress;
        synchronized (this) {
            if (total >= maxTotal) {
                return refused("The server holds its maximum of " + maxTotal + " connections.");
            }
            if (open.getOrDefault(identity.key(), 0) >= limit) {
                return refused("At most " + limit + " connections per " + (identity.device() ? "device" : "address")
                        + " are allowed.");
            }
            total++;
            open.merge(identity.key(), 1, Integer::sum);
        }
        return new Admission(identity, null, 0);
    }

    /** How many public connections are open. */
    public synchronized int total() {
        return total;
    }

    /** A connection admitted with this identity closed. */
    synchronized void release(ClientIdentity identity) {
        total--;
        open.computeIfPresent(identity.key(), (k, count) -> count <= 1 ? null : count - 1);
    }

    private static Admission refused(String message) {
        return new Admission(null, new FrameError(ErrorCode.TOO_MANY_CONNECTIONS, message, null, 5_000L),
                TRY_AGAIN_LATER);
    }
}
