package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Lang;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns display text into text a speech synthesiser reads correctly in the answer's language: no web
 * addresses, markup, list symbols or title marks; item paths (招生管理 / 招生范围) read as one phrase; ISO dates
 * as dates (2026年11月26日, 26 November 2026); long digit runs (phone and hotline numbers) digit by digit;
 * percentages, ranges and square kilometres in words.
 */
final class Speech {

    private static final Pattern URL = Pattern.compile(
            "(https?://)?(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(gov\\.cn|com|cn|org|net)(/[\\w./?=&%-]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(]\\s*[）)]");
    private static final Pattern MARKUP = Pattern.compile("[*#_`|■□●〇【】<>\\[\\]]");
    private static final Pattern TITLE_MARKS = Pattern.compile("[《》「」“”\"]");
    private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s+/\\s+");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    /** Five or more digits in a row, not part of a decimal: a phone or hotline number, read digit by digit. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<!\\d|\\d\\.)\\d{5,}(?!\\d|\\.\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-~～–]\\s*(\\d+)");
    private static final Pattern SQUARE_KM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(km²|平方千米|km2)");

    private Speech() {
    }

    static String of(String text, Lang lang) {
        String spoken = URL.matcher(text).replaceAll("");
        spoken = EMPTY_BRACKETS.matcher(spoken).replaceAll("");
        spoken = PATH_SEPARATOR.matcher(spoken).replaceAll(lang == Lang.ZH ? "的" : ", ");
        spoken = dates(spoken, lang);
        spoken = SQUARE_KM.matcher(spoken).replaceAll(lang == Lang.ZH ? "$1平方公里" : "$1 square kilometres");
        spoken = PERCENT.matcher(spoken).replaceAll(lang == Lang.ZH ? "百分之$1" : "$1 percent");
        spoken = RANGE.matcher(spoken).replaceAll(lang == Lang.ZH ? "$1至$2" : "$1 to $2");
        spoken = digitByDigit(spoken);
        spoken = TITLE_MARKS.matcher(spoken).replaceAll("");
        spoken = MARKUP.matcher(spoken).replaceAll(" ");
        return spoken.replaceAll("\\s*\\n+\\s*", " ").replaceAll("\\s{2,}", " ")
                .replaceAll("\\s+([，。；：！？,.;:!?])", "$1").strip();
    }

    private static String dates(String text, Lang lang) {
        Matcher matcher = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            try {
                LocalDate day = LocalDate.parse(matcher.group(1));
                replacement = lang == Lang.ZH
                        ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                        : day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                + " " + day.getYear();
            } catch (DateTimeParseException e) {
                replacement = matcher.group(1);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String digitByDigit(String text) {
        Matcher matcher = LONG_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, String.join(" ", matcher.group().split("")));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
