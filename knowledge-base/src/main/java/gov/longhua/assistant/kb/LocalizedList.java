package gov.longhua.assistant.kb;

import java.util.List;

/** A non-empty list of texts per language, e.g. the ways people ask one FAQ question. */
public record LocalizedList(List<String> zh, List<String> en) {

    public LocalizedList {
        zh = Checks.texts("zh", zh);
        en = Checks.texts("en", en);
    }

    public List<String> in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
