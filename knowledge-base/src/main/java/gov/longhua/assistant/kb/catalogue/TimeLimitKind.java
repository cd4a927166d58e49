package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Coded;

/** How a disclosure time limit is counted. */
public enum TimeLimitKind implements Coded {
    WORKING_DAYS(true),
    CALENDAR_DAYS(true),
    /** 实时公开. */
    REAL_TIME(false),
    /** 长期公开: kept public for as long as it applies. */
    STANDING(false);

    private final boolean countsDays;

    TimeLimitKind(boolean countsDays) {
        this.countsDays = countsDays;
    }

    public boolean countsDays() {
        return countsDays;
    }
}
