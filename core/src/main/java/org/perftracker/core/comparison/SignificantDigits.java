package org.perftracker.core.comparison;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as people read them in tables: three significant digits, thousands separated, signed deltas.
 *
 * <p>Examples: {@code format(1234.5)} → "1,230"; {@code format(0.012345)} → "0.0123"; {@code format(111.5)} → "112";
 * {@code format(0.00001234)} → "1.23e-05"; {@code percent(4.2123)} → "+4.2%"; {@code percent(-50)} → "-50.0%";
 * {@code percent(123.4)} → "+123%"; {@code plusMinusPercent(1.234)} → "±1.2%".
 */
public final class SignificantDigits {
    private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_UP);

    private SignificantDigits() {
    }

    /** @return v to three significant digits, with thousands separators; scientific below 0.001 */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return grouped(BigDecimal.valueOf(v).round(THREE).stripTrailingZeros().toPlainString());
    }

    /** @return a signed change in percent: three significant digits, at most one decimal, e.g. "+4.2%" */
    public static String percent(double p) {
        String sign = p > 0 ? "+" : p < 0 ? "-" : "";
        return sign + magnitude(Math.abs(p)) + "%";
    }

    /** @return a relative spread, e.g. "±1.2%" */
    public static String plusMinusPercent(double p) {
        return "±" + magnitude(Math.abs(p)) + "%";
    }

    private static String magnitude(double abs) {
        if (Double.isNaN(abs) || Double.isInfinite(abs)) {
            return Double.toString(abs);
        }
        BigDecimal rounded = BigDecimal.valueOf(abs).round(THREE);
        if (rounded.scale() != 1) {
            rounded = rounded.scale() > 1 || rounded.compareTo(BigDecimal.valueOf(100)) < 0
                    ? rounded.setScale(1, RoundingMode.HALF_UP) : rounded.setScale(0, RoundingMode.HALF_UP);
        }
        return grouped(rounded.toPlainString());
    }

    private static String grouped(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + b + fraction;
    }
}
