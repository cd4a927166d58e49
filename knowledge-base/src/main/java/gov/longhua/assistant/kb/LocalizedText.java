package gov.longhua.assistant.kb;

/** A text written in both languages; neither may be missing. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = Checks.text("zh", zh);
        en = Checks.text("en", en);
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
