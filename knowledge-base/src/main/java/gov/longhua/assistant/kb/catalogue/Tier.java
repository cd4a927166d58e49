package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which of Longhua's three catalogue tiers an item belongs to. */
public enum Tier {
    DISTRICT("district"),
    STREET("street"),
    COMMUNITY("community");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
