package gov.longhua.assistant.kb.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 755", "-2", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠x"})
    void should_neutralise_a_cell_a_spreadsheet_would_take_for_a_formula_and_restore_it(String cell) {
        assertThat(CsvCells.neutralised(cell)).isEqualTo("'" + cell);
        assertThat(CsvCells.restored(CsvCells.neutralised(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"申请", "20个工作日", "'quoted'", "a=b", ""})
    void should_leave_other_cells_as_they_are(String cell) {
        assertThat(CsvCells.neutralised(cell)).isEqualTo(cell);
        assertThat(CsvCells.restored(cell)).isEqualTo(cell);
    }

    @Test
    void should_write_csv_with_neutralised_cells_and_read_the_same_cells_back(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sheet.csv");
        List<List<String>> rows = List.of(List.of("=HYPERLINK(\"http://x\")", "+86 755 1234", "普通"));

        Tables.write(file, "s", List.of("a", "b", "c"), rows);

        assertThat(java.nio.file.Files.readString(file)).contains("'=HYPERLINK").contains("'+86 755 1234");
        assertThat(Tables.read(file).rows().get(0).cells()).isEqualTo(rows.get(0));
    }
}
