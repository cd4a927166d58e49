package gov.longhua.assistant.kb.tool;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as staff use it, over the repository's default knowledge base. */
class KbToolTest {

    private static final String DEFAULT_KB = Path.of("..", "src", "kb").toString();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final KbTool tool = new KbTool(new PrintStream(printed, true, StandardCharsets.UTF_8));

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_report_the_default_content_without_gaps() {
        int exit = tool.run(new String[] {"report", "--kb", DEFAULT_KB});

        assertThat(exit).isZero();
        assertThat(output()).contains("Items per domain", "compulsory-education", "Entries per language",
                "Gaps (missing language, source or as-of date): none");
    }

    @Test
    void should_generate_a_synthetic_knowledge_base_that_loads_and_exports(@TempDir Path dir) {
        Path out = dir.resolve("syn");
        Path sheet = dir.resolve("syn.csv");

        int exit = tool.run(new String[] {"generate", "--items", "300", "--out", out.toString(),
            "--sheet", sheet.toString(), "--kb", DEFAULT_KB});

        assertThat(exit).isZero();
        KnowledgeBase generated = new KnowledgeBaseLoader().load(KbLocation.directory(out));
        assertThat(generated.items()).filteredOn(item -> item.id().startsWith("syn.")).hasSize(300);
        assertThat(sheet).exists();
    }

    @Test
    void should_exit_with_1_and_list_problems_for_a_broken_sheet(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("bad.csv");
        Files.writeString(sheet, "编号,领域\nx,天气\n");

        int exit = tool.run(new String[] {"import-catalogue", sheet.toString(), "--kb", DEFAULT_KB});

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("bad.csv, row 2 ('x'), column B (领域): '天气' is not understood");
    }

    @Test
    void should_print_usage_for_an_unknown_command() {
        assertThat(tool.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(output()).contains("usage: kb <command>");
    }
}
