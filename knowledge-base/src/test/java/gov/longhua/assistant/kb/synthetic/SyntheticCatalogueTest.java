package gov.longhua.assistant.kb.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCatalogueTest {

    private final ReferenceData reference = new KnowledgeBaseLoader().load(KbLocation.embedded()).reference();

    @Test
    void should_generate_the_requested_number_of_items_all_marked_synthetic() {
        List<CatalogueItem> items = new SyntheticCatalogue(reference).generate(2137, 1L);

        assertThat(items).hasSize(2137);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.id()).startsWith("syn.");
            assertThat(item.sources()).containsExactly(SyntheticCatalogue.SOURCE);
            assertThat(item.status()).isEqualTo(Status.PLACEHOLDER);
        });
        assertThat(items).extracting(CatalogueItem::id).doesNotHaveDuplicates();
        assertThat(items).extracting(CatalogueItem::domain).hasSizeGreaterThan(20);
        assertThat(items).extracting(CatalogueItem::street).filteredOn(s -> s != null).isNotEmpty();
    }

    @Test
    void should_give_the_same_catalogue_for_the_same_seed() {
        SyntheticCatalogue generator = new SyntheticCatalogue(reference);

        assertThat(generator.generate(50, 7L)).isEqualTo(generator.generate(50, 7L));
        assertThat(generator.generate(50, 7L)).isNotEqualTo(generator.generate(50, 8L));
    }
}
