package gov.longhua.assistant.channels.staff;

import gov.longhua.assistant.kb.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When staff answer: a daily span in Longhua time ({@code 09:00-18:00}; {@code 24:00} ends at midnight) on
 * working days of the official calendar (weekdays for a year the calendar does not know), or every day.
 */
public record OfficeHours(LocalTime from, LocalTime to, boolean untilMidnight, boolean workingDaysOnly) {

    static final ZoneId LONGHUA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SPAN = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    /** @throws IllegalArgumentException naming the setting when the span is not {@code HH:mm-HH:mm} */
    public static OfficeHours parse(String span, boolean workingDaysOnly) {
        Matcher m = SPAN.matcher(span.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("assistant.handoff.office-hours: '" + span + "' is not HH:mm-HH:mm");
        }
        LocalTime from = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        boolean midnight = m.group(3).equals("24") && m.group(4).equals("00");
        LocalTime to = midnight ? LocalTime.MAX : LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        return new OfficeHours(from, to, midnight, workingDaysOnly);
    }

    boolean contains(Instant now, WorkingCalendar calendar) {
        ZonedDateTime local = now.atZone(LONGHUA);
        if (workingDaysOnly && !workingDay(local, calendar)) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(from) && (untilMidnight || time.isBefore(to));
    }

    private static boolean workingDay(ZonedDateTime local, WorkingCalendar calendar) {
        DayOfWeek day = local.getDayOfWeek();
        boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        return calendar == null ? weekday : calendar.isWorkingDay(local.toLocalDate()).orElse(weekday);
    }
}
