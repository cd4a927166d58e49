package gov.longhua.assistant.channels.logging;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Logs expected problems (a bad frame, an outage) as one WARN line each, never a stack trace, and at most
 * {@code perMinute} lines a minute with a burst of as many: the lines left out are counted and the count
 * is given on the next line that is logged.
 */
public final class ThrottledWarnings {

    private final Logger log;
    private final Bucket bucket;
    private final AtomicLong suppressed = new AtomicLong();

    public ThrottledWarnings(Logger log, int perMinute) {
        this.log = log;
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    /** Logs one line, formatted as {@link String#format}, unless too many were logged lately. */
    public void warn(String format, Object... args) {
        if (!bucket.tryConsume(1)) {
            suppressed.incrementAndGet();
            return;
        }
        long left = suppressed.getAndSet(0);
        String line = String.format(format, args);
        log.warn(left == 0 ? line : line + " (" + left + " similar warnings left out)");
    }
}
