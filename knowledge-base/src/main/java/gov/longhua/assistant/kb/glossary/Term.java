package gov.longhua.assistant.kb.glossary;

import gov.longhua.assistant.kb.Checks;
import java.util.List;
import java.util.stream.Stream;

/**
 * A glossary term: the one Chinese and the one English rendering the assistant uses, and other forms people
 * write (abbreviations, former names) that mean the same and are searched as synonyms.
 */
public record Term(String zh, String en, List<String> aliasesZh, List<String> aliasesEn) {

    public Term {
        zh = Checks.text("zh", zh);
        en = Checks.text("en", en);
        aliasesZh = Checks.orEmpty(aliasesZh);
        aliasesEn = Checks.orEmpty(aliasesEn);
    }

    /** Every Chinese form: the term and its aliases. */
    public List<String> formsZh() {
        return Stream.concat(Stream.of(zh), aliasesZh.stream()).toList();
    }

    /** Every English form: the term and its aliases. */
    public List<String> formsEn() {
        return Stream.concat(Stream.of(en), aliasesEn.stream()).toList();
    }
}
