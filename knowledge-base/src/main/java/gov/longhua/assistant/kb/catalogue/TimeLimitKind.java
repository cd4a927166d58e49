package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a disclosure time limit is counted. */
public enum TimeLimitKind {
    WORKING_DAYS("working-days", true),
    CALENDAR_DAYS("calendar-days", true),
    /** 实时公开. */
    REAL_TIME("real-time", false),
    /** 长期公开: kept public for as long as it applies. */
    STANDING("standing", false);

    private final String code;
    private final boolean countsDays;

    TimeLimitKind(String code, boolean countsDays) {
        this.code = code;
        this.countsDays = countsDays;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean countsDays() {
        return countsDays;
    }
}
