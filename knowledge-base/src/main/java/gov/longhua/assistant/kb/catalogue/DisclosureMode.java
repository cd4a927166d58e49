package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** 公开方式. */
public enum DisclosureMode {
    /** 主动公开. */
    PROACTIVE("proactive"),
    /** 依申请公开. */
    ON_APPLICATION("on-application");

    private final String code;

    DisclosureMode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
