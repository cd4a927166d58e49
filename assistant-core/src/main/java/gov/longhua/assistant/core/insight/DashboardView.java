package gov.longhua.assistant.core.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures over the recorded questions (days and hours in Longhua time).
 *
 * @param days questions per day over the last {@link Dashboard#DAYS} days, per channel and per language
 * @param hours questions per hour of the day (0–23) over the same days
 * @param hoursByChannel the same per channel
 * @param byLang questions per language over the same days
 * @param fallbackRate the share answered with the fallback (could not answer)
 * @param unansweredRate the share not answered from the knowledge base: fallbacks, clarifying questions and
 *        refusals
 * @param helpfulRate helpful ratings among all ratings, or null without ratings
 * @param proposedTopics rising topics that are not pinned yet: suggestions for hot topics
 */
public record DashboardView(int total, List<Day> days, int[] hours, Map<String, int[]> hoursByChannel,
        Map<String, Integer> byChannel,
        Map<String, Integer> byLang, List<Count> topQuestions, List<Count> topTopics, double fallbackRate,
        double unansweredRate, int helpful, int notHelpful, Double helpfulRate, int handoffs, List<Trend> trending,
        List<Trend> proposedTopics) {

    public record Day(LocalDate date, int total, Map<String, Integer> byChannel, Map<String, Integer> byLang) {
    }

    public record Count(String label, int count) {
    }

    /** A topic's questions in the last seven days against the seven before. */
    public record Trend(String topic, int thisWeek, int lastWeek) {

        /** Growth as a fraction (0.5 = half as many again); null when there were none last week. */
        public Double change() {
            return lastWeek == 0 ? null : (thisWeek - lastWeek) / (double) lastWeek;
        }
    }
}
