package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Coded;

/** 公开对象. */
public enum Audience implements Coded {
    /** 全社会. */
    WHOLE_SOCIETY,
    /** 特定群体 / 特定群众. */
    SPECIFIC_GROUP;
}
