package gov.longhua.assistant.kb.faq;

import gov.longhua.assistant.kb.Checks;
import java.util.List;

/**
 * What an FAQ answer rests on within the knowledge base: catalogue items and articles of the OGI Regulations
 * (《中华人民共和国政府信息公开条例》, 2019, 56 articles). Either may be empty for an answer that rests on its
 * sources alone (e.g. facts about the district).
 */
public record FaqCitations(List<String> items, List<Integer> articles) {

    /** The number of articles in the 2019 Regulations. */
    public static final int REGULATION_ARTICLES = 56;

    public FaqCitations {
        items = Checks.orEmpty(items);
        articles = Checks.orEmpty(articles);
        for (Integer article : articles) {
            if (article == null || article < 1 || article > REGULATION_ARTICLES) {
                throw new IllegalArgumentException(
                        "cites.articles: " + article + " is not an article of the Regulations (1–56)");
            }
        }
    }
}
