package gov.longhua.assistant.kb.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, then import what was exported: nothing is lost, in either format. */
class RoundTripTest {

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    private final List<String> progress = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void should_keep_every_catalogue_field(String format, @TempDir Path dir) throws Exception {
        // given
        Path kb = KbFolder.copyOfDefault(dir);
        KnowledgeBase before = loader.load(KbLocation.directory(kb));
        CatalogueSheet sheet = new CatalogueSheet(before.reference());
        Path file = dir.resolve("catalogue." + format);
        Tables.write(file, CatalogueSheet.SHEET, sheet.headers(), sheet.rows(before.items()));

        // when
        new KnowledgeBaseImport(progress::add).importCatalogue(file, kb);

        // then
        KnowledgeBase after = loader.load(KbLocation.directory(kb));
        assertThat(after.items()).containsExactlyInAnyOrderElementsOf(before.items());
        assertThat(after.faqs()).containsExactlyElementsOf(before.faqs());
        assertThat(progress).anyMatch(line -> line.startsWith("imported into"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void should_keep_every_faq_field(String format, @TempDir Path dir) throws Exception {
        Path kb = KbFolder.copyOfDefault(dir);
        KnowledgeBase before = loader.load(KbLocation.directory(kb));
        FaqSheet sheet = new FaqSheet();
        Path file = dir.resolve("faq." + format);
        Tables.write(file, FaqSheet.SHEET, sheet.headers(), sheet.rows(before.faqs()));

        new KnowledgeBaseImport(progress::add).importFaq(file, kb);

        KnowledgeBase after = loader.load(KbLocation.directory(kb));
        assertThat(after.faqs()).containsExactlyInAnyOrderElementsOf(before.faqs());
        assertThat(after.items()).containsExactlyElementsOf(before.items());
    }

    @org.junit.jupiter.api.Test
    void should_accept_english_headers(@TempDir Path dir) throws Exception {
        // given: the catalogue exported, its header row replaced by the English headers
        Path kb = KbFolder.copyOfDefault(dir);
        KnowledgeBase before = loader.load(KbLocation.directory(kb));
        CatalogueSheet sheet = new CatalogueSheet(before.reference());
        List<String> english = CatalogueSheet.LAYOUT.stream().map(Column::en).toList();
        Path file = dir.resolve("catalogue-en.csv");
        Tables.write(file, "Catalogue", english, sheet.rows(before.items()));

        // when
        new KnowledgeBaseImport(progress::add).importCatalogue(file, kb);

        // then
        assertThat(loader.load(KbLocation.directory(kb)).items()).containsExactlyInAnyOrderElementsOf(before.items());
    }
}
