package gov.longhua.assistant.kb.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetLimitsTest {

    @TempDir
    Path dir;

    /** An XLSX-named archive whose one sheet part unpacks to {@code bytes} of spaces: tiny packed, huge unpacked. */
    private Path bomb(long bytes) throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < bytes; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void should_refuse_an_archive_that_unpacks_to_more_than_the_ratio_allows_before_parsing_it() throws Exception {
        Path file = bomb(64L * 1024 * 1024);

        SheetLimits.Exceeded e = catchThrowableOfType(SheetLimits.Exceeded.class, () -> Tables.read(file));

        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        assertThat(e.limit()).isEqualTo(SheetLimits.Limit.COMPRESSION_RATIO);
        assertThat(e.value()).isEqualTo(100);
    }

    @Test
    void should_refuse_an_archive_that_unpacks_to_more_than_the_size_allows() throws Exception {
        Path file = dir.resolve("sheet.xlsx");
        Tables.write(file, "s", List.of("a"), List.of(List.of("x")));

        SheetLimits.Exceeded e = catchThrowableOfType(SheetLimits.Exceeded.class,
                () -> Tables.read(file, new SheetLimits(1_000, 1_000, 10)));

        assertThat(e.limit()).isEqualTo(SheetLimits.Limit.UNCOMPRESSED_BYTES);
        assertThat(e.getMessage()).contains("1000 bytes");
    }

    @Test
    void should_refuse_a_sheet_with_more_rows_than_allowed_in_xlsx_and_csv_alike() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rows.add(List.of("row " + i));
        }
        SheetLimits tenRows = new SheetLimits(50_000_000, 1_000, 10);
        for (String name : List.of("rows.xlsx", "rows.csv")) {
            Path file = dir.resolve(name);
            Tables.write(file, "s", List.of("a"), rows);

            SheetLimits.Exceeded e = catchThrowableOfType(SheetLimits.Exceeded.class, () -> Tables.read(file, tenRows));

            assertThat(e.limit()).as(name).isEqualTo(SheetLimits.Limit.ROWS);
            assertThat(Tables.read(file, new SheetLimits(50_000_000, 1_000, 11)).rows()).as(name).hasSize(11);
        }
    }
}
