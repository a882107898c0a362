/* The printer-parsers' contexts (what is printed, what has been parsed) and their interface. */
package java.time.format;

import java.time.DateTimeException;
import java.time.format.LiteralElements.*;
import java.time.format.NumberElements.*;
import java.time.format.TextElements.*;
import java.time.format.ZoneElements.*;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.util.ArrayList;

import static java.time.temporal.ChronoField.*;

final class FormatContexts {
    private FormatContexts() {
    }

    /** Printing: the temporal, and how deep inside optional sections we are. */
    static final class PrintContext {
        final TemporalAccessor temporal;
        int optional;

        PrintContext(TemporalAccessor temporal) {
            this.temporal = temporal;
        }

        Long getValue(TemporalField field) {
            if (optional > 0 && !temporal.isSupported(field))
                return null;
            return temporal.getLong(field);
        }

        <R> R getValue(java.time.temporal.TemporalQuery<R> query) {
            R result = temporal.query(query);
            if (result == null && optional == 0)
                throw new DateTimeException("Unable to extract " + query + " from temporal " + temporal);
            return result;
        }
    }

    /** Parsing: the Parsed being filled, with a stack for optional sections. */
    static final class ParseContext {
        boolean caseSensitive = true;
        boolean strict = true;
        final ArrayList<Parsed> parsed = new ArrayList<>();

        ParseContext() {
            parsed.add(new Parsed());
        }

        Parsed current() {
            return parsed.get(parsed.size() - 1);
        }

        void startOptional() {
            parsed.add(current().copy());
        }

        void endOptional(boolean successful) {
            if (successful)
                parsed.remove(parsed.size() - 2);
            else
                parsed.remove(parsed.size() - 1);
        }

        int setParsedField(TemporalField field, long value, int errorPos, int successPos) {
            Long old = current().fieldValues.put(field, value);
            return (old != null && old != value) ? ~errorPos : successPos;
        }

        boolean charEquals(char a, char b) {
            if (caseSensitive)
                return a == b;
            return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
        }

        boolean subSequenceEquals(CharSequence a, int aOff, CharSequence b, int bOff, int len) {
            if (aOff + len > a.length() || bOff + len > b.length())
                return false;
            for (int i = 0; i < len; i++)
                if (!charEquals(a.charAt(aOff + i), b.charAt(bOff + i)))
                    return false;
            return true;
        }
    }

    interface Element {
        boolean format(PrintContext context, StringBuilder buf);

        /** The position after the parsed text, or ~position of the error. */
        int parse(ParseContext context, CharSequence text, int position);
    }
}
