package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.answer.CatalogueField;
import gov.longhua.assistant.kb.reference.Street;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question about one field of a catalogue item ("低保审批结果由谁公开", "is the enrolment plan
 * published proactively?"): which fields it asks about, the street it names if any, and its topic, the
 * question without the field wording, which is what the catalogue is searched with.
 *
 * @param fields the fields asked about; empty when the question asks about none in particular
 * @param street the street the question names, or null
 * @param topic the normalised question without the field wording and the street
 */
record FieldQuestion(Set<CatalogueField> fields, Street street, String topic) {

    private static final String DISTRICT_ZH = "龙华";
    private static final String DISTRICT_EN = "longhua";

    /** Field wordings, matched in a normalised question (lower case, Simplified Chinese). */
    private static final Map<CatalogueField, Pattern> CUES = new LinkedHashMap<>();

    static {
        CUES.put(CatalogueField.BODY, Pattern.compile(
                "(由谁|是谁|谁来|谁负责|谁)(来)?(公开|发布|公布|公示)|(哪个|什么|哪些)(部门|单位|机关)(负责)?(公开|发布|公布|公示)|公开主体"
                + "|\\bwho (publishes|discloses|releases|posts|is responsible for (publishing|disclosing))\\b"
                + "|\\bwhich (department|body|office|authority) (publishes|discloses|releases)\\b|\\bresponsible body\\b"));
        CUES.put(CatalogueField.TIME_LIMIT, Pattern.compile(
                "(多长时间|多久|多少天|几天|多少个工作日|几个工作日)(以)?(内)?(要|会|必须|应当)?(公开|发布|公布|公示)|公开时限|时限是"
                + "|\\btime limit\\b|\\bhow (soon|quickly|long)\\b.*\\b(publish|published|disclose|disclosed|posted)\\b"
                + "|\\bwithin how many\\b"));
        CUES.put(CatalogueField.CHANNELS, Pattern.compile(
                "(在|从)?(哪里|哪儿|哪些渠道|什么渠道|哪个网站|什么地方)(能|可以)?(公开|发布|公布|公示|查看|查到|看到|查询)|(哪些|什么)渠道|公开渠道"
                + "|\\b(through )?(which|what) channels?\\b|\\bwhere (is|are|can i (see|find|read))\\b.*\\b(published|disclosed|posted|list|information)\\b"));
        CUES.put(CatalogueField.MODE, Pattern.compile(
                "(是)?主动公开(的)?(吗|还是)|依申请公开(的)?吗|要申请才(能)?(公开|看)|公开方式"
                + "|\\b(published|disclosed|released) proactively\\b|\\bproactive(ly)?\\b.*\\bor\\b|\\bon (application|request)\\b"));
        CUES.put(CatalogueField.LEVEL, Pattern.compile(
                "(区级|街道|社区)(一级|层面|层级)?(也)?(公开|发布|公示)(吗)?|公开层级|\\b(at )?(street|community|district) level\\b"));
        CUES.put(CatalogueField.CONTENT, Pattern.compile(
                "公开(哪些|什么)内容|(包括|包含)(哪些|什么)(内容|信息)|公开内容"
                + "|\\bwhat (exactly )?(is|gets) (disclosed|published)\\b|\\bwhat does it (include|contain)\\b"));
        CUES.put(CatalogueField.BASIS, Pattern.compile(
                "(依据|根据)(什么|哪些|哪个)(规定|法律|法规|文件)?|公开依据|\\blegal basis\\b|\\b(based on|under) (which|what) (law|rule|regulation)s?\\b"));
        CUES.put(CatalogueField.AUDIENCE, Pattern.compile(
                "(对谁|向谁|面向谁|面向哪些人)公开|公开对象|\\b(published|disclosed) to whom\\b|\\bwho (can|may) see\\b"));
    }

    static FieldQuestion read(String normalizedQuestion, List<Street> streets) {
        Set<CatalogueField> fields = EnumSet.noneOf(CatalogueField.class);
        String topic = normalizedQuestion;
        for (Map.Entry<CatalogueField, Pattern> cue : CUES.entrySet()) {
            Matcher matcher = cue.getValue().matcher(topic);
            if (matcher.find()) {
                fields.add(cue.getKey());
                topic = matcher.replaceAll(" ");
            }
        }
        Street named = null;
        for (Street street : streets) {
            for (String name : names(street)) {
                if (normalizedQuestion.contains(name)) {
                    named = street;
                    topic = topic.replace(name, " ");
                }
            }
        }
        return new FieldQuestion(fields, named, topic.replaceAll("\\s+", " ").strip());
    }

    boolean asksAField() {
        return !fields.isEmpty();
    }

    /**
     * How a street is written: 民治街道, 民治, minzhi street, minzhi; the bare name is left out where it is also
     * the district's (龙华 means the district far more often than 龙华街道).
     */
    private static List<String> names(Street street) {
        List<String> names = new ArrayList<>();
        String zh = street.name().zh();
        String en = street.name().en().toLowerCase(Locale.ROOT);
        names.add(zh);
        names.add(en);
        String zhStem = zh.endsWith("街道") ? zh.substring(0, zh.length() - 2) : zh;
        String enStem = en.endsWith(" street") ? en.substring(0, en.length() - 7) : en;
        if (!zhStem.equals(DISTRICT_ZH)) {
            names.add(zhStem);
        }
        if (!enStem.equals(DISTRICT_EN)) {
            names.add(enStem);
        }
        return names;
    }

    Optional<Street> namedStreet() {
        return Optional.ofNullable(street);
    }
}
