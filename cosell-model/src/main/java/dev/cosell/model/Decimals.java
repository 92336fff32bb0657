package dev.cosell.model;

import java.math.BigDecimal;

/** Decimal numbers written as text, as the builders take them. */
final class Decimals {
    /** How much of a rejected text a message shows. */
    private static final int SHOWN = 40;

    private Decimals() {
    }

    /**
     * The number the text writes, or {@code null} for a {@code null} text (an absent value).
     *
     * @throws IllegalArgumentException naming the parameter if the text is not a decimal number
     */
    static BigDecimal parse(String text, String parameter) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
            throw new IllegalArgumentException(parameter + " is not a decimal number: \"" + shown + "\"", e);
        }
    }
}
