package java.util.regex;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs a Pattern over a CharSequence: matches, lookingAt, find, groups,
 * replacement with $n/${name}, regions and bounds, as the JDK's Matcher.
 */
public final class Matcher implements MatchResult {
    static final int NOANCHOR = 0;
    static final int ENDANCHOR = 1;

    Pattern parentPattern;
    CharSequence text;
    int[] groups;
    int[] locals;
    int from, to;
    int lookbehindTo;
    int first = -1, last = 0;
    int oldLast = -1;
    int lastAppendPosition = 0;
    int acceptMode = NOANCHOR;
    boolean hitEnd, requireEnd;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;
    int modCount;
    /** Per memo slot: the failed (count << 32 | position) states of the current search. */
    private java.util.HashSet<Long>[] memo;
    private int[] memoGeneration;
    private int generation;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        int parentGroupCount = Math.max(parent.groupCount, 10);
        groups = new int[parentGroupCount * 2];
        locals = new int[parent.localCount];
        reset();
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        return toMatchResult(text.toString());
    }

    private MatchResult toMatchResult(String textCopy) {
        final int f = first, l = last;
        final int[] g = groups.clone();
        final int count = groupCount();
        final String t = first < 0 ? null : textCopy;
        return new MatchResult() {
            private void check() {
                if (f < 0)
                    throw new IllegalStateException("No match found");
            }

            public int start() { check(); return f; }

            public int start(int group) {
                check();
                if (group < 0 || group > count)
                    throw new IndexOutOfBoundsException("No group " + group);
                return g[group * 2];
            }

            public int end() { check(); return l; }

            public int end(int group) {
                check();
                if (group < 0 || group > count)
                    throw new IndexOutOfBoundsException("No group " + group);
                return g[group * 2 + 1];
            }

            public int groupCount() { return count; }

            public String group() { return group(0); }

            public String group(int group) {
                check();
                if (group < 0 || group > count)
                    throw new IndexOutOfBoundsException("No group " + group);
                if (g[group * 2] == -1 || g[group * 2 + 1] == -1)
                    return null;
                return t.substring(g[group * 2], g[group * 2 + 1]);
            }
        };
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null)
            throw new IllegalArgumentException("Pattern cannot be null");
        parentPattern = newPattern;
        int parentGroupCount = Math.max(newPattern.groupCount, 10);
        groups = new int[parentGroupCount * 2];
        locals = new int[newPattern.localCount];
        memo = null;
        for (int i = 0; i < groups.length; i++)
            groups[i] = -1;
        modCount++;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        for (int i = 0; i < groups.length; i++)
            groups[i] = -1;
        for (int i = 0; i < locals.length; i++)
            locals[i] = -1;
        lastAppendPosition = 0;
        from = 0;
        to = getTextLength();
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public int start() {
        if (first < 0)
            throw new IllegalStateException("No match available");
        return first;
    }

    public int start(int group) {
        if (first < 0)
            throw new IllegalStateException("No match available");
        if (group < 0 || group > groupCount())
            throw new IndexOutOfBoundsException("No group " + group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[getMatchedGroupIndex(name) * 2];
    }

    public int end() {
        if (first < 0)
            throw new IllegalStateException("No match available");
        return last;
    }

    public int end(int group) {
        if (first < 0)
            throw new IllegalStateException("No match available");
        if (group < 0 || group > groupCount())
            throw new IndexOutOfBoundsException("No group " + group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[getMatchedGroupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0)
            throw new IllegalStateException("No match found");
        if (group < 0 || group > groupCount())
            throw new IndexOutOfBoundsException("No group " + group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1)
            return null;
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public String group(String name) {
        int group = getMatchedGroupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1)
            return null;
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public int groupCount() {
        return parentPattern.groupCount - 1;
    }

    private int getMatchedGroupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0)
            throw new IllegalStateException("No match found");
        Integer g = parentPattern.namedGroups().get(name);
        if (g == null)
            throw new IllegalArgumentException("No group with name <" + name + ">");
        return g;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first)
            nextSearchIndex++;
        if (nextSearchIndex < from)
            nextSearchIndex = from;
        if (nextSearchIndex > to) {
            for (int i = 0; i < groups.length; i++)
                groups[i] = -1;
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        int limit = getTextLength();
        if (start < 0 || start > limit)
            throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start);
    }

    boolean failedBefore(int slot, long key) {
        return memo != null && memo[slot] != null && memoGeneration[slot] == generation
                && memo[slot].contains(key);
    }

    @SuppressWarnings("unchecked")
    void recordFailure(int slot, long key) {
        if (memo == null) {
            memo = new java.util.HashSet[parentPattern.memoCount];
            memoGeneration = new int[parentPattern.memoCount];
        }
        if (memo[slot] == null)
            memo[slot] = new java.util.HashSet<>();
        if (memoGeneration[slot] != generation) {
            memo[slot].clear();
            memoGeneration[slot] = generation;
        }
        memo[slot].add(key);
    }

    private void clearGroups() {
        generation++;
        for (int i = 0; i < groups.length; i++)
            groups[i] = -1;
        for (int i = 0; i < locals.length; i++)
            locals[i] = -1;
    }

    /** Tries each start from 'start' on; the pattern can't match closer than minLength to the end. */
    boolean search(int start) {
        hitEnd = false;
        requireEnd = false;
        start = start < 0 ? 0 : start;
        oldLast = oldLast < 0 ? start : oldLast;
        clearGroups();
        acceptMode = NOANCHOR;
        boolean result = false;
        Node root = parentPattern.root;
        int guard = to - parentPattern.minLength;
        for (int i = start; i <= guard; ) {
            first = i;
            if (root.match(this, i, text)) {
                result = true;
                groups[0] = first;
                groups[1] = last;
                break;
            }
            // As the JDK, never start a match inside a surrogate pair (only
            // the first start, e.g. after an empty match, may be there).
            if (i + 1 < to && Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1)))
                i += 2;
            else
                i++;
        }
        if (!result) {
            hitEnd = true;
            first = -1;
        }
        oldLast = last;
        modCount++;
        return result;
    }

    boolean match(int start, int anchor) {
        hitEnd = false;
        requireEnd = false;
        start = start < 0 ? 0 : start;
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        clearGroups();
        acceptMode = anchor;
        boolean result = parentPattern.root.match(this, start, text);
        if (!result)
            first = -1;
        oldLast = last;
        modCount++;
        return result;
    }

    int getTextLength() {
        return text.length();
    }

    // ---- regions and bounds ----

    public Matcher region(int start, int end) {
        if (start < 0 || start > getTextLength())
            throw new IndexOutOfBoundsException("start");
        if (end < 0 || end > getTextLength())
            throw new IndexOutOfBoundsException("end");
        if (start > end)
            throw new IndexOutOfBoundsException("start > end");
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    // ---- replacing ----

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1)
            return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$')
                sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        if (first < 0)
            throw new IllegalStateException("No match available");
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        if (first < 0)
            throw new IllegalStateException("No match available");
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    /** Expands $n, ${name} and \x in a replacement, as the JDK does. */
    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        while (cursor < replacement.length()) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == replacement.length())
                    throw new IllegalArgumentException("character to be escaped is missing");
                result.append(replacement.charAt(cursor));
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == replacement.length())
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < replacement.length()) {
                        nextChar = replacement.charAt(cursor);
                        if (CharPredicate.asciiLower(nextChar) || CharPredicate.asciiUpper(nextChar)
                                || CharPredicate.asciiDigit(nextChar)) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0)
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (nextChar != '}')
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    String gname = gsb.toString();
                    if (CharPredicate.asciiDigit(gname.charAt(0)))
                        throw new IllegalArgumentException("capturing group name {" + gname
                                                           + "} starts with digit character");
                    Integer g = parentPattern.namedGroups().get(gname);
                    if (g == null)
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    refNum = g;
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if (refNum < 0 || refNum > 9)
                        throw new IllegalArgumentException("Illegal group reference");
                    cursor++;
                    // Take the longest group number that exists.
                    while (cursor < replacement.length()) {
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if (nextDigit < 0 || nextDigit > 9)
                            break;
                        int newRefNum = refNum * 10 + nextDigit;
                        if (groupCount() < newRefNum)
                            break;
                        refNum = newRefNum;
                        cursor++;
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1)
                    result.append(text, start(refNum), end(refNum));
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                int ec = modCount;
                String replacement = replacer.apply(this);
                if (ec != modCount)
                    throw new ConcurrentModificationException();
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null)
            throw new NullPointerException("replacement");
        reset();
        if (!find())
            return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find())
            return text.toString();
        StringBuilder sb = new StringBuilder();
        int ec = modCount;
        String replacement = replacer.apply(this);
        if (ec != modCount)
            throw new ConcurrentModificationException();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    /** Every remaining match, as a stream of MatchResults (found eagerly). */
    public java.util.stream.Stream<MatchResult> results() {
        ArrayList<MatchResult> list = new ArrayList<>();
        String copy = text.toString();
        while (find())
            list.add(toMatchResult(copy));
        return list.stream();
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + regionStart() + ","
                + regionEnd() + " lastmatch=" + ((first >= 0) && (group() != null) ? group() : "") + "]";
    }
}
