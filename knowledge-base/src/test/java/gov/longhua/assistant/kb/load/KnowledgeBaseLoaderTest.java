package gov.longhua.assistant.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.catalogue.DisclosureMode;
import gov.longhua.assistant.kb.catalogue.TimeLimitKind;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    @Test
    void should_load_the_default_knowledge_base_with_its_domains_and_the_regulations_faq() {
        // when
        KnowledgeBase kb = loader.load(KbLocation.embedded());

        // then
        assertThat(kb.items()).extracting(CatalogueItem::domain).contains(
                "compulsory-education", "social-assistance", "household-registration");
        assertThat(kb.items()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(kb.reference().domains()).hasSize(26);
        assertThat(kb.reference().streets()).hasSize(6);
        assertThat(kb.reference().channels()).hasSize(13);
        CatalogueItem admission = (CatalogueItem) kb.entry("edu.admission-policy").orElseThrow();
        assertThat(admission.mode()).isEqualTo(DisclosureMode.PROACTIVE);
        assertThat(admission.timeLimit().kind()).isEqualTo(TimeLimitKind.WORKING_DAYS);
        assertThat(admission.timeLimit().days()).isEqualTo(20);
        assertThat(admission.channels()).hasSize(4).allMatch(channel -> channel.required());
        assertThat(admission.body().in(Lang.ZH)).isEqualTo("区教育局");
    }

    @Test
    void should_cite_every_article_row_of_the_regulations_in_the_faq() {
        // given: the article rows of the brief's table B2
        Set<Integer> rows = Set.of(2, 3, 4, 5, 12, 13, 14, 15, 16, 19, 20, 21, 23, 24, 25, 26, 27, 29, 30, 31,
                32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 47, 49, 50, 51, 55);

        // when
        KnowledgeBase kb = loader.load(KbLocation.embedded());
        Set<Integer> cited = new TreeSet<>();
        kb.faqs().forEach(faq -> cited.addAll(faq.cites().articles()));

        // then
        assertThat(cited).containsAll(rows);
    }

    @Test
    void should_give_every_entry_both_languages_and_provenance() {
        KnowledgeBase kb = loader.load(KbLocation.embedded());

        assertThat(kb.entries()).allSatisfy(entry -> {
            assertThat(entry.title().zh()).isNotBlank();
            assertThat(entry.title().en()).isNotBlank();
            assertThat(entry.asOf()).isNotNull();
            assertThat(entry.sources()).isNotEmpty().allMatch(id -> kb.source(id).isPresent());
            assertThat(entry.status()).isNotNull();
        });
        assertThat(kb.faqs()).allSatisfy(faq -> {
            assertThat(faq.questions().zh()).isNotEmpty();
            assertThat(faq.questions().en()).isNotEmpty();
        });
        assertThat(kb.reference().officialChannel().status()).isEqualTo(Status.PLACEHOLDER);
    }

    @Test
    void should_name_file_entry_and_field_of_every_problem(@TempDir Path dir) throws IOException {
        // given: a small knowledge base with one mistake in each of three entries
        String item = """
                  - id: %s
                    itemLevels: [{zh: 临时救助, en: Temporary assistance}]
                    content: [{zh: 指南, en: guide}]
                    basis: [{zh: 条例, en: Regulations}]
                    timeLimit: {text: {zh: 20个工作日, en: 20 working days}, kind: working-days, days: 20, from: formation-or-change}
                    body: %s
                    channels: [{id: %s, required: true}]
                    audience: whole-society
                    mode: %s
                    disclosureLevels: [county]
                    tier: district
                    asOf: 2026-11-26
                    sources: [S1]
                    status: confirmed
                """;
        writeMinimalKb(dir, "domain: social-assistance\nitems:\n"
                + item.formatted("sa.one", "{zh: 民政部门}", "website", "proactive")
                + item.formatted("sa.two", "{zh: 民政部门, en: civil affairs}", "carrier-pigeon", "proactive")
                + item.formatted("sa.three", "{zh: 民政部门, en: civil affairs}", "website", "sometimes"));

        // when / then
        assertThatThrownBy(() -> loader.load(KbLocation.directory(dir)))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactlyInAnyOrder(
                                dir.resolve("catalogue/a.yaml") + ", entry 'sa.one', field body.en: must not be empty",
                                dir.resolve("catalogue/a.yaml")
                                        + ", entry 'sa.three', field mode: 'sometimes' is not one of: proactive, on-application",
                                dir.resolve("catalogue/a.yaml")
                                        + ", entry 'sa.two', field channels: unknown channel 'carrier-pigeon'"));
    }

    @Test
    void should_report_broken_yaml_with_line_and_column(@TempDir Path dir) throws IOException {
        writeMinimalKb(dir, "domain: social-assistance\nitems: [ {id: x\n");

        assertThatThrownBy(() -> loader.load(KbLocation.directory(dir)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("catalogue/a.yaml: not valid YAML at line");
    }

    @Test
    void should_reject_an_faq_entry_that_cites_a_missing_item_or_lacks_a_language(@TempDir Path dir)
            throws IOException {
        writeMinimalKb(dir, "domain: social-assistance\nitems: []\n");
        Files.writeString(dir.resolve("faq/f.yaml"), """
                entries:
                  - id: q.one
                    topic: ogi
                    title: {zh: 问题, en: Question}
                    questions: {zh: [问], en: []}
                    answer: {zh: 答, en: Answer}
                    cites: {items: [no.such-item]}
                    asOf: 2026-11-26
                    sources: [S1]
                    status: confirmed
                  - id: q.two
                    topic: ogi
                    title: {zh: 问题, en: Question}
                    questions: {zh: [问], en: [ask]}
                    answer: {zh: 答, en: Answer}
                    cites: {items: [no.such-item]}
                    asOf: 2026-11-26
                    sources: [S1]
                    status: confirmed
                """);

        assertThatThrownBy(() -> loader.load(KbLocation.directory(dir)))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems())
                        .extracting(Problem::entry, Problem::field)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("'q.one'", "questions.en"),
                                org.assertj.core.groups.Tuple.tuple("'q.two'", "cites.items")));
    }

    @Test
    void should_reject_scope_rules_that_decline_nothing_or_give_an_unknown_reason(@TempDir Path dir)
            throws IOException {
        writeMinimalKb(dir, "domain: social-assistance\nitems: []\n");
        Files.writeString(dir.resolve("scope.yaml"), """
                rules:
                  - id: empty.rule
                    refusal: out-of-scope
                  - id: odd.reason
                    refusal: boredom
                    cues: {zh: [无聊]}
                  - id: fine.rule
                    refusal: fraud
                    cues: {en: [forge]}
                  - id: fine.rule
                    refusal: fraud
                    examples: {zh: [帮我改一下证明上的日期]}
                """);

        assertThatThrownBy(() -> loader.load(KbLocation.directory(dir)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("scope.yaml")
                .hasMessageContaining("empty.rule")
                .hasMessageContaining("give cues or examples")
                .hasMessageContaining("odd.reason")
                .hasMessageContaining("boredom")
                .hasMessageContaining("the rule id appears twice");
    }

    private static void writeMinimalKb(Path dir, String catalogue) throws IOException {
        Files.createDirectories(dir.resolve("catalogue"));
        Files.createDirectories(dir.resolve("faq"));
        Files.writeString(dir.resolve("kb.yaml"), "catalogue: [catalogue/a.yaml]\nfaq: [faq/f.yaml]\n");
        Files.writeString(dir.resolve("faq/f.yaml"), "entries: []\n");
        Files.writeString(dir.resolve("catalogue/a.yaml"), catalogue);
        Files.writeString(dir.resolve("guides.yaml"), "guides: []\n");
        Files.writeString(dir.resolve("glossary.yaml"), "terms: []\n");
        Files.writeString(dir.resolve("calendar.yaml"), "years: []\n");
        Files.writeString(dir.resolve("scope.yaml"), "rules: []\n");
        Files.writeString(dir.resolve("reference.yaml"), """
                district: {name: {zh: 区, en: District}, facts: {zh: 事实, en: Facts}, communityCount: 1, communityListStatus: placeholder, asOf: 2026-11-26, sources: [S1], status: confirmed}
                domains: [{id: social-assistance, number: 12, name: {zh: 社会救助, en: Social assistance}, status: confirmed}]
                streets: []
                channels: [{id: website, name: {zh: 政府网站, en: government website}}]
                stages: []
                sources: [{id: S1, description: a source, url: example.gov.cn}]
                officialChannel: {id: ref.official, text: {zh: 请看网站, en: See the portal}, asOf: 2026-11-26, sources: [S1], status: placeholder}
                """);
    }
}
