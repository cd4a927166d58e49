package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** The event a day-counted time limit runs from. */
public enum TimeLimitStart {
    /** 信息形成或者变更之日. */
    FORMATION_OR_CHANGE("formation-or-change"),
    /** 制定或获取信息之日. */
    MADE_OR_OBTAINED("made-or-obtained"),
    /** the decision the information records. */
    DECISION("decision");

    private final String code;

    TimeLimitStart(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
