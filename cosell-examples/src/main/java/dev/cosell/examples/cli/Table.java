package dev.cosell.examples.cli;

import dev.cosell.examples.report.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell (counted in code points, a Hangul syllable as two
 * columns, as terminals show it), separated by two spaces; the last column is not padded. Cells are shown safely
 * ({@link SafeText}).
 */
final class Table {
    private static final String EOL = System.lineSeparator();

    private Table() {
    }

    /** Writes the rows, the first being the header, followed by a rule under it. */
    static void write(List<String[]> rows, Writer out) throws IOException {
        write(rows, "", out);
    }

    /** Writes the rows with an indent before each line. */
    static void write(List<String[]> rows, String indent, Writer out) throws IOException {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(SafeText.visible(row[c])));
            }
        }
        boolean header = true;
        for (String[] row : rows) {
            line(row, widths, indent, out);
            if (header) {
                String[] rule = new String[columns];
                for (int c = 0; c < columns; c++) {
                    rule[c] = "-".repeat(width(SafeText.visible(row[c])));
                }
                line(rule, widths, indent, out);
                header = false;
            }
        }
    }

    private static void line(String[] row, int[] widths, String indent, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(indent);
        for (int c = 0; c < row.length; c++) {
            String cell = SafeText.visible(row[c] == null ? "" : row[c]);
            b.append(cell);
            if (c < row.length - 1) {
                b.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        out.write(b.toString().stripTrailing());
        out.write(EOL);
    }

    /** The columns a text takes in a terminal: East Asian wide characters (Hangul, CJK) take two. */
    static int width(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
