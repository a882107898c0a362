package java.util.regex;

/** The result of one match: bounds and text of the whole match and of its groups. */
public interface MatchResult {
    int start();

    int start(int group);

    int end();

    int end(int group);

    String group();

    String group(int group);

    int groupCount();
}
