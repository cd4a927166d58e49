package gov.longhua.assistant.core.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a question about when an OGI application must be answered that names the day it was made:
 * "我11月2日交的申请，最晚什么时候答复？", "I applied on 2 November, when must they reply?". A date without a
 * year is taken as the latest such day not after today.
 */
public final class DeadlineQuestion {

    private static final Pattern ZH_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern EN_DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:,?\\s+(\\d{4}))?");
    private static final Pattern EN_MONTH_DAY = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
    private static final Pattern ZH_INTENT = Pattern.compile(".*(申请|提交|交的|寄|递交).*(答复|回复|回应|期限|截止|最晚|多久|什么时候).*"
            + "|.*(答复|回复|期限|截止|最晚).*(申请|提交).*");
    private static final Pattern EN_INTENT = Pattern.compile(
            ".*\\b(appl\\w*|request\\w*|submit\\w*|sent|filed)\\b.*\\b(repl\\w*|respon\\w*|answer\\w*|deadline|due|hear back)\\b.*"
            + "|.*\\b(repl\\w*|respon\\w*|answer\\w*|deadline|due)\\b.*\\b(appl\\w*|request\\w*|submit\\w*|sent|filed)\\b.*");

    private DeadlineQuestion() {
    }

    /** The day the application was made, if the (normalised, lower-case) question asks for a reply deadline. */
    public static Optional<LocalDate> applicationDate(String question, LocalDate today) {
        String text = question.toLowerCase(Locale.ROOT);
        if (!ZH_INTENT.matcher(text).matches() && !EN_INTENT.matcher(text).matches()) {
            return Optional.empty();
        }
        return date(text, today);
    }

    static Optional<LocalDate> date(String text, LocalDate today) {
        Matcher m = ISO_DATE.matcher(text);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3), today);
        }
        m = ZH_DATE.matcher(text);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3), today);
        }
        m = EN_DAY_MONTH.matcher(text);
        if (m.find()) {
            return of(m.group(3), String.valueOf(month(m.group(2))), m.group(1), today);
        }
        m = EN_MONTH_DAY.matcher(text);
        if (m.find()) {
            return of(m.group(3), String.valueOf(month(m.group(1))), m.group(2), today);
        }
        return Optional.empty();
    }

    private static int month(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(abbreviation)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    private static Optional<LocalDate> of(String year, String month, String day, LocalDate today) {
        try {
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
            }
            LocalDate thisYear = LocalDate.of(today.getYear(), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
