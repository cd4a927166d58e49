package gov.longhua.assistant.kb;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two languages every entry of the knowledge base is written in. */
public enum Lang {
    ZH("zh"),
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used on the wire and in the data files. */
    @JsonValue
    public String code() {
        return code;
    }

    public static Lang fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equalsIgnoreCase(code)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': expected zh or en");
    }
}
