package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Checks;

/**
 * One element of what an item discloses. Some catalogues mark elements ● mandatory or 〇 optional;
 * where the source does not, {@code mandatory} is null.
 */
public record ContentElement(String zh, String en, Boolean mandatory) {

    public ContentElement {
        zh = Checks.text("zh", zh);
        en = Checks.text("en", en);
    }
}
