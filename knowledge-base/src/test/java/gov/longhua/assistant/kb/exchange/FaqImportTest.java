package gov.longhua.assistant.kb.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FAQ sheets written by hand, with the answering columns: a threshold and the questions an entry must not answer. */
class FaqImportTest {

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    /** The default FAQ exported, plus one hand-written row. */
    private static Path sheetWith(Path dir, Path kb, List<String> extraRow) throws Exception {
        KnowledgeBase before = new KnowledgeBaseLoader().load(KbLocation.directory(kb));
        FaqSheet sheet = new FaqSheet();
        List<List<String>> rows = new ArrayList<>(sheet.rows(before.faqs()));
        rows.add(extraRow);
        Path file = dir.resolve("faq.csv");
        Tables.write(file, FaqSheet.SHEET, sheet.headers(), rows);
        return file;
    }

    private static List<String> row(String id, String threshold, String notForZh, String notForEn) {
        return List.of(id, "test", "测试问题？", "A test question?", "测试问法", "test phrasing", "测试答案。", "A test answer.",
                "", "", "", "2026-11-26", "KB-BRIEF", "已确认", threshold, notForZh, notForEn);
    }

    @Test
    void should_import_an_entry_threshold_and_the_questions_it_must_not_answer(@TempDir Path dir) throws Exception {
        Path kb = KbFolder.copyOfDefault(dir);
        Path file = sheetWith(dir, kb, row("test.strict", "0.9", "不该回答的问法一\n不该回答的问法二", "a question it must not answer"));

        new KnowledgeBaseImport(line -> { }).importFaq(file, kb);

        FaqEntry entry = (FaqEntry) loader.load(KbLocation.directory(kb)).entry("test.strict").orElseThrow();
        assertThat(entry.threshold()).isEqualTo(0.9);
        assertThat(entry.notFor().zh()).containsExactly("不该回答的问法一", "不该回答的问法二");
        assertThat(entry.notFor().en()).containsExactly("a question it must not answer");
    }

    @Test
    void should_reject_a_threshold_that_is_not_a_confidence_and_change_nothing(@TempDir Path dir) throws Exception {
        Path kb = KbFolder.copyOfDefault(dir);
        Map<String, String> before = KbFolder.fingerprint(kb);
        Path file = sheetWith(dir, kb, row("test.loose", "高", "", ""));

        assertThatThrownBy(() -> new KnowledgeBaseImport(line -> { }).importFaq(file, kb))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("faq.csv")
                .hasMessageContaining("('test.loose')")
                .hasMessageContaining("column O (回答阈值)")
                .hasMessageContaining("'高' is not a number from 0.05 to 1.0");
        assertThat(KbFolder.fingerprint(kb)).isEqualTo(before);
    }

    @Test
    void should_leave_empty_answering_columns_out_of_the_written_files(@TempDir Path dir) throws Exception {
        Path kb = KbFolder.copyOfDefault(dir);
        Path file = sheetWith(dir, kb, row("test.plain", "", "", ""));

        new KnowledgeBaseImport(line -> { }).importFaq(file, kb);

        String written;
        try (var files = Files.walk(kb.resolve("faq"))) {
            written = files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(text -> text.contains("test.plain")).findFirst().orElseThrow();
        }
        String entry = written.substring(written.indexOf("test.plain"));
        assertThat(entry).doesNotContain("threshold", "notFor", "empty");
    }
}
