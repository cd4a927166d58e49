package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** 公开对象. */
public enum Audience {
    /** 全社会. */
    WHOLE_SOCIETY("whole-society"),
    /** 特定群体 / 特定群众. */
    SPECIFIC_GROUP("specific-group");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
