/*
 * ZoneRules: a zone's offsets over time, as the JDK's model: the historic
 * standard-offset and wall-offset transitions (sorted epoch seconds) and
 * the yearly rules that continue after the last one.  Gaps and overlaps of
 * local date-times are answered as the JDK does.
 */
package java.time.zone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ZoneRules implements java.io.Serializable {
    private static final long serialVersionUID = 3044319355680032515L;
    private static final int LAST_CACHED_YEAR = 2100;
    private static final long[] EMPTY_LONGS = new long[0];
    private static final ZoneOffsetTransitionRule[] EMPTY_RULES = new ZoneOffsetTransitionRule[0];
    private static final LocalDateTime[] EMPTY_LDTS = new LocalDateTime[0];

    private final long[] standardTransitions;
    private final ZoneOffset[] standardOffsets;
    private final long[] savingsInstantTransitions;
    private final LocalDateTime[] savingsLocalTransitions;
    private final ZoneOffset[] wallOffsets;
    private final ZoneOffsetTransitionRule[] lastRules;
    private final transient Map<Integer, ZoneOffsetTransition[]> lastRulesCache = new HashMap<>();

    public static ZoneRules of(ZoneOffset baseStandardOffset, ZoneOffset baseWallOffset,
                               List<ZoneOffsetTransition> standardOffsetTransitionList,
                               List<ZoneOffsetTransition> transitionList,
                               List<ZoneOffsetTransitionRule> lastRules) {
        Objects.requireNonNull(baseStandardOffset, "baseStandardOffset");
        Objects.requireNonNull(baseWallOffset, "baseWallOffset");
        Objects.requireNonNull(standardOffsetTransitionList, "standardOffsetTransitionList");
        Objects.requireNonNull(transitionList, "transitionList");
        Objects.requireNonNull(lastRules, "lastRules");
        long[] st = new long[standardOffsetTransitionList.size()];
        ZoneOffset[] so = new ZoneOffset[st.length + 1];
        so[0] = baseStandardOffset;
        for (int i = 0; i < st.length; i++) {
            st[i] = standardOffsetTransitionList.get(i).toEpochSecond();
            so[i + 1] = standardOffsetTransitionList.get(i).getOffsetAfter();
        }
        long[] sav = new long[transitionList.size()];
        ZoneOffset[] wo = new ZoneOffset[sav.length + 1];
        wo[0] = baseWallOffset;
        for (int i = 0; i < sav.length; i++) {
            sav[i] = transitionList.get(i).toEpochSecond();
            wo[i + 1] = transitionList.get(i).getOffsetAfter();
        }
        return new ZoneRules(st, so, sav, wo, lastRules.toArray(EMPTY_RULES));
    }

    public static ZoneRules of(ZoneOffset offset) {
        Objects.requireNonNull(offset, "offset");
        return new ZoneRules(EMPTY_LONGS, new ZoneOffset[] {offset}, EMPTY_LONGS,
                             new ZoneOffset[] {offset}, EMPTY_RULES);
    }

    ZoneRules(long[] standardTransitions, ZoneOffset[] standardOffsets, long[] savingsInstantTransitions,
              ZoneOffset[] wallOffsets, ZoneOffsetTransitionRule[] lastRules) {
        this.standardTransitions = standardTransitions;
        this.standardOffsets = standardOffsets;
        this.savingsInstantTransitions = savingsInstantTransitions;
        this.wallOffsets = wallOffsets;
        this.lastRules = lastRules;
        if (savingsInstantTransitions.length == 0) {
            this.savingsLocalTransitions = EMPTY_LDTS;
        } else {
            // Each transition contributes the two local date-times that bound its gap or overlap.
            List<LocalDateTime> local = new ArrayList<>();
            for (int i = 0; i < savingsInstantTransitions.length; i++) {
                ZoneOffsetTransition trans = new ZoneOffsetTransition(savingsInstantTransitions[i],
                                                                      wallOffsets[i], wallOffsets[i + 1]);
                if (trans.isGap()) {
                    local.add(trans.getDateTimeBefore());
                    local.add(trans.getDateTimeAfter());
                } else {
                    local.add(trans.getDateTimeAfter());
                    local.add(trans.getDateTimeBefore());
                }
            }
            this.savingsLocalTransitions = local.toArray(EMPTY_LDTS);
        }
    }

    public boolean isFixedOffset() {
        return standardOffsets[0].equals(wallOffsets[0]) && standardTransitions.length == 0
            && savingsInstantTransitions.length == 0 && lastRules.length == 0;
    }

    public ZoneOffset getOffset(Instant instant) {
        if (savingsInstantTransitions.length == 0)
            return wallOffsets[0];
        long epochSec = instant.getEpochSecond();
        if (lastRules.length > 0 && epochSec > savingsInstantTransitions[savingsInstantTransitions.length - 1]) {
            int year = findYear(epochSec, wallOffsets[wallOffsets.length - 1]);
            ZoneOffsetTransition[] transArray = findTransitionArray(year);
            ZoneOffsetTransition trans = null;
            for (ZoneOffsetTransition t : transArray) {
                trans = t;
                if (epochSec < trans.toEpochSecond())
                    return trans.getOffsetBefore();
            }
            return trans.getOffsetAfter();
        }
        int index = Arrays.binarySearch(savingsInstantTransitions, epochSec);
        if (index < 0)
            index = -index - 2;
        return wallOffsets[index + 1];
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        Object info = getOffsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition)
            return ((ZoneOffsetTransition) info).getOffsetBefore();
        return (ZoneOffset) info;
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        Object info = getOffsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition)
            return ((ZoneOffsetTransition) info).getValidOffsets();
        return Collections.singletonList((ZoneOffset) info);
    }

    public ZoneOffsetTransition getTransition(LocalDateTime localDateTime) {
        Object info = getOffsetInfo(localDateTime);
        return info instanceof ZoneOffsetTransition ? (ZoneOffsetTransition) info : null;
    }

    private Object getOffsetInfo(LocalDateTime dt) {
        if (savingsLocalTransitions.length == 0)
            return wallOffsets[0];
        if (lastRules.length > 0 && dt.isAfter(savingsLocalTransitions[savingsLocalTransitions.length - 1])) {
            ZoneOffsetTransition[] transArray = findTransitionArray(dt.getYear());
            Object info = null;
            for (ZoneOffsetTransition trans : transArray) {
                info = findOffsetInfo(dt, trans);
                if (info instanceof ZoneOffsetTransition || info.equals(trans.getOffsetBefore()))
                    return info;
            }
            return info;
        }
        int index = Arrays.binarySearch(savingsLocalTransitions, dt);
        if (index == -1)
            return wallOffsets[0];
        if (index < 0) {
            index = -index - 2;
        } else if (index < savingsLocalTransitions.length - 1
                   && savingsLocalTransitions[index].equals(savingsLocalTransitions[index + 1])) {
            index++;
        }
        if ((index & 1) == 0) {
            LocalDateTime dtBefore = savingsLocalTransitions[index];
            LocalDateTime dtAfter = savingsLocalTransitions[index + 1];
            ZoneOffset offsetBefore = wallOffsets[index / 2];
            ZoneOffset offsetAfter = wallOffsets[index / 2 + 1];
            if (offsetAfter.getTotalSeconds() > offsetBefore.getTotalSeconds())
                return new ZoneOffsetTransition(dtBefore, offsetBefore, offsetAfter);
            return new ZoneOffsetTransition(dtAfter, offsetBefore, offsetAfter);
        }
        return wallOffsets[index / 2 + 1];
    }

    private Object findOffsetInfo(LocalDateTime dt, ZoneOffsetTransition trans) {
        LocalDateTime localTransition = trans.getDateTimeBefore();
        if (trans.isGap()) {
            if (dt.isBefore(localTransition))
                return trans.getOffsetBefore();
            if (dt.isBefore(trans.getDateTimeAfter()))
                return trans;
            return trans.getOffsetAfter();
        }
        if (!dt.isBefore(localTransition))
            return trans.getOffsetAfter();
        if (dt.isBefore(trans.getDateTimeAfter()))
            return trans.getOffsetBefore();
        return trans;
    }

    private ZoneOffsetTransition[] findTransitionArray(int year) {
        synchronized (lastRulesCache) {
            ZoneOffsetTransition[] transArray = lastRulesCache.get(year);
            if (transArray != null)
                return transArray;
            transArray = new ZoneOffsetTransition[lastRules.length];
            for (int i = 0; i < lastRules.length; i++)
                transArray[i] = lastRules[i].createTransition(year);
            if (year < LAST_CACHED_YEAR)
                lastRulesCache.put(year, transArray);
            return transArray;
        }
    }

    private static int findYear(long epochSecond, ZoneOffset offset) {
        long localSecond = epochSecond + offset.getTotalSeconds();
        long localEpochDay = Math.floorDiv(localSecond, 86400);
        return LocalDate.ofEpochDay(localEpochDay).getYear();
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        return getValidOffsets(localDateTime).contains(offset);
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        if (standardTransitions.length == 0)
            return standardOffsets[0];
        long epochSec = instant.getEpochSecond();
        int index = Arrays.binarySearch(standardTransitions, epochSec);
        if (index < 0)
            index = -index - 2;
        return standardOffsets[index + 1];
    }

    public Duration getDaylightSavings(Instant instant) {
        if (isFixedOffset())
            return Duration.ZERO;
        ZoneOffset standardOffset = getStandardOffset(instant);
        ZoneOffset actualOffset = getOffset(instant);
        return Duration.ofSeconds(actualOffset.getTotalSeconds() - standardOffset.getTotalSeconds());
    }

    public boolean isDaylightSavings(Instant instant) {
        return !getStandardOffset(instant).equals(getOffset(instant));
    }

    public ZoneOffsetTransition nextTransition(Instant instant) {
        if (savingsInstantTransitions.length == 0)
            return null;
        long epochSec = instant.getEpochSecond();
        if (epochSec >= savingsInstantTransitions[savingsInstantTransitions.length - 1]) {
            if (lastRules.length == 0)
                return null;
            int year = findYear(epochSec, wallOffsets[wallOffsets.length - 1]);
            for (ZoneOffsetTransition trans : findTransitionArray(year))
                if (epochSec < trans.toEpochSecond())
                    return trans;
            if (year < 999_999_999)
                return findTransitionArray(year + 1)[0];
            return null;
        }
        int index = Arrays.binarySearch(savingsInstantTransitions, epochSec);
        index = index < 0 ? -index - 1 : index + 1;
        return new ZoneOffsetTransition(savingsInstantTransitions[index], wallOffsets[index], wallOffsets[index + 1]);
    }

    public ZoneOffsetTransition previousTransition(Instant instant) {
        if (savingsInstantTransitions.length == 0)
            return null;
        long epochSec = instant.getEpochSecond();
        if (instant.getNano() > 0 && epochSec < Long.MAX_VALUE)
            epochSec += 1;
        long lastHistoric = savingsInstantTransitions[savingsInstantTransitions.length - 1];
        if (lastRules.length > 0 && epochSec > lastHistoric) {
            ZoneOffset lastHistoricOffset = wallOffsets[wallOffsets.length - 1];
            int year = findYear(epochSec, lastHistoricOffset);
            ZoneOffsetTransition[] transArray = findTransitionArray(year);
            for (int i = transArray.length - 1; i >= 0; i--)
                if (epochSec > transArray[i].toEpochSecond())
                    return transArray[i];
            int lastHistoricYear = findYear(lastHistoric, lastHistoricOffset);
            if (--year > lastHistoricYear) {
                transArray = findTransitionArray(year);
                return transArray[transArray.length - 1];
            }
        }
        int index = Arrays.binarySearch(savingsInstantTransitions, epochSec);
        if (index < 0)
            index = -index - 1;
        if (index <= 0)
            return null;
        return new ZoneOffsetTransition(savingsInstantTransitions[index - 1], wallOffsets[index - 1],
                                        wallOffsets[index]);
    }

    public List<ZoneOffsetTransition> getTransitions() {
        List<ZoneOffsetTransition> list = new ArrayList<>();
        for (int i = 0; i < savingsInstantTransitions.length; i++)
            list.add(new ZoneOffsetTransition(savingsInstantTransitions[i], wallOffsets[i], wallOffsets[i + 1]));
        return Collections.unmodifiableList(list);
    }

    public List<ZoneOffsetTransitionRule> getTransitionRules() {
        return List.of(lastRules);
    }

    @Override
    public boolean equals(Object otherRules) {
        if (this == otherRules)
            return true;
        return otherRules instanceof ZoneRules o
            && Arrays.equals(standardTransitions, o.standardTransitions)
            && Arrays.equals(standardOffsets, o.standardOffsets)
            && Arrays.equals(savingsInstantTransitions, o.savingsInstantTransitions)
            && Arrays.equals(wallOffsets, o.wallOffsets)
            && Arrays.equals(lastRules, o.lastRules);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(standardTransitions) ^ Arrays.hashCode(standardOffsets)
            ^ Arrays.hashCode(savingsInstantTransitions) ^ Arrays.hashCode(wallOffsets)
            ^ Arrays.hashCode(lastRules);
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + standardOffsets[standardOffsets.length - 1] + "]";
    }
}
