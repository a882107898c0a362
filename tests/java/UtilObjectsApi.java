// java.util.Objects: equals, deepEquals, hash, toString with default, requireNonNull
// messages (plain, with message, with supplier), requireNonNullElse(Get), isNull/nonNull,
// compare, checkIndex/checkFromToIndex/checkFromIndexSize messages.
import java.util.*;

public class UtilObjectsApi {
    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("equals", () -> Objects.equals("a", "a") + " " + Objects.equals(null, "a") + " " + Objects.equals(null, null));
        t("deepEquals", () -> Objects.deepEquals(new int[][]{{1}}, new int[][]{{1}}) + " " + Objects.deepEquals(new int[]{1}, new long[]{1}));
        t("hash", () -> Objects.hash("a", 1, null, 2.5) + " " + Objects.hashCode("a") + " " + Objects.hash(new Object[]{null}));
        t("toString", () -> Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(12, "dflt"));
        t("requireNonNull", () -> Objects.requireNonNull(null));
        t("requireNonNull msg", () -> Objects.requireNonNull(null, "thing must not be null"));
        t("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "from " + "supplier"));
        t("requireNonNull ok", () -> Objects.requireNonNull("ok", "never"));
        t("requireNonNullElse", () -> Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElse("first", "else"));
        t("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        t("requireNonNullElseGet", () -> Objects.requireNonNullElseGet(null, () -> "got"));
        t("requireNonNullElseGet null supplier result", () -> Objects.requireNonNullElseGet(null, () -> null));
        t("isNull/nonNull", () -> Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.isNull(""));
        t("compare", () -> Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()) + " " + Objects.compare(3, 1, Comparator.<Integer>naturalOrder()));
        t("checkIndex ok", () -> Objects.checkIndex(2, 3));
        t("checkIndex", () -> Objects.checkIndex(5, 3));
        t("checkIndex negative", () -> Objects.checkIndex(-1, 3));
        t("checkFromToIndex", () -> Objects.checkFromToIndex(2, 1, 5));
        t("checkFromToIndex past", () -> Objects.checkFromToIndex(0, 6, 5));
        t("checkFromIndexSize", () -> Objects.checkFromIndexSize(3, 4, 5));
        t("checkFromIndexSize ok", () -> Objects.checkFromIndexSize(1, 4, 5));
        t("checkIndex long", () -> Objects.checkIndex(10L, 5L));
    }
}
