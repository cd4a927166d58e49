package gov.longhua.assistant.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.console.store.FileStaffStorage;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.insight.Asked;
import gov.longhua.assistant.core.insight.Rated;
import gov.longhua.assistant.kb.Lang;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionLogRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void should_drop_questions_and_ratings_older_than_the_retention_window_and_keep_the_rest(@TempDir Path dir)
            throws InterruptedException {
        // given: records from 200, 100 and 1 days ago, kept for 180 days
        FileStaffStorage storage = new FileStaffStorage(dir);
        Json json = new Json(new ObjectMapper().findAndRegisterModules());
        QuestionLog log = new QuestionLog(storage, json, Clock.fixed(NOW, ZoneOffset.UTC), null, Duration.ofDays(180));
        for (int daysAgo : new int[] {200, 100, 1}) {
            Instant at = NOW.minus(Duration.ofDays(daysAgo));
            storage.append(QuestionLog.ASKED, json.write(new Asked(at, "s", "q" + daysAgo, "web", Lang.ZH, "问题" + daysAgo,
                    AnswerKind.FALLBACK, null, null, 0.1, "答")));
            storage.append(QuestionLog.RATED, json.write(new Rated(at, "s", "q" + daysAgo, true)));
        }

        // when
        long dropped = log.dropExpired();

        // then
        assertThat(dropped).isEqualTo(2);
        assertThat(log.asked()).extracting(Asked::askId).containsExactly("q100", "q1");
        assertThat(log.ratings()).extracting(Rated::askId).containsExactly("q100", "q1");
        log.stop(1000);
    }
}
