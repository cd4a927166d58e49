package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.load.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where each column of a sheet's layout stands in a file's header row. */
final class HeaderMap {

    /** Headers that may stand in a sheet and are ignored: row numbers and remarks. */
    private static final Set<String> IGNORED = Set.of("序号", "No.", "No", "备注", "Remarks");

    private final Map<Column, Integer> positions = new HashMap<>();

    HeaderMap(Table table, List<Column> layout, List<Problem> problems) {
        List<String> headers = table.headers();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            if (header.isEmpty() || IGNORED.contains(header)) {
                continue;
            }
            Column column = layout.stream().filter(c -> c.matches(header)).findFirst().orElse(null);
            if (column == null) {
                problems.add(new Problem(table.source(), "row 1", "column " + Column.letter(i),
                        "unknown column '" + header + "'"));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(new Problem(table.source(), "row 1", "column " + Column.letter(i),
                        "column '" + header + "' appears twice"));
            }
        }
        for (Column column : layout) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new Problem(table.source(), "row 1", null,
                        "required column '" + column.zh() + "' (" + column.en() + ") is missing"));
            }
        }
    }

    /** The column's index in the file, or -1 when the file does not have it. */
    int indexOf(Column column) {
        return positions.getOrDefault(column, -1);
    }

    /** How a problem names the column: its letter and header, e.g. {@code column J (公开方式)}. */
    String describe(Column column) {
        int index = indexOf(column);
        return (index < 0 ? "column" : "column " + Column.letter(index)) + " (" + column.zh() + ")";
    }
}
