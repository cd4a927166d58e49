package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Coded;

/** 公开方式. */
public enum DisclosureMode implements Coded {
    /** 主动公开. */
    PROACTIVE,
    /** 依申请公开. */
    ON_APPLICATION;
}
