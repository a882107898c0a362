/* Printer-parsers for numbers: values with sign styles and adjacent parsing, reduced values, fractions, US weeks. */
package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.FormatContexts.*;
import java.time.format.LiteralElements.*;
import java.time.format.TextElements.*;
import java.time.format.ZoneElements.*;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;

import static java.time.temporal.ChronoField.*;

final class NumberElements {
    private NumberElements() {
    }

    static class NumberElement implements Element {
        static final long[] EXCEED_POINTS = {0L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L,
            100000000L, 1000000000L, 10000000000L};
        final TemporalField field;
        final int minWidth;
        final int maxWidth;
        final SignStyle signStyle;
        final int subsequentWidth;

        NumberElement(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle, int subsequentWidth) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.signStyle = signStyle;
            this.subsequentWidth = subsequentWidth;
        }

        NumberElement withFixedWidth() {
            return subsequentWidth == -1 ? this : new NumberElement(field, minWidth, maxWidth, signStyle, -1);
        }

        NumberElement withSubsequentWidth(int width) {
            return new NumberElement(field, minWidth, maxWidth, signStyle, subsequentWidth + width);
        }

        long getValue(PrintContext context, long value) {
            return value;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long valueLong = context.getValue(field);
            if (valueLong == null)
                return false;
            long value = getValue(context, valueLong);
            String str = value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
            if (str.length() > maxWidth)
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                    + " exceeds the maximum print width of " + maxWidth);
            if (value >= 0) {
                if (signStyle == SignStyle.EXCEEDS_PAD) {
                    if (minWidth < 19 && value >= EXCEED_POINTS[minWidth])
                        buf.append('+');
                } else if (signStyle == SignStyle.ALWAYS) {
                    buf.append('+');
                }
            } else {
                switch (signStyle) {
                    case NORMAL: case EXCEEDS_PAD: case ALWAYS:
                        buf.append('-');
                        break;
                    case NOT_NEGATIVE:
                        throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                            + " cannot be negative according to the SignStyle");
                    default:
                        break;
                }
            }
            for (int i = 0; i < minWidth - str.length(); i++)
                buf.append('0');
            buf.append(str);
            return true;
        }

        boolean isFixedWidth(ParseContext context) {
            return subsequentWidth == -1 || (subsequentWidth > 0 && minWidth == maxWidth
                && signStyle == SignStyle.NOT_NEGATIVE);
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length)
                return ~position;
            char sign = text.charAt(position);
            boolean negative = false;
            boolean positive = false;
            int effMinWidth = context.strict || isFixedWidth(context) ? minWidth : 1;
            if (sign == '+') {
                if (!signStyle.parse(true, context.strict, minWidth == maxWidth))
                    return ~position;
                positive = true;
                position++;
            } else if (sign == '-') {
                if (!signStyle.parse(false, context.strict, minWidth == maxWidth))
                    return ~position;
                negative = true;
                position++;
            } else if (signStyle == SignStyle.ALWAYS && context.strict) {
                return ~position;
            }
            int minEndPos = position + effMinWidth;
            if (minEndPos > length)
                return ~position;
            int effMaxWidth = (context.strict || isFixedWidth(context) ? maxWidth : 9)
                + Math.max(subsequentWidth, 0);
            long total = 0;
            java.math.BigInteger totalBig = null;
            int pos = position;
            for (int pass = 0; pass < 2; pass++) {
                int maxEndPos = Math.min(pos + effMaxWidth, length);
                while (pos < maxEndPos) {
                    char ch = text.charAt(pos++);
                    int digit = ch >= '0' && ch <= '9' ? ch - '0' : -1;
                    if (digit < 0) {
                        pos--;
                        if (pos < minEndPos)
                            return ~position;
                        break;
                    }
                    if ((pos - position) > 18) {
                        if (totalBig == null)
                            totalBig = java.math.BigInteger.valueOf(total);
                        totalBig = totalBig.multiply(java.math.BigInteger.TEN)
                                           .add(java.math.BigInteger.valueOf(digit));
                    } else {
                        total = total * 10 + digit;
                    }
                }
                if (subsequentWidth > 0 && pass == 0) {
                    // give the following fixed-width fields their digits
                    int parseLen = pos - position;
                    effMaxWidth = Math.max(effMinWidth, parseLen - subsequentWidth);
                    pos = position;
                    total = 0;
                    totalBig = null;
                } else {
                    break;
                }
            }
            if (negative) {
                if (totalBig != null) {
                    if (totalBig.equals(java.math.BigInteger.ZERO) && context.strict)
                        return ~(position - 1);
                    totalBig = totalBig.negate();
                } else {
                    if (total == 0 && context.strict)
                        return ~(position - 1);
                    total = -total;
                }
            } else if (signStyle == SignStyle.EXCEEDS_PAD && context.strict) {
                int parseLen = pos - position;
                if (positive) {
                    if (parseLen <= minWidth)
                        return ~(position - 1);
                } else if (parseLen > minWidth) {
                    return ~position;
                }
            }
            if (totalBig != null) {
                if (totalBig.bitLength() > 63) {
                    totalBig = totalBig.divide(java.math.BigInteger.TEN);
                    pos--;
                }
                return setValue(context, totalBig.longValue(), position, pos);
            }
            return setValue(context, total, position, pos);
        }

        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        public String toString() {
            if (minWidth == 1 && maxWidth == 19 && signStyle == SignStyle.NORMAL)
                return "Value(" + field + ")";
            if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE)
                return "Value(" + field + "," + minWidth + ")";
            return "Value(" + field + "," + minWidth + "," + maxWidth + "," + signStyle + ")";
        }
    }

    static final class ReducedElement extends NumberElement {
        private final int baseValue;

        /** How toString shows the base: the JDK shows the base date of a pattern's "yy". */
        private final String baseText;

        ReducedElement(TemporalField field, int minWidth, int maxWidth, int baseValue) {
            this(field, minWidth, maxWidth, baseValue, 0, Integer.toString(baseValue));
        }

        ReducedElement(TemporalField field, int minWidth, int maxWidth, int baseValue, int subsequentWidth,
                       String baseText) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.baseValue = baseValue;
            this.baseText = baseText;
        }

        @Override
        NumberElement withFixedWidth() {
            return subsequentWidth == -1 ? this
                : new ReducedElement(field, minWidth, maxWidth, baseValue, -1, baseText);
        }

        @Override
        NumberElement withSubsequentWidth(int width) {
            return new ReducedElement(field, minWidth, maxWidth, baseValue, subsequentWidth + width, baseText);
        }

        @Override
        long getValue(PrintContext context, long value) {
            long absValue = Math.abs(value);
            if (value >= baseValue && value < baseValue + EXCEED_POINTS[minWidth])
                return absValue % EXCEED_POINTS[minWidth];
            return absValue % EXCEED_POINTS[maxWidth];
        }

        @Override
        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            int parseLen = successPos - errorPos;
            if (parseLen == minWidth && value >= 0) {
                long range = EXCEED_POINTS[minWidth];
                long lastPart = baseValue % range;
                long basePart = baseValue - lastPart;
                if (baseValue > 0)
                    value = basePart + value;
                else
                    value = basePart - value;
                if (value < baseValue)
                    value += range;
            }
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        boolean isFixedWidth(ParseContext context) {
            if (!context.strict)
                return false;
            return super.isFixedWidth(context);
        }

        @Override
        public String toString() {
            return "ReducedValue(" + field + "," + minWidth + "," + maxWidth + "," + baseText + ")";
        }
    }

    static final class FractionElement extends NumberElement {
        private final boolean decimalPoint;

        FractionElement(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint, int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.decimalPoint = decimalPoint;
        }

        @Override
        NumberElement withFixedWidth() {
            return subsequentWidth == -1 ? this : new FractionElement(field, minWidth, maxWidth, decimalPoint, -1);
        }

        @Override
        NumberElement withSubsequentWidth(int width) {
            return new FractionElement(field, minWidth, maxWidth, decimalPoint, subsequentWidth + width);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null)
                return false;
            long min = field.range().getMinimum();
            long max = field.range().getMaximum();
            field.range().checkValidValue(value, field);
            // the fraction (value - min) / (max - min + 1) to maxWidth digits, truncated
            long range = max - min + 1;
            java.math.BigInteger scaled = java.math.BigInteger.valueOf(value - min)
                .multiply(java.math.BigInteger.TEN.pow(maxWidth)).divide(java.math.BigInteger.valueOf(range));
            String digits = scaled.toString();
            StringBuilder frac = new StringBuilder();
            for (int i = digits.length(); i < maxWidth; i++)
                frac.append('0');
            frac.append(digits);
            int len = frac.length();
            while (len > minWidth && frac.charAt(len - 1) == '0')
                len--;
            frac.setLength(len);
            if (len == 0) {
                return true;
            }
            if (decimalPoint)
                buf.append('.');
            buf.append(frac);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int effectiveMin = context.strict || isFixedWidth(context) ? minWidth : 0;
            int effectiveMax = context.strict || isFixedWidth(context) ? maxWidth : 9;
            int length = text.length();
            if (position == length)
                return effectiveMin > 0 ? ~position : position;
            if (decimalPoint) {
                if (text.charAt(position) != '.')
                    return effectiveMin > 0 ? ~position : position;
                position++;
            }
            int minEndPos = position + effectiveMin;
            if (minEndPos > length)
                return ~position;
            int maxEndPos = Math.min(position + effectiveMax, length);
            long total = 0;
            int pos = position;
            while (pos < maxEndPos) {
                char ch = text.charAt(pos);
                if (ch < '0' || ch > '9') {
                    if (pos < minEndPos)
                        return ~position;
                    break;
                }
                total = total * 10 + (ch - '0');
                pos++;
            }
            int digits = pos - position;
            long min = field.range().getMinimum();
            long range = field.range().getMaximum() - min + 1;
            java.math.BigInteger value = java.math.BigInteger.valueOf(total)
                .multiply(java.math.BigInteger.valueOf(range)).divide(java.math.BigInteger.TEN.pow(digits));
            return context.setParsedField(field, value.longValue() + min, position, pos);
        }

        @Override
        public String toString() {
            return "Fraction(" + field + "," + minWidth + "," + maxWidth + (decimalPoint ? ",DecimalPoint" : "") + ")";
        }
    }

    /**
     * The US locale's week-based fields (weeks start on Sunday, a first week
     * has at least one day): e/c day-of-week, w week-of-week-based-year,
     * W week-of-month, Y week-based-year.  Printing only.
     */
    static final class WeekBasedElement implements Element {
        private final char chr;
        private final int count;

        WeekBasedElement(char chr, int count) {
            this.chr = chr;
            this.count = count;
        }

        private static int startOfWeekOffset(int day, int dow) {
            int weekStart = Math.floorMod(day - dow, 7);
            int offset = -weekStart;
            if (weekStart + 1 > 1)
                offset = 7 - weekStart;
            return offset;
        }

        private static int computeWeek(int offset, int day) {
            return (7 + offset + (day - 1)) / 7;
        }

        private static int localizedDayOfWeek(TemporalAccessor t) {
            return Math.floorMod(t.get(DAY_OF_WEEK) - 7, 7) + 1;
        }

        private static int weekOfWeekBasedYear(TemporalAccessor t) {
            int dow = localizedDayOfWeek(t);
            int doy = t.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0)
                return weekOfWeekBasedYear(LocalDate.from(t).minusDays(doy));
            if (week > 50) {
                int yearLen = (int) t.range(DAY_OF_YEAR).getMaximum();
                int newYearWeek = computeWeek(offset, yearLen + 1);
                if (week >= newYearWeek)
                    week = week - newYearWeek + 1;
            }
            return week;
        }

        private static int weekBasedYear(TemporalAccessor t) {
            int dow = localizedDayOfWeek(t);
            int year = t.get(YEAR);
            int doy = t.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0)
                return year - 1;
            int yearLen = (int) t.range(DAY_OF_YEAR).getMaximum();
            int newYearWeek = computeWeek(offset, yearLen + 1);
            return week >= newYearWeek ? year + 1 : year;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            TemporalAccessor t = context.temporal;
            TemporalField needed = chr == 'W' ? DAY_OF_MONTH : chr == 'e' || chr == 'c' ? DAY_OF_WEEK : DAY_OF_YEAR;
            if (context.optional > 0 && !t.isSupported(needed))
                return false;
            long value;
            int width = count;
            switch (chr) {
                case 'e': case 'c': value = localizedDayOfWeek(t); break;
                case 'w': value = weekOfWeekBasedYear(t); break;
                case 'W': {
                    int dow = localizedDayOfWeek(t);
                    int dom = t.get(DAY_OF_MONTH);
                    value = computeWeek(startOfWeekOffset(dom, dow), dom);
                    break;
                }
                default:
                    value = weekBasedYear(t);
                    if (count == 2) {
                        value = Math.abs(value) % 100;
                    } else if (count >= 4 && value >= NumberElement.EXCEED_POINTS[Math.min(count, 10)]) {
                        buf.append('+');
                    }
                    break;
            }
            if (value < 0)
                buf.append('-');
            String str = Long.toString(Math.abs(value));
            for (int i = str.length(); i < width; i++)
                buf.append('0');
            buf.append(str);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return ~position;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(30);
            sb.append("Localized(");
            if (chr == 'Y') {
                if (count == 1)
                    sb.append("WeekBasedYear");
                else if (count == 2)
                    sb.append("ReducedValue(WeekBasedYear,2,2,2000-01-01)");
                else
                    sb.append("WeekBasedYear,").append(count).append(",").append(19).append(",")
                      .append(count < 4 ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
            } else {
                sb.append(chr == 'w' ? "WeekOfWeekBasedYear" : chr == 'W' ? "WeekOfMonth" : "DayOfWeek");
                sb.append(",").append(count);
            }
            return sb.append(")").toString();
        }
    }
}
