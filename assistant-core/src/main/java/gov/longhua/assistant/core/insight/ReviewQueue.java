package gov.longhua.assistant.core.insight;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The review queue, worked out from the records: every question that was not answered, answered with low
 * confidence or rated not helpful, grouped with its near-identical questions ({@link QuestionKey}), most
 * asked first, with the status staff gave it.
 */
public final class ReviewQueue {

    /** How many other phrasings an item shows. */
    static final int VARIANTS = 5;

    private ReviewQueue() {
    }

    public static List<ReviewItem> of(List<Asked> asked, List<Rated> ratings, Map<String, ReviewState> states) {
        Set<String> notHelpful = new LinkedHashSet<>();
        ratings.stream().filter(r -> !r.helpful()).forEach(r -> notHelpful.add(r.session() + '\u0000' + r.askId()));
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        Map<String, List<Group>> byPair = new HashMap<>();
        for (Asked question : asked) {
            boolean rated = notHelpful.contains(question.session() + '\u0000' + question.askId());
            if (!question.needsReview() && !rated) {
                continue;
            }
            String key = question.lang().code() + ':' + QuestionKey.of(question.question());
            Group group = byKey.get(key);
            Set<String> pairs = QuestionKey.pairs(key.substring(3));
            if (group == null) {
                group = nearest(question.lang().code(), pairs, byPair);
            }
            if (group == null) {
                group = new Group(groups.size(), key.substring(3), pairs.size(), question);
                groups.add(group);
                for (String pair : pairs) {
                    byPair.computeIfAbsent(question.lang().code() + pair, p -> new ArrayList<>()).add(group);
                }
            }
            byKey.put(key, group);
            group.add(question, rated);
        }
        return groups.stream()
                .map(g -> g.item(states.get(g.id())))
                .sorted(Comparator.comparingInt(ReviewItem::count).reversed()
                        .thenComparing(ReviewItem::lastAsked, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * The first group (in the order groups were made) whose first question shares enough character pairs with
     * these, found through the groups each pair occurs in rather than by comparing with every group.
     */
    private static Group nearest(String lang, Set<String> pairs, Map<String, List<Group>> byPair) {
        Map<Group, Integer> shared = new HashMap<>();
        for (String pair : pairs) {
            for (Group group : byPair.getOrDefault(lang + pair, List.of())) {
                shared.merge(group, 1, Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .filter(e -> QuestionKey.same(e.getValue(), pairs.size(), e.getKey().pairs))
                .map(Map.Entry::getKey)
                .min(java.util.Comparator.comparingInt(g -> g.order))
                .orElse(null);
    }

    private static final class Group {
        private final int order;
        private final int pairs;
        private final String key;
        private final Asked first;
        private final gov.longhua.assistant.kb.Lang lang;
        private final Set<String> variants = new LinkedHashSet<>();
        private final Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        private final Set<String> channels = new LinkedHashSet<>();
        private Asked last;
        private int count;

        Group(int order, String key, int pairs, Asked first) {
            this.order = order;
            this.pairs = pairs;
            this.key = key;
            this.first = first;
            this.lang = first.lang();
        }

        String id() {
            return UUID.nameUUIDFromBytes((lang.code() + ':' + key).getBytes(StandardCharsets.UTF_8)).toString()
                    .substring(0, 12);
        }

        void add(Asked question, boolean ratedNotHelpful) {
            count++;
            last = question;
            channels.add(question.channel());
            if (!question.question().equals(first.question()) && variants.size() < VARIANTS) {
                variants.add(question.question());
            }
            if (question.kind() == gov.longhua.assistant.core.answer.AnswerKind.FALLBACK) {
                reasons.add(ReviewReason.UNANSWERED);
            } else if (question.needsReview()) {
                reasons.add(ReviewReason.LOW_CONFIDENCE);
            }
            if (ratedNotHelpful) {
                reasons.add(ReviewReason.NOT_HELPFUL);
            }
        }

        ReviewItem item(ReviewState state) {
            return new ReviewItem(id(), first.question(), lang, List.copyOf(variants), count, Set.copyOf(reasons),
                    Set.copyOf(channels), first.at(), last.at(), last.entryId(),
                    state == null ? ReviewStatus.NEW : state.status(), state == null ? null : state.note());
        }
    }
}
