package gov.longhua.assistant.kb.exchange;

/**
 * The one way a cell is written to and read back from every CSV the application exports (OWASP CSV
 * injection): a cell a spreadsheet would take for a formula — starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, or their full-width forms {@code ＝＋－＠} — gets a leading
 * apostrophe, which spreadsheets show as text; reading a cell back removes exactly that apostrophe, so an
 * exported sheet imports unchanged.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

    private CsvCells() {
    }

    /** The cell as written to a CSV file. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The cell as read from a CSV file this application wrote: {@link #neutralised} undone. */
    public static String restored(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
