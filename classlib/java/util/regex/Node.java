package java.util.regex;

/**
 * The compiled form of a pattern: a graph of nodes, each of which matches
 * its own piece at position i and then asks its successor (next) to match
 * the rest. Backtracking is the Java call stack: a node that has choices
 * tries them in order and returns false when none leads to a match, undoing
 * what it changed (group bounds, loop counters) on the way out. Simple
 * quantifiers over one character iterate instead of recursing, so "x*"
 * over a long input does not deepen the stack.
 */
abstract class Node {
    Node next;

    abstract boolean match(Matcher m, int i, CharSequence s);

    /** The end of the whole pattern: records the match. */
    static final class Accept extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.acceptMode == Matcher.ENDANCHOR && i != m.to)
                return false;
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }
    }

    /** The end of a lookahead or atomic body: records where it ended. */
    static final class Succeed extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            m.locals[0] = i;
            return true;
        }
    }

    /** The end of a lookbehind body: it must end where the lookbehind stands. */
    static final class BehindEnd extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.lookbehindTo;
        }
    }

    /** One code point out of a set. */
    static final class CharNode extends Node {
        final CharPredicate p;

        CharNode(CharPredicate p) {
            this.p = p;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                int ch = Character.codePointAt(s, i);
                return p.is(ch) && next.match(m, i + Character.charCount(ch), s);
            }
            m.hitEnd = true;
            return false;
        }

        /** Steps over one matching code point at i; -1 if there is none. */
        int step(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                int ch = Character.codePointAt(s, i);
                return p.is(ch) ? i + Character.charCount(ch) : -1;
            }
            m.hitEnd = true;
            return -1;
        }
    }

    /** A run of literal chars (case-sensitive). */
    static final class Slice extends Node {
        final String text;

        Slice(String text) {
            this.text = text;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int len = text.length();
            for (int j = 0; j < len; j++) {
                if (i + j >= m.to) {
                    m.hitEnd = true;
                    return false;
                }
                if (s.charAt(i + j) != text.charAt(j))
                    return false;
            }
            return next.match(m, i + len, s);
        }
    }

    /** Alternatives, tried in order; each ends in a node leading to next. */
    static final class Branch extends Node {
        final Node[] alts;     // null stands for an empty alternative

        Branch(Node[] alts) {
            this.alts = alts;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            for (Node alt : alts) {
                if (alt == null) {
                    if (next.match(m, i, s))
                        return true;
                } else if (alt.match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Passes straight on: the end of an alternative, the shared join point. */
    static final class Join extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    /** Start of group g: remembers where it began in locals[local]. */
    static final class GroupHead extends Node {
        final int local;

        GroupHead(int local) {
            this.local = local;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int save = m.locals[local];
            m.locals[local] = i;
            boolean r = next.match(m, i, s);
            m.locals[local] = save;
            return r;
        }
    }

    /** End of capturing group g: sets its bounds, restored if the rest fails. */
    static final class GroupTail extends Node {
        final int local;
        final int g;

        GroupTail(int local, int g) {
            this.local = local;
            this.g = g;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int[] gr = m.groups;
            int os = gr[2 * g], oe = gr[2 * g + 1];
            gr[2 * g] = m.locals[local];
            gr[2 * g + 1] = i;
            if (next.match(m, i, s))
                return true;
            gr[2 * g] = os;
            gr[2 * g + 1] = oe;
            return false;
        }
    }

    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    /** A quantifier over one code point: iterates, never recurses. */
    static final class CharRepeat extends Node {
        final CharNode atom;
        final int min, max, type;

        CharRepeat(CharNode atom, int min, int max, int type) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.type = type;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int j = i;
            for (int n = 0; n < min; n++) {
                j = atom.step(m, j, s);
                if (j < 0)
                    return false;
            }
            if (type == LAZY) {
                for (int n = min; ; n++) {
                    if (next.match(m, j, s))
                        return true;
                    if (n >= max)
                        return false;
                    j = atom.step(m, j, s);
                    if (j < 0)
                        return false;
                }
            }
            int count = min;
            int start = j;
            while (count < max) {
                int k = atom.step(m, j, s);
                if (k < 0)
                    break;
                j = k;
                count++;
            }
            if (type == POSSESSIVE)
                return next.match(m, j, s);
            while (true) {
                if (next.match(m, j, s))
                    return true;
                if (j == start)
                    return false;
                // Back off one code point: the atom matched whole ones.
                j--;
                if (j > start && Character.isLowSurrogate(s.charAt(j))
                        && Character.isHighSurrogate(s.charAt(j - 1)))
                    j--;
            }
        }
    }

    /**
     * A quantifier over any sub-pattern. The body ends in a LoopBack that
     * returns here for the next iteration; the count and the position where
     * the current iteration began live in the matcher's locals so nested
     * and recursive uses of one loop keep their own.
     */
    static final class Loop extends Node {
        Node body;
        final int min, max, type;
        final int countLocal, beginLocal;
        /**
         * For a loop outside other quantifiers and look-arounds, in a pattern
         * without back references: a slot in the matcher's memo of (count,
         * position) states from which the rest of the match already failed.
         * What follows such a loop is fixed, so a state that failed once
         * fails again; this stops exponential backtracking as in (a|aa)+ on
         * "aaa...!" (the JDK keeps a similar memo).
         */
        int memo = -1;

        Loop(int min, int max, int type, int countLocal, int beginLocal) {
            this.min = min;
            this.max = max;
            this.type = type;
            this.countLocal = countLocal;
            this.beginLocal = beginLocal;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saveCount = m.locals[countLocal], saveBegin = m.locals[beginLocal];
            m.locals[countLocal] = 0;
            m.locals[beginLocal] = i;
            boolean r = step(m, i, s, 0);
            m.locals[countLocal] = saveCount;
            m.locals[beginLocal] = saveBegin;
            return r;
        }

        /** Called by the body's end with the count of iterations before it. */
        boolean back(Matcher m, int i, CharSequence s) {
            int count = m.locals[countLocal] + 1;
            int begin = m.locals[beginLocal];
            // An iteration that matched nothing past the minimum ends the loop.
            if (i == begin && count > min)
                return next.match(m, i, s);
            m.locals[countLocal] = count;
            m.locals[beginLocal] = i;
            boolean r = step(m, i, s, count);
            m.locals[countLocal] = count - 1;
            m.locals[beginLocal] = begin;
            return r;
        }

        private boolean step(Matcher m, int i, CharSequence s, int count) {
            if (memo < 0)
                return tryStep(m, i, s, count);
            // Past the minimum, an unbounded loop's count no longer matters.
            long key = ((long) (max == Integer.MAX_VALUE ? Math.min(count, min) : count) << 32) | i;
            if (m.failedBefore(memo, key))
                return false;
            if (tryStep(m, i, s, count))
                return true;
            m.recordFailure(memo, key);
            return false;
        }

        private boolean tryStep(Matcher m, int i, CharSequence s, int count) {
            if (count < min)
                return body.match(m, i, s);
            if (type == LAZY)
                return next.match(m, i, s) || (count < max && body.match(m, i, s));
            return (count < max && body.match(m, i, s)) || next.match(m, i, s);
        }
    }

    static final class LoopBack extends Node {
        final Loop loop;

        LoopBack(Loop loop) {
            this.loop = loop;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return loop.back(m, i, s);
        }
    }

    /**
     * A body matched once with no backtracking into it: atomic groups and
     * possessive quantifiers (negate false), or a lookahead (look true),
     * positive or negative.
     */
    static final class Atomic extends Node {
        final Node body;        // ends in Succeed
        final boolean look, negate;

        Atomic(Node body, boolean look, boolean negate) {
            this.body = body;
            this.look = look;
            this.negate = negate;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saveEnd = m.locals[0];
            int saveTo = m.to;
            if (look && m.transparentBounds)
                m.to = m.getTextLength();
            boolean r = body.match(m, i, s);
            int end = m.locals[0];
            m.to = saveTo;
            m.locals[0] = saveEnd;
            if (negate)
                return !r && next.match(m, i, s);
            if (!r)
                return false;
            return next.match(m, look ? i : end, s);
        }
    }

    /** (?<=X) and (?<!X): X must match some text ending exactly here. */
    static final class Behind extends Node {
        final Node body;        // ends in BehindEnd
        final int rmin, rmax;
        final boolean negate;

        Behind(Node body, int rmin, int rmax, boolean negate) {
            this.body = body;
            this.rmin = rmin;
            this.rmax = rmax;
            this.negate = negate;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int savedFrom = m.from;
            int savedTo = m.lookbehindTo;
            int start = m.transparentBounds ? 0 : m.from;
            int lowest = Math.max(i - rmax, start);
            m.lookbehindTo = i;
            if (m.transparentBounds)
                m.from = 0;
            boolean found = false;
            for (int j = i - rmin; !found && j >= lowest; j--)
                found = body.match(m, j, s);
            m.from = savedFrom;
            m.lookbehindTo = savedTo;
            return found != negate && next.match(m, i, s);
        }
    }

    /** \1, \k<name>: the text group g matched, again. */
    static final class BackRef extends Node {
        final int g;
        final boolean ci, unicode;

        BackRef(int g, boolean ci, boolean unicode) {
            this.g = g;
            this.ci = ci;
            this.unicode = unicode;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int j = m.groups[2 * g];
            int k = m.groups[2 * g + 1];
            if (j < 0)
                return false;
            int len = k - j;
            if (i + len > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int x = 0; x < len; x++) {
                char a = s.charAt(j + x), b = s.charAt(i + x);
                if (a != b) {
                    if (!ci)
                        return false;
                    if (unicode) {
                        if (Character.toLowerCase(Character.toUpperCase(a))
                                != Character.toLowerCase(Character.toUpperCase(b)))
                            return false;
                    } else if (CharPredicate.asciiToLower(a) != CharPredicate.asciiToLower(b)) {
                        return false;
                    }
                }
            }
            return next.match(m, i + len, s);
        }
    }

    static final int BEGIN_INPUT = 0, CARET = 1, UNIX_CARET = 2, DOLLAR = 3, UNIX_DOLLAR = 4,
            END_INPUT = 5, LAST_MATCH = 6, WORD_BOUND = 7, NOT_WORD_BOUND = 8, DOLLAR_ML = 9,
            UNIX_DOLLAR_ML = 10;

    /** The zero-width assertions: ^ $ \A \z \Z \G \b \B. */
    static final class Anchor extends Node {
        final int kind;
        final boolean unicodeWord;

        Anchor(int kind, boolean unicodeWord) {
            this.kind = kind;
            this.unicodeWord = unicodeWord;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return test(m, i, s) && next.match(m, i, s);
        }

        private boolean test(Matcher m, int i, CharSequence s) {
            int from = m.anchoringBounds ? m.from : 0;
            int to = m.anchoringBounds ? m.to : m.getTextLength();
            switch (kind) {
                case BEGIN_INPUT:
                    return i == from;
                case CARET: {
                    // Perl does not match ^ at the end of input, even after a newline.
                    if (i == to) {
                        m.hitEnd = true;
                        return false;
                    }
                    if (i > from) {
                        char ch = s.charAt(i - 1);
                        if (ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085')
                            return false;
                        if (ch == '\r' && s.charAt(i) == '\n')
                            return false;
                    }
                    return true;
                }
                case UNIX_CARET:
                    if (i == to) {
                        m.hitEnd = true;
                        return false;
                    }
                    return i == from || s.charAt(i - 1) == '\n';
                case END_INPUT:
                    if (i == to) {
                        m.hitEnd = true;
                        return true;
                    }
                    return false;
                case LAST_MATCH:
                    return i == m.oldLast;
                case DOLLAR:
                case DOLLAR_ML: {
                    boolean multiline = kind == DOLLAR_ML;
                    if (!multiline) {
                        if (i < to - 2)
                            return false;
                        if (i == to - 2 && (s.charAt(i) != '\r' || s.charAt(i + 1) != '\n'))
                            return false;
                    }
                    if (i < to) {
                        char ch = s.charAt(i);
                        if (ch == '\n') {
                            if (i > 0 && s.charAt(i - 1) == '\r')
                                return false;
                            if (multiline)
                                return true;
                        } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                            if (multiline)
                                return true;
                        } else {
                            return false;
                        }
                    }
                    // At (or a final terminator before) the end: more input could change that.
                    m.hitEnd = true;
                    m.requireEnd = true;
                    return true;
                }
                case UNIX_DOLLAR:
                case UNIX_DOLLAR_ML:
                    if (i < to) {
                        if (s.charAt(i) != '\n' || (kind == UNIX_DOLLAR && i != to - 1))
                            return false;
                        if (kind == UNIX_DOLLAR_ML)
                            return true;
                    }
                    m.hitEnd = true;
                    m.requireEnd = true;
                    return true;
                default: {
                    boolean b = isWordBoundary(m, i, s);
                    return kind == WORD_BOUND ? b : !b;
                }
            }
        }

        private boolean isWord(int ch) {
            return unicodeWord ? CharPredicate.unicodeWord(ch)
                    : ch == '_' || Character.isLetterOrDigit(ch);
        }

        private boolean isWordBoundary(Matcher m, int i, CharSequence s) {
            int start = m.transparentBounds ? 0 : m.from;
            int end = m.transparentBounds ? m.getTextLength() : m.to;
            boolean left = false, right = false;
            if (i > start) {
                int ch = Character.codePointBefore(s, i);
                left = isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK
                                      && hasBaseCharacter(s, i - 1, start));
            }
            if (i < end) {
                int ch = Character.codePointAt(s, i);
                right = isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK
                                       && hasBaseCharacter(s, i, start));
            } else {
                m.hitEnd = true;
                m.requireEnd = true;
            }
            return left ^ right;
        }

        private boolean hasBaseCharacter(CharSequence s, int i, int start) {
            for (int x = i; x >= start; x--) {
                int ch = Character.codePointAt(s, x);
                if (Character.isLetterOrDigit(ch))
                    return true;
                if (Character.getType(ch) != Character.NON_SPACING_MARK)
                    return false;
            }
            return false;
        }
    }
}
