package gov.longhua.assistant.kb.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The official working-day calendar (工作日) for the years staff have entered: a day is a working day when it
 * is a weekday that is not a public holiday, or a weekend day the notice makes a working day. Days outside
 * the known years are unknown, never guessed.
 */
public final class WorkingCalendar {

    private final Map<Integer, CalendarYear> years;

    public WorkingCalendar(List<CalendarYear> years) {
        this.years = years.stream().collect(Collectors.toUnmodifiableMap(CalendarYear::year, Function.identity()));
    }

    public List<Integer> knownYears() {
        return years.keySet().stream().sorted().toList();
    }

    /** Whether a day is a working day, or empty when its year is not in the calendar. */
    public Optional<Boolean> isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year == null) {
            return Optional.empty();
        }
        if (year.workingWeekendDays().contains(day)) {
            return Optional.of(true);
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return Optional.of(!weekend && !year.isHoliday(day));
    }

    /**
     * The day a time limit of {@code workingDays} working days ends when it runs from {@code start}: the
     * start day itself is not counted (as for "within 20 working days of receipt"). Empty when the count
     * reaches a day outside the known years.
     */
    public Optional<LocalDate> addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays <= 0) {
            throw new IllegalArgumentException("workingDays: must be positive");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            Optional<Boolean> working = isWorkingDay(day);
            if (working.isEmpty()) {
                return Optional.empty();
            }
            if (working.get()) {
                counted++;
            }
        }
        return Optional.of(day);
    }
}
