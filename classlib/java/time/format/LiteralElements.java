/* Printer-parsers for structure: composites, literals, settings, defaults, padding, localized styles. */
package java.time.format;

import java.time.DateTimeException;
import java.time.format.FormatContexts.*;
import java.time.format.NumberElements.*;
import java.time.format.TextElements.*;
import java.time.format.ZoneElements.*;
import java.time.temporal.TemporalField;
import java.util.List;
import java.util.Locale;

import static java.time.temporal.ChronoField.*;

final class LiteralElements {
    private LiteralElements() {
    }

    static final class Composite implements Element {
        private final Element[] elements;
        private final boolean optional;

        Composite(List<Element> elements, boolean optional) {
            this.elements = elements.toArray(new Element[0]);
            this.optional = optional;
        }

        Composite withOptional(boolean optional) {
            if (optional == this.optional)
                return this;
            return new Composite(List.of(elements), optional);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            int length = buf.length();
            if (optional)
                context.optional++;
            try {
                for (Element pp : elements) {
                    if (!pp.format(context, buf)) {
                        buf.setLength(length);
                        return true;
                    }
                }
            } finally {
                if (optional)
                    context.optional--;
            }
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (optional) {
                context.startOptional();
                int pos = position;
                for (Element pp : elements) {
                    pos = pp.parse(context, text, pos);
                    if (pos < 0) {
                        context.endOptional(false);
                        return position;
                    }
                }
                context.endOptional(true);
                return pos;
            }
            for (Element pp : elements) {
                position = pp.parse(context, text, position);
                if (position < 0)
                    break;
            }
            return position;
        }

        @Override
        public String toString() {
            StringBuilder buf = new StringBuilder();
            buf.append(optional ? "[" : "(");
            for (Element pp : elements)
                buf.append(pp);
            buf.append(optional ? "]" : ")");
            return buf.toString();
        }
    }

    static final class SettingsElement implements Element {
        private final int kind;

        SettingsElement(int kind) {
            this.kind = kind;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            switch (kind) {
                case 0: context.caseSensitive = true; break;
                case 1: context.caseSensitive = false; break;
                case 2: context.strict = true; break;
                default: context.strict = false; break;
            }
            return position;
        }

        @Override
        public String toString() {
            switch (kind) {
                case 0: return "ParseCaseSensitive(true)";
                case 1: return "ParseCaseSensitive(false)";
                case 2: return "ParseStrict(true)";
                default: return "ParseStrict(false)";
            }
        }
    }

    static final class DefaultValue implements Element {
        private final TemporalField field;
        private final long value;

        DefaultValue(TemporalField field, long value) {
            this.field = field;
            this.value = value;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (!context.current().fieldValues.containsKey(field))
                context.setParsedField(field, value, position, position);
            return position;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    static final class CharLiteral implements Element {
        private final char literal;

        CharLiteral(char literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (position == text.length())
                return ~position;
            if (!context.charEquals(literal, text.charAt(position)))
                return ~position;
            return position + 1;
        }

        @Override
        public String toString() {
            return literal == '\'' ? "''" : "'" + literal + "'";
        }
    }

    static final class StringLiteral implements Element {
        private final String literal;

        StringLiteral(String literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (position > text.length() || position < 0)
                throw new IndexOutOfBoundsException();
            if (!context.subSequenceEquals(text, position, literal, 0, literal.length()))
                return ~position;
            return position + literal.length();
        }

        @Override
        public String toString() {
            return "'" + literal.replace("'", "''") + "'";
        }
    }

    /** Pads what an element prints to a width, and skips the padding when parsing. */
    static final class PadElement implements Element {
        private final Element element;
        private final int padWidth;
        private final char padChar;

        PadElement(Element element, int padWidth, char padChar) {
            this.element = element;
            this.padWidth = padWidth;
            this.padChar = padChar;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            int preLen = buf.length();
            if (!element.format(context, buf))
                return false;
            int len = buf.length() - preLen;
            if (len > padWidth)
                throw new DateTimeException("Cannot print as output of " + len
                    + " characters exceeds pad width of " + padWidth);
            for (int i = 0; i < padWidth - len; i++)
                buf.insert(preLen, padChar);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (position > text.length())
                throw new IndexOutOfBoundsException();
            if (position == text.length())
                return ~position;
            int endPos = position + padWidth;
            if (endPos > text.length()) {
                if (context.strict)
                    return ~position;
                endPos = text.length();
            }
            int pos = position;
            while (pos < endPos && context.charEquals(text.charAt(pos), padChar))
                pos++;
            int resultPos = element.parse(context, text.subSequence(0, endPos), pos);
            if (resultPos != endPos && context.strict)
                return ~(position + pos);
            return resultPos;
        }

        @Override
        public String toString() {
            return "Pad(" + element + "," + padWidth + (padChar == ' ' ? ")" : ",'" + padChar + "')");
        }
    }

    /** ofLocalized*: the US pattern of a date and/or time style. */
    static final class LocalizedElement implements Element {
        private final FormatStyle dateStyle;
        private final FormatStyle timeStyle;
        private Composite formatter;

        LocalizedElement(FormatStyle dateStyle, FormatStyle timeStyle) {
            this.dateStyle = dateStyle;
            this.timeStyle = timeStyle;
        }

        private Composite formatter() {
            if (formatter == null) {
                String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(dateStyle, timeStyle,
                                                             java.time.chrono.IsoChronology.INSTANCE, Locale.US);
                formatter = new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter().toPrinterParser(false);
            }
            return formatter;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return formatter().format(context, buf);
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return formatter().parse(context, text, position);
        }

        @Override
        public String toString() {
            return "Localized(" + (dateStyle != null ? dateStyle : "") + ","
                + (timeStyle != null ? timeStyle : "") + ")";
        }
    }
}
