package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first answering tier: a question that is, after normalisation (width, case, Traditional → Simplified,
 * white space, end punctuation), exactly one of an FAQ entry's curated phrasings gets that entry, whatever the
 * scores say. Phrasings shared by two entries are ambiguous and left to retrieval.
 */
final class ExactMatches {

    private final Map<String, String> entryByPhrasing = new HashMap<>();
    private final TextNormalizer normalizer;

    ExactMatches(List<FaqEntry> faqs, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        Set<String> ambiguous = new HashSet<>();
        for (FaqEntry faq : faqs) {
            for (Lang lang : Lang.values()) {
                put(key(faq.title().in(lang)), faq.id(), ambiguous);
                faq.questions().in(lang).forEach(phrasing -> put(key(phrasing), faq.id(), ambiguous));
            }
        }
        ambiguous.forEach(entryByPhrasing::remove);
    }

    /** The entry whose curated phrasing a normalised question is, if exactly one entry has it. */
    Optional<String> entryFor(String normalizedQuestion) {
        return Optional.ofNullable(entryByPhrasing.get(withoutEndPunctuation(normalizedQuestion)));
    }

    private void put(String key, String entryId, Set<String> ambiguous) {
        String earlier = entryByPhrasing.putIfAbsent(key, entryId);
        if (earlier != null && !earlier.equals(entryId)) {
            ambiguous.add(key);
        }
    }

    private String key(String phrasing) {
        return withoutEndPunctuation(normalizer.normalize(phrasing));
    }

    private static String withoutEndPunctuation(String normalized) {
        return normalized.replaceAll("[\\p{Punct}\\s。？！，、；：]+$", "").strip();
    }
}
