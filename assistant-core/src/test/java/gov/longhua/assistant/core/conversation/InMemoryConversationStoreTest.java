package gov.longhua.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryConversationStoreTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
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

    private final ManualClock clock = new ManualClock();
    private final InMemoryConversationStore store = new InMemoryConversationStore(Duration.ofMinutes(30), clock);

    @Test
    void should_return_a_saved_conversation() {
        Conversation conversation = Conversation.start("s1", clock.instant());

        store.save(conversation);

        assertThat(store.find("s1")).contains(conversation);
    }

    @Test
    void should_forget_a_conversation_idle_longer_than_the_timeout() {
        store.save(Conversation.start("s1", clock.instant()));

        clock.advance(Duration.ofMinutes(29));
        assertThat(store.find("s1")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.find("s1")).isEmpty();
    }

    @Test
    void should_restart_the_idle_timeout_on_every_save() {
        Conversation conversation = Conversation.start("s1", clock.instant());
        store.save(conversation);
        clock.advance(Duration.ofMinutes(20));
        store.save(conversation.touchedAt(clock.instant()));
        clock.advance(Duration.ofMinutes(20));

        assertThat(store.find("s1")).isPresent();
    }

    @Test
    void should_keep_only_the_most_recent_turns() {
        Conversation conversation = Conversation.start("s1", clock.instant());
        for (int i = 0; i < Conversation.MAX_TURNS + 5; i++) {
            conversation = conversation.with(new Turn("q" + i, Lang.ZH, AnswerKind.FAQ, "e" + i, List.of(), clock.instant()));
        }

        assertThat(conversation.turns()).hasSize(Conversation.MAX_TURNS);
        assertThat(conversation.turns().get(0).question()).isEqualTo("q5");
    }
}
