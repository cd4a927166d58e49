package gov.longhua.assistant.kb.calendar;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the official calendar: its public holidays and the weekend days that are working days
 * (调休上班), as the State Council's yearly notice sets them.
 */
public record CalendarYear(
        int year,
        List<Holiday> holidays,
        List<LocalDate> workingWeekendDays,
        LocalDate asOf,
        List<String> sources) {

    public CalendarYear {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year: " + year + " is not a plausible year");
        }
        holidays = Checks.nonEmpty("holidays", holidays);
        workingWeekendDays = Checks.orEmpty(workingWeekendDays);
        for (LocalDate day : workingWeekendDays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("workingWeekendDays: " + day + " is not in " + year);
            }
        }
        Checks.present("asOf", asOf);
        sources = Checks.nonEmpty("sources", sources);
    }

    /** A public holiday: its name and the days off, first to last. */
    public record Holiday(LocalizedText name, LocalDate from, LocalDate to) {

        public Holiday {
            Checks.present("name", name);
            Checks.present("from", from);
            Checks.present("to", to);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to: " + to + " is before " + from);
            }
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    boolean isHoliday(LocalDate day) {
        return holidays.stream().anyMatch(holiday -> holiday.contains(day));
    }
}
