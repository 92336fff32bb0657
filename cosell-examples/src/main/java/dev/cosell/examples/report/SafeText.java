package dev.cosell.examples.report;

/**
 * Text from the data (ids, names, e-mail addresses, file names, messages) made safe to show next to other
 * text: in a terminal, a text file, a spreadsheet cell or a page.
 *
 * <p>Two kinds of characters are never passed through raw: <b>control characters</b> (U+0000–U+001F, U+007F,
 * U+0080–U+009F, and the line and paragraph separators U+2028, U+2029), which a terminal obeys (ESC starts an
 * escape sequence, BEL rings, a newline starts a line that looks like a line of the report), and the
 * <b>bidirectional formatting characters</b> (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which
 * make a terminal, an editor or a browser reorder the text around them, so that a value could display as
 * something it is not. Both are rare in real data, and nothing is lost: each is shown as its code, such as
 * <code>&#92;u202E</code>. Letters of right-to-left scripts are ordinary text and stay as they are.
 */
public final class SafeText {
    private SafeText() {
    }

    /**
     * {@return whether the character is one {@link #visible(String)} escapes}
     *
     * @param c the character to check
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@return whether the character is a bidirectional formatting character (an embedding, override, isolate or
     * mark)}
     *
     * @param c the character to check
     */
    public static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * {@return the text with every control and bidirectional formatting character written as {@code \}{@code uXXXX}
     * (four upper-case hex digits); {@code null} stays {@code null}} The result holds no such character.
     *
     * @param text the text to show, or {@code null}
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isUnsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
