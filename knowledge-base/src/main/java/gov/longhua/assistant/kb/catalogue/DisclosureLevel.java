package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** 公开层级 in the national guideline's terms: in Longhua, county = 区, township = 街道, village = 社区. */
public enum DisclosureLevel {
    COUNTY("county"),
    TOWNSHIP("township"),
    VILLAGE("village");

    private final String code;

    DisclosureLevel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
