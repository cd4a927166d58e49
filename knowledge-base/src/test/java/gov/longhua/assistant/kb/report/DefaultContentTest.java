package gov.longhua.assistant.kb.report;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default knowledge base against the brief's counts (A1, A3, A6, A8, B, D), through the content report. */
class DefaultContentTest {

    private final KnowledgeBase kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
    private final ContentReport report = ContentReport.of(kb);

    @Test
    void should_have_no_entry_missing_a_language_a_source_or_an_as_of_date() {
        assertThat(report.gaps()).isEmpty();
        assertThat(report.entriesPerLanguage()).containsEntry("zh", kb.entries().size())
                .containsEntry("en", kb.entries().size());
    }

    @Test
    void should_carry_a_record_for_each_of_the_26_domains_and_placeholders_where_no_items_are_listed() {
        assertThat(kb.reference().domains()).hasSize(26);
        Map<String, CatalogueItem> records = kb.items().stream().filter(item -> item.id().startsWith("domain."))
                .collect(Collectors.toMap(CatalogueItem::domain, item -> item));
        assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(
                kb.reference().domains().stream().map(d -> d.id()).toList());
        for (String withoutCatalogue : List.of("tax-administration", "urban-law-enforcement")) {
            assertThat(records.get(withoutCatalogue).status()).isEqualTo(Status.PLACEHOLDER);
        }
        assertThat(report.itemsPerDomain().entrySet()).allSatisfy(e -> assertThat(e.getValue()).isPositive());
    }

    @Test
    void should_hold_the_seed_items_of_every_domain_the_brief_lists() {
        Map<String, Long> seeds = kb.items().stream().filter(item -> !item.id().startsWith("domain."))
                .collect(Collectors.groupingBy(CatalogueItem::domain, Collectors.counting()));
        assertThat(seeds).containsEntry("compulsory-education", 9L).containsEntry("social-assistance", 10L)
                .containsEntry("household-registration", 9L).containsEntry("employment", 4L)
                .containsEntry("social-insurance", 10L).containsEntry("urban-rural-planning", 6L)
                .containsEntry("housing-expropriation", 4L).containsEntry("public-legal-services", 5L)
                .containsEntry("elderly-care", 4L).containsEntry("major-construction-projects", 1L)
                .containsEntry("municipal-utilities", 1L).containsEntry("health", 1L);
        assertThat(seeds.get("subsidised-housing")).isEqualTo(9L);
    }

    @Test
    void should_have_the_three_tiers() {
        assertThat(kb.reference().streets()).hasSize(6);
        assertThat(kb.reference().district().communityCount()).isEqualTo(50);
        assertThat(kb.reference().district().communityListStatus()).isEqualTo(Status.PLACEHOLDER);
        assertThat(kb.reference().channels()).hasSize(13);
    }

    @Test
    void should_have_the_national_and_longhua_life_cycle_guides_with_every_stage_served() {
        Map<String, Guide> guides = kb.guides().stream().collect(Collectors.toMap(Guide::id, g -> g));
        assertThat(guides.get("guide.national-business").stages()).hasSize(6);
        assertThat(guides.get("guide.national-individual").stages()).hasSize(10);
        assertThat(guides.get("guide.longhua-enterprise").stages()).hasSize(10);
        assertThat(guides.get("guide.longhua-individual").stages()).hasSize(14);
        assertThat(guides.get("guide.longhua-enterprise").status()).isEqualTo(Status.PLACEHOLDER);
        assertThat(report.unservedStages()).isEmpty();
    }

    @Test
    void should_have_at_least_120_faq_entries_citing_every_row_of_the_regulations_table() {
        assertThat(kb.faqs()).hasSizeGreaterThanOrEqualTo(120);
        Set<Integer> cited = kb.faqs().stream().flatMap(f -> f.cites().articles().stream()).collect(Collectors.toSet());
        assertThat(cited).containsAll(Set.of(2, 3, 4, 5, 12, 13, 14, 15, 16, 19, 20, 21, 23, 24, 25, 26, 27, 29,
                30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 47, 49, 50, 51, 55));
        assertThat(kb.faqs()).allSatisfy(faq -> {
            assertThat(faq.questions().zh().size() + 1).isGreaterThanOrEqualTo(3);
            assertThat(faq.questions().en().size() + 1).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void should_give_no_two_faq_entries_the_same_phrasing() {
        Map<String, String> owner = new HashMap<>();
        kb.faqs().forEach(faq -> {
            for (Lang lang : Lang.values()) {
                Stream.concat(Stream.of(faq.title().in(lang)), faq.questions().in(lang).stream())
                        .map(q -> q.strip().toLowerCase().replaceAll("[?？]+$", ""))
                        .forEach(q -> assertThat(owner.putIfAbsent(q, faq.id())).as(q).isIn(null, faq.id()));
            }
        });
    }

    @Test
    void should_have_a_glossary_of_at_least_60_terms_with_one_rendering_each() {
        assertThat(kb.glossary()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(kb.glossary()).extracting(t -> t.zh()).doesNotHaveDuplicates();
        assertThat(kb.glossary()).extracting(t -> t.en()).doesNotHaveDuplicates();
    }

    @Test
    void should_never_present_the_dated_2020_contact_as_current() {
        kb.faqs().stream().filter(faq -> faq.answer().zh().contains("23727930") || faq.answer().en().contains("23727930"))
                .forEach(faq -> assertThat(faq.answer().en()).contains("2020"));
        assertThat(kb.faqs()).noneMatch(faq -> faq.answer().zh().contains("国鸿大厦"));
    }
}
