package gov.longhua.assistant.core.insight;

import gov.longhua.assistant.core.answer.AnswerKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Works out the dashboard's figures from the records of questions and ratings. */
public final class Dashboard {

    /** How many days the charts cover. */
    public static final int DAYS = 14;
    private static final int TOP = 10;
    /** A topic is proposed when asked at least this often this week... */
    static final int RISING_MIN = 3;
    /** ...and at least this many times as often as last week (or new this week). */
    static final double RISING_FACTOR = 1.5;
    private static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

    private Dashboard() {
    }

    public static DashboardView of(List<Asked> asked, List<Rated> ratings, Set<String> pinnedTopics, Instant now) {
        LocalDate today = now.atZone(DISTRICT_TIME).toLocalDate();
        LocalDate first = today.minusDays(DAYS - 1);
        Map<LocalDate, Map<String, Integer>> perDay = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> perDayLang = new TreeMap<>();
        for (int i = 0; i < DAYS; i++) {
            perDay.put(first.plusDays(i), new TreeMap<>());
            perDayLang.put(first.plusDays(i), new TreeMap<>());
        }
        int[] hours = new int[24];
        Map<String, int[]> hoursByChannel = new TreeMap<>();
        Map<String, Integer> byChannel = new TreeMap<>();
        Map<String, Integer> byLang = new TreeMap<>();
        Map<String, Integer> questions = new LinkedHashMap<>();
        Map<String, String> shownAs = new LinkedHashMap<>();
        Map<String, Integer> topics = new LinkedHashMap<>();
        Map<String, int[]> weeks = new LinkedHashMap<>();
        int total = 0;
        int fallbacks = 0;
        int unanswered = 0;
        int handoffs = 0;
        for (Asked question : asked) {
            ZonedDateTime at = question.at().atZone(DISTRICT_TIME);
            LocalDate day = at.toLocalDate();
            if (question.topic() != null) {
                long ago = today.toEpochDay() - day.toEpochDay();
                if (ago >= 0 && ago < 14) {
                    weeks.computeIfAbsent(question.topic(), t -> new int[2])[ago < 7 ? 0 : 1]++;
                }
            }
            if (day.isBefore(first) || day.isAfter(today)) {
                continue;
            }
            total++;
            perDay.get(day).merge(question.channel(), 1, Integer::sum);
            perDayLang.get(day).merge(question.lang().code(), 1, Integer::sum);
            hours[at.getHour()]++;
            hoursByChannel.computeIfAbsent(question.channel(), c -> new int[24])[at.getHour()]++;
            byChannel.merge(question.channel(), 1, Integer::sum);
            byLang.merge(question.lang().code(), 1, Integer::sum);
            String key = QuestionKey.of(question.question());
            questions.merge(key, 1, Integer::sum);
            shownAs.putIfAbsent(key, question.question());
            if (question.topic() != null) {
                topics.merge(question.topic(), 1, Integer::sum);
            }
            AnswerKind kind = question.kind();
            fallbacks += kind == AnswerKind.FALLBACK ? 1 : 0;
            unanswered += kind == AnswerKind.FALLBACK || kind == AnswerKind.CLARIFY || kind == AnswerKind.REFUSE ? 1 : 0;
            handoffs += kind == AnswerKind.HANDOFF ? 1 : 0;
        }
        int helpful = (int) ratings.stream().filter(Rated::helpful).count();
        int notHelpful = ratings.size() - helpful;
        List<DashboardView.Day> days = new ArrayList<>();
        perDay.forEach((date, channels) -> days.add(new DashboardView.Day(date,
                channels.values().stream().mapToInt(Integer::intValue).sum(), channels, perDayLang.get(date))));
        List<DashboardView.Trend> trending = weeks.entrySet().stream()
                .map(e -> new DashboardView.Trend(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((DashboardView.Trend t) -> t.thisWeek() - t.lastWeek()).reversed()
                        .thenComparing(DashboardView.Trend::topic))
                .toList();
        List<DashboardView.Trend> proposed = trending.stream()
                .filter(t -> t.thisWeek() >= RISING_MIN && t.thisWeek() >= RISING_FACTOR * t.lastWeek())
                .filter(t -> !pinnedTopics.contains(t.topic()))
                .toList();
        return new DashboardView(total, days, hours, hoursByChannel, byChannel, byLang, top(questions, shownAs), top(topics, null),
                rate(fallbacks, total), rate(unanswered, total), helpful, notHelpful,
                ratings.isEmpty() ? null : helpful / (double) ratings.size(), handoffs, trending.stream().limit(TOP).toList(),
                proposed);
    }

    private static List<DashboardView.Count> top(Map<String, Integer> counts, Map<String, String> labels) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP)
                .map(e -> new DashboardView.Count(labels == null ? e.getKey() : labels.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
