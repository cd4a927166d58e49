package gov.longhua.assistant.core.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardTest {

    /** 2026-11-26 10:00 in Longhua. */
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private static Asked asked(long daysAgo, String channel, Lang lang, AnswerKind kind, String topic) {
        return new Asked(NOW.minus(daysAgo, ChronoUnit.DAYS), "s", "a", channel, lang, "问题" + topic, kind,
                topic == null ? null : "entry", topic, 0.9, "答");
    }

    @Test
    void should_count_questions_by_day_hour_channel_and_language_and_the_rates() {
        List<Asked> log = List.of(
                asked(0, "web", Lang.ZH, AnswerKind.FAQ, "ogi"),
                asked(0, "kiosk", Lang.EN, AnswerKind.FALLBACK, null),
                asked(1, "robot", Lang.ZH, AnswerKind.HANDOFF, null),
                asked(3, "web", Lang.ZH, AnswerKind.CLARIFY, null),
                asked(30, "web", Lang.ZH, AnswerKind.FAQ, "ogi"));

        DashboardView view = Dashboard.of(log, List.of(new Rated(NOW, "s", "a", true), new Rated(NOW, "s", "b", false),
                new Rated(NOW, "s", "c", true)), Set.of(), NOW);

        assertThat(view.total()).isEqualTo(4);
        assertThat(view.days()).hasSize(Dashboard.DAYS);
        assertThat(view.days().get(Dashboard.DAYS - 1).total()).isEqualTo(2);
        assertThat(view.days().get(Dashboard.DAYS - 1).byChannel()).containsEntry("web", 1).containsEntry("kiosk", 1);
        assertThat(view.days().get(Dashboard.DAYS - 1).byLang()).containsEntry("zh", 1).containsEntry("en", 1);
        assertThat(view.hours()[10]).isEqualTo(4);
        assertThat(view.hoursByChannel().get("web")[10]).isEqualTo(2);
        assertThat(view.byChannel()).containsEntry("web", 2).containsEntry("kiosk", 1).containsEntry("robot", 1);
        assertThat(view.byLang()).containsEntry("zh", 3).containsEntry("en", 1);
        assertThat(view.fallbackRate()).isCloseTo(0.25, within(1e-9));
        assertThat(view.unansweredRate()).isCloseTo(0.5, within(1e-9));
        assertThat(view.handoffs()).isEqualTo(1);
        assertThat(view.helpfulRate()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void should_show_topics_rising_this_week_and_propose_those_not_pinned() {
        List<Asked> log = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            log.add(asked(i % 7, "web", Lang.ZH, AnswerKind.FAQ, "housing"));
            log.add(asked(i % 7, "web", Lang.ZH, AnswerKind.FAQ, "talent"));
        }
        log.add(asked(8, "web", Lang.ZH, AnswerKind.FAQ, "housing"));
        for (int i = 0; i < 5; i++) {
            log.add(asked(8 + i, "web", Lang.ZH, AnswerKind.FAQ, "ogi"));
        }
        log.add(asked(1, "web", Lang.ZH, AnswerKind.FAQ, "ogi"));

        DashboardView view = Dashboard.of(log, List.of(), Set.of("talent"), NOW);

        assertThat(view.trending().get(0).topic()).isIn("housing", "talent");
        assertThat(view.trending()).filteredOn(t -> t.topic().equals("housing"))
                .allSatisfy(t -> {
                    assertThat(t.thisWeek()).isEqualTo(6);
                    assertThat(t.lastWeek()).isEqualTo(1);
                });
        assertThat(view.proposedTopics()).extracting(DashboardView.Trend::topic).containsExactly("housing");
        assertThat(view.topTopics().get(0).label()).isIn("housing", "talent");
    }
}
