/* SignStyle: how a number's sign is printed and parsed. */
package java.time.format;

public enum SignStyle {
    NORMAL, ALWAYS, NEVER, NOT_NEGATIVE, EXCEEDS_PAD;

    /** Whether a sign may be parsed here: the JDK's rule. */
    boolean parse(boolean positive, boolean strict, boolean fixedWidth) {
        switch (this) {
            case NORMAL: return !positive || !strict;
            case ALWAYS: case EXCEEDS_PAD: return true;
            default: return !strict && !fixedWidth;
        }
    }
}
