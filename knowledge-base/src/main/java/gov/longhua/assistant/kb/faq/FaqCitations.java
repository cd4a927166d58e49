package gov.longhua.assistant.kb.faq;

import gov.longhua.assistant.kb.Checks;
import java.util.List;

/**
 * What an FAQ answer rests on: catalogue items and articles of the OGI Regulations
 * (《中华人民共和国政府信息公开条例》, 2019, 56 articles). At least one of the two.
 */
public record FaqCitations(List<String> items, List<Integer> articles) {

    /** The number of articles in the 2019 Regulations. */
    public static final int REGULATION_ARTICLES = 56;

    public FaqCitations {
        items = Checks.orEmpty(items);
        articles = Checks.orEmpty(articles);
        if (items.isEmpty() && articles.isEmpty()) {
            throw new IllegalArgumentException("cites: name at least one catalogue item or article");
        }
        for (Integer article : articles) {
            if (article == null || article < 1 || article > REGULATION_ARTICLES) {
                throw new IllegalArgumentException(
                        "cites.articles: " + article + " is not an article of the Regulations (1–56)");
            }
        }
    }
}
