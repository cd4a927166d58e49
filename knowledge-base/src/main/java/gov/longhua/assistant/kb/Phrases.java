package gov.longhua.assistant.kb;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** Texts per language where either list may be empty, e.g. the questions an FAQ entry must not answer. */
public record Phrases(List<String> zh, List<String> en) {

    public static final Phrases NONE = new Phrases(List.of(), List.of());

    public Phrases {
        zh = zh == null || zh.isEmpty() ? List.of() : Checks.texts("zh", zh);
        en = en == null || en.isEmpty() ? List.of() : Checks.texts("en", en);
    }

    public List<String> in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** A Jackson value filter that leaves empty phrases out of written files. */
    public static final class OmitEmpty {

        @Override
        public boolean equals(Object value) {
            return value == null || (value instanceof Phrases phrases && phrases.isEmpty());
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
