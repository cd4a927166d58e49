package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether one connection may ask now: at most {@code maxAsksInFlight} asks waiting for their answers, and a
 * token bucket ({@code burst} at once, {@code perMinute} in the long run). A refused ask costs no token.
 */
final class AskAdmission {

    /** The retry hint when too many asks are in flight: about one answer's time. */
    private static final long IN_FLIGHT_RETRY_MS = 500;

    private final Bucket bucket;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();

    AskAdmission(AssistantConfig.WsConfig config) {
        AssistantConfig.AskRateConfig rate = config.askRate();
        this.bucket = Bucket.builder().addLimit(Bandwidth.builder().capacity(rate.burst())
                .refillGreedy(rate.perMinute(), Duration.ofMinutes(1)).build()).build();
        this.maxInFlight = config.maxAsksInFlight();
    }

    /** Admits the ask (call {@link #done} when its answer is sent), or says why not. */
    Optional<FrameError> admit(String askId) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return Optional.of(new FrameError(ErrorCode.RATE_LIMITED, "At most " + maxInFlight
                    + " asks of one connection may wait for their answers at once.", askId, IN_FLIGHT_RETRY_MS));
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            inFlight.decrementAndGet();
            long waitMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(probe.getNanosToWaitForRefill()));
            return Optional.of(new FrameError(ErrorCode.RATE_LIMITED,
                    "Too many asks on this connection; ask again in " + waitMs + " ms.", askId, waitMs));
        }
        return Optional.empty();
    }

    /** The admitted ask's answer (or error) was sent, or the ask was refused later on. */
    void done() {
        inFlight.decrementAndGet();
    }
}
