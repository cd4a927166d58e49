package gov.longhua.assistant.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainRouterTest {

    private static DomainRouter router;

    @BeforeAll
    static void train() {
        KnowledgeBase kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
        List<EntryText> texts = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            texts.addAll(EntryText.of(kb, lang));
        }
        router = DomainRouter.train(kb, texts);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "zh|家里困难想领最低生活保障金|social-assistance",
        "zh|孩子想在龙华上公办小学|compulsory-education",
        "zh|公司员工的社保参保手续|social-insurance",
        "en|my grandfather died and his household registration must be cancelled|household-registration",
        "en|who can rent public rental flats and how are they allocated|subsidised-housing",
    })
    void should_route_a_question_to_the_domain_it_is_about(String lang, String question, String domain) {
        Map<String, Double> routes = router.routes(question, Set.of(Lang.fromCode(lang)));

        String best = routes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(best).isEqualTo(domain);
        assertThat(routes.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @org.junit.jupiter.api.Test
    void should_route_faq_entries_by_the_items_they_cite_or_else_their_topic() {
        assertThat(router.routeOf("sa.dibao-application")).isEqualTo("social-assistance");
        assertThat(router.routeOf("ogi.reply-time-limit")).isEqualTo("topic:ogi");
        assertThat(router.routeOf("edu.admission-policy")).isEqualTo("compulsory-education");
    }
}
