package gov.longhua.assistant.kb.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day arithmetic on the default calendar (2026, brief F), around holidays and make-up working days. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new KnowledgeBaseLoader().load(KbLocation.embedded()).calendar();

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2026-01-01, false",   // New Year's Day
        "2026-01-04, true",    // a Sunday made a working day
        "2026-02-14, true",    // a Saturday made a working day before the Spring Festival
        "2026-02-16, false",   // a Monday inside the Spring Festival
        "2026-02-24, true",    // the first working day after it
        "2026-02-28, true",    // a Saturday made a working day after it
        "2026-05-09, true",
        "2026-10-08, true",
        "2026-10-10, true",
        "2026-10-11, false",   // an ordinary Sunday
        "2026-11-04, true",    // an ordinary Wednesday
    })
    void should_follow_the_holiday_notice(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).contains(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-02, 20, 2026-11-30",   // an application received on Monday 2 November: reply by 30 November
        "2026-02-13, 1, 2026-02-14",    // into the make-up Saturday
        "2026-02-14, 1, 2026-02-24",    // across the nine days of the Spring Festival
        "2026-09-18, 5, 2026-09-24",    // counting the make-up Sunday 20 September
        "2026-09-30, 4, 2026-10-12",    // across National Day, counting Saturday 10 October
        "2026-01-01, 1, 2026-01-04",    // from a holiday to the make-up Sunday
    })
    void should_count_working_days_after_the_start_day(LocalDate start, int days, LocalDate end) {
        assertThat(calendar.addWorkingDays(start, days)).contains(end);
    }

    @Test
    void should_not_guess_outside_the_known_years() {
        assertThat(calendar.knownYears()).containsExactly(2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isEmpty();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 20)).isEmpty();
    }
}
