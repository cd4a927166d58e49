package gov.longhua.assistant.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(3, 10, Duration.ofSeconds(30), Duration.ofMinutes(15)), clock);

    @Test
    void should_lock_at_the_limit_and_double_the_lock_with_every_further_failure_up_to_the_longest() {
        assertThat(throttle.failed("a", "x")).isFalse();
        assertThat(throttle.failed("a", "x")).isFalse();
        assertThat(throttle.locked("a", "y")).isEmpty();

        assertThat(throttle.failed("a", "x")).as("the failure that locks").isTrue();
        assertThat(throttle.locked("a", "y")).contains(Duration.ofSeconds(30));
        throttle.failed("a", "x");
        assertThat(throttle.locked("a", "y")).contains(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            throttle.failed("a", "x" + i);
        }
        assertThat(throttle.locked("a", "y")).contains(Duration.ofMinutes(15));
    }

    @Test
    void should_unlock_when_the_lock_ends_and_forget_failures_after_the_longest_lock() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("b", "x");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.locked("b", "x")).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.failed("b", "x")).isFalse();
        assertThat(throttle.locked("b", "x")).isEmpty();
    }

    @Test
    void should_clear_an_accounts_failures_when_it_signs_in() {
        throttle.failed("c", "x");
        throttle.failed("c", "x");
        throttle.succeeded("c");

        assertThat(throttle.failed("c", "x")).isFalse();
        assertThat(throttle.locked("c", "z")).isEmpty();
    }
}
