package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads and writes sheets as XLSX (fastexcel) or CSV (Commons CSV, UTF-8), by the file's extension; CSV cells
 * pass through {@link CsvCells} both ways, and reading stops at the {@link SheetLimits}.
 */
public final class Tables {

    private Tables() {
    }

    /** Reads the first sheet of an XLSX file, or a CSV file, within the default limits. */
    public static Table read(Path file) {
        return read(file, SheetLimits.DEFAULT);
    }

    /**
     * Reads the first sheet of an XLSX file, or a CSV file.
     *
     * @throws SheetLimits.Exceeded when the file is over one of the limits (checked before an XLSX is parsed)
     * @throws KnowledgeBaseException naming the file when it cannot be read as a sheet
     */
    public static Table read(Path file, SheetLimits limits) {
        String name = file.getFileName().toString();
        try {
            if (isXlsx(file)) {
                XlsxArchiveGuard.check(file, limits);
                return readXlsx(file, name, limits);
            }
            return readCsv(file, name, limits);
        } catch (SheetLimits.Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new KnowledgeBaseException(List.of(new Problem(name, null, null,
                    "cannot be read as " + (isXlsx(file) ? "XLSX" : "CSV") + ": " + e.getMessage())));
        }
    }

    /** Writes one sheet to an XLSX or CSV file, replacing the file. */
    public static void write(Path file, String sheetName, List<String> headers, List<List<String>> rows)
            throws IOException {
        if (isXlsx(file)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "longhua-assistant", "1.0");
                Worksheet sheet = workbook.newWorksheet(sheetName);
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(0, c, headers.get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c) != null && !row.get(c).isEmpty()) {
                            sheet.value(r + 1, c, row.get(c));
                        }
                    }
                }
                workbook.finish();
            }
        } else {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeCsv(out, headers, rows);
            }
        }
    }

    /** Writes a CSV sheet (RFC 4180, every cell through {@link CsvCells#neutralised}): every CSV export's writer. */
    public static void writeCsv(Appendable out, List<String> headers, List<List<String>> rows) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get().print(out);
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvCells::neutralised).toList());
        }
        printer.flush();
    }

    static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static Table readXlsx(Path file, String name, SheetLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> headers = new ArrayList<>();
            List<Table.Row> data = new ArrayList<>();
            try (java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                java.util.Iterator<org.dhatim.fastexcel.reader.Row> each = rows.iterator();
                boolean first = true;
                while (each.hasNext()) {
                    org.dhatim.fastexcel.reader.Row row = each.next();
                    if (first) {
                        headers.addAll(cells(row));
                        first = false;
                    } else {
                        data.add(new Table.Row(row.getRowNum(), cells(row)));
                        checkRows(data.size(), limits);
                    }
                }
            }
            return new Table(name + ", sheet " + sheet.getName(), headers, data);
        }
    }

    private static void checkRows(int rows, SheetLimits limits) {
        if (rows > limits.maxRows()) {
            throw new SheetLimits.Exceeded(SheetLimits.Limit.ROWS, limits.maxRows(),
                    "has more than " + limits.maxRows() + " data rows");
        }
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    /** A cell as text; a date-formatted number becomes an ISO date, as typed dates are stored that way. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
                && cell.getDataFormatString().matches("(?i).*[yd].*")) {
            LocalDateTime date = cell.asDate();
            return date.toLocalDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static Table readCsv(Path file, String name, SheetLimits limits) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().get().parse(in)) {
            List<String> headers = new ArrayList<>();
            List<Table.Row> data = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList().stream().map(CsvCells::restored).toList());
                if (headers.isEmpty() && data.isEmpty() && record.getRecordNumber() == 1) {
                    if (!cells.isEmpty()) {
                        cells.set(0, cells.get(0).replace("\uFEFF", ""));
                    }
                    headers.addAll(cells);
                } else {
                    data.add(new Table.Row((int) record.getRecordNumber(), cells));
                    checkRows(data.size(), limits);
                }
            }
            return new Table(name, headers, data);
        }
    }
}
