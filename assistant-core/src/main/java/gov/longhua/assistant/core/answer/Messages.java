package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Lang;
import java.util.Locale;
import java.util.ResourceBundle;

/** The assistant's own words in each language, from {@code messages_zh.properties} and {@code messages_en.properties}. */
public final class Messages {

    private static final String BUNDLE = "gov.longhua.assistant.core.answer.messages";

    private final ResourceBundle zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
    private final ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    public String get(Lang lang, String key) {
        return (lang == Lang.ZH ? zh : en).getString(key);
    }

    public String format(Lang lang, String key, Object... args) {
        return String.format(get(lang, key), args);
    }
}
