package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.Audience;
import gov.longhua.assistant.kb.catalogue.DisclosureLevel;
import gov.longhua.assistant.kb.catalogue.DisclosureMode;
import gov.longhua.assistant.kb.catalogue.Tier;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words sheets use for coded values, in Chinese as catalogues write them and in English, and which of
 * them an export writes (the first Chinese word of each value).
 */
final class Vocabulary {

    static final Map<String, DisclosureMode> MODES = terms(Map.of(
            DisclosureMode.PROACTIVE, new String[] {"主动", "主动公开", "proactive", "proactive disclosure"},
            DisclosureMode.ON_APPLICATION, new String[] {"依申请", "依申请公开", "on-application", "on application",
                "disclosure on application"}));

    static final Map<String, Audience> AUDIENCES = terms(Map.of(
            Audience.WHOLE_SOCIETY, new String[] {"全社会", "whole-society", "whole society", "the whole of society"},
            Audience.SPECIFIC_GROUP, new String[] {"特定群体", "特定群众", "specific-group", "specific group"}));

    static final Map<String, DisclosureLevel> LEVELS = terms(Map.of(
            DisclosureLevel.COUNTY, new String[] {"区级", "县级", "区", "county", "district"},
            DisclosureLevel.TOWNSHIP, new String[] {"街道级", "乡级", "乡（镇）级", "镇街级", "镇级", "街道", "乡", "镇", "township", "street"},
            DisclosureLevel.VILLAGE, new String[] {"社区级", "村级", "社区", "村", "village", "community"}));

    static final Map<String, Tier> TIERS = terms(Map.of(
            Tier.DISTRICT, new String[] {"区", "区级", "district"},
            Tier.STREET, new String[] {"街道", "街道级", "street"},
            Tier.COMMUNITY, new String[] {"社区", "社区级", "community"}));

    static final Map<String, Status> STATUSES = terms(Map.of(
            Status.CONFIRMED, new String[] {"已确认", "确认", "confirmed"},
            Status.PLACEHOLDER, new String[] {"待确认", "占位", "placeholder"}));

    private Vocabulary() {
    }

    /** The word an export writes for a value. */
    static <E> String word(Map<String, E> vocabulary, E value) {
        return vocabulary.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace('（', '(').replace('）', ')');
    }

    /** The accepted words, or the first few of a long register. */
    static <E> String describe(Map<String, E> vocabulary) {
        int shown = 12;
        String words = vocabulary.keySet().stream().limit(shown).collect(Collectors.joining(", "));
        return vocabulary.size() > shown ? words + ", … (ids, Chinese or English names from reference.yaml)" : words;
    }

    /** Words in the order given: each value's first word is the one exports write. */
    private static <E extends Enum<E>> Map<String, E> terms(Map<E, String[]> words) {
        Map<String, E> vocabulary = new LinkedHashMap<>();
        words.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    for (String word : e.getValue()) {
                        vocabulary.put(key(word), e.getKey());
                    }
                });
        return vocabulary;
    }
}
