package gov.longhua.assistant.kb.exchange;

import java.util.List;

/**
 * A sheet as read from an XLSX or CSV file: the header row and the data rows.
 *
 * @param source how problems name the sheet, e.g. {@code catalogue.xlsx, sheet 目录}
 */
public record Table(String source, List<String> headers, List<Row> rows) {

    /**
     * A data row.
     *
     * @param number the row's number as a spreadsheet shows it (the header is row 1)
     */
    public record Row(int number, List<String> cells) {

        /** The cell in a column, stripped; empty when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
