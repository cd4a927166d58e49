package gov.longhua.assistant.kb;

/** The two languages every entry of the knowledge base is written in; coded {@code zh} and {@code en}. */
public enum Lang implements Coded {
    ZH,
    EN;

    public static Lang fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code().equalsIgnoreCase(code)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': expected zh or en");
    }
}
