package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Coded;

/** The event a day-counted time limit runs from. */
public enum TimeLimitStart implements Coded {
    /** 信息形成或者变更之日. */
    FORMATION_OR_CHANGE,
    /** 制定或获取信息之日. */
    MADE_OR_OBTAINED,
    /** the decision the information records. */
    DECISION;
}
