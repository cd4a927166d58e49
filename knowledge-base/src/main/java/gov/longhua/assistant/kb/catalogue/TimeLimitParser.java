package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.LocalizedText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured form of a disclosure time limit from its Chinese wording, as catalogues write it:
 * "信息形成或者变更之日起20个工作日内" → 20 working days from formation or change; "实时公开" → real time;
 * "长期公开" → standing. Chinese numerals (二十, 十五) are understood. Empty when the wording is not understood:
 * the English translation never decides.
 */
public final class TimeLimitParser {

    private static final Pattern ZH_DAYS = Pattern.compile("([0-9]+|[一二两三四五六七八九十百]+)\\s*个?\\s*(工作日|自然日|日|天)");

    /** The structured time limit of a bilingual wording, read from its Chinese text. */
    public Optional<TimeLimit> parse(LocalizedText text) {
        return parseZh(text.zh()).map(p -> new TimeLimit(text, p.kind(), p.days(), p.from()));
    }

    private record Parsed(TimeLimitKind kind, Integer days, TimeLimitStart from) {
    }

    private Optional<Parsed> parseZh(String text) {
        if (text.contains("实时")) {
            return Optional.of(new Parsed(TimeLimitKind.REAL_TIME, null, null));
        }
        if (text.contains("长期") || text.contains("常态")) {
            return Optional.of(new Parsed(TimeLimitKind.STANDING, null, null));
        }
        Matcher m = ZH_DAYS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int days = number(m.group(1));
        TimeLimitKind kind = m.group(2).equals("工作日") ? TimeLimitKind.WORKING_DAYS : TimeLimitKind.CALENDAR_DAYS;
        return days > 0 ? Optional.of(new Parsed(kind, days, startZh(text))) : Optional.empty();
    }

    private static TimeLimitStart startZh(String text) {
        if (text.matches(".*(形成|变更).*")) {
            return TimeLimitStart.FORMATION_OR_CHANGE;
        }
        if (text.matches(".*(制定|制作|获取).*")) {
            return TimeLimitStart.MADE_OR_OBTAINED;
        }
        if (text.matches(".*(决定|作出).*")) {
            return TimeLimitStart.DECISION;
        }
        return null;
    }

    /** Arabic digits, or Chinese numerals up to 999 (二十 = 20, 十五 = 15, 一百二十 = 120). */
    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        int total = 0;
        int digit = 0;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '百' -> { total += (digit == 0 ? 1 : digit) * 100; digit = 0; }
                case '十' -> { total += (digit == 0 ? 1 : digit) * 10; digit = 0; }
                default -> digit = "零一二三四五六七八九".indexOf(c) >= 0 ? "零一二三四五六七八九".indexOf(c) : (c == '两' ? 2 : 0);
            }
        }
        return total + digit;
    }
}
