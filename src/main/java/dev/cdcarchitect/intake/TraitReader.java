package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.Workload;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads workload shape, key shape, column kinds and HA topology from the source text. */
final class TraitReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern UPDATE_HEAVY = Pattern.compile(
            "update[\\s-]*(?:heavy|intensive|dominated)|heavy\\s+updates?|(?:mostly|primarily|frequent|many)\\s+updates", FLAGS);
    private static final Pattern DELETE_HEAVY = Pattern.compile(
            "delete[\\s-]*(?:heavy|intensive)|heavy\\s+deletes?|(?:mass|bulk|frequent|many)\\s+deletes|purge jobs", FLAGS);
    private static final Pattern APPEND_ONLY = Pattern.compile(
            "append[\\s-]*only|insert[\\s-]*only|immutable\\s+(?:rows|records|events)|no updates", FLAGS);
    private static final Pattern BURSTY = Pattern.compile(
            "burst|spik[ey]|black friday|seasonal|end[\\s-]of[\\s-](?:day|month)\\s+batch", FLAGS);

    private static final Pattern COMPOSITE = Pattern.compile(
            "composite|compound|multi[\\s-]?column\\s+(?:primary\\s+)?keys?|concatenated keys?", FLAGS);
    private static final Pattern MISSING_PK = Pattern.compile(
            "(?:no|without(?: a| any)?|missing|lack(?:ing)?)\\s+(?:primary\\s+keys?|pks?)\\b|keyless|heap tables", FLAGS);
    private static final Pattern UUID = Pattern.compile("\\b(?:uuid|guid)s?\\b", FLAGS);
    private static final Pattern HOT_KEYS = Pattern.compile("hot[\\s-]?(?:keys?|spots?|partitions?|rows?|accounts?|tenants?)|skew", FLAGS);

    private static final Pattern LOBS = Pattern.compile(
            "\\btoast(?:ed)?\\b|\\b[bcn]?lobs?\\b|\\bblobs?\\b|\\bclobs?\\b|\\bbytea\\b|large\\s+(?:text|objects?|columns?|blobs?|values)|varbinary\\(max\\)|nvarchar\\(max\\)", FLAGS);
    private static final Pattern JSON = Pattern.compile("\\bjsonb?\\b|\\bdocuments?\\b|\\bbson\\b", FLAGS);

    private static final Pattern REPLICAS = Pattern.compile("read[\\s-]*replicas?|\\breplicas\\b|\\bstandby\\s+replicas?", FLAGS);
    private static final Pattern MULTI_AZ = Pattern.compile(
            "multi[\\s-]*az|synchronous\\s+standby|hot\\s+standby|\\bpatroni\\b|\\bstandby\\b|failover\\s+(?:pair|cluster)|\\bha\\s+pair", FLAGS);
    private static final Pattern RAC = Pattern.compile("\\brac\\b|real application clusters", FLAGS);
    private static final Pattern SHARDED = Pattern.compile("\\bshard(?:ed|s|ing)?\\b|\\bmongos\\b", FLAGS);
    private static final Pattern REPLICA_SET = Pattern.compile("replica[\\s-]?set", FLAGS);
    private static final Pattern ALWAYS_ON = Pattern.compile("always[\\s-]?on|availability\\s+group", FLAGS);
    private static final Pattern NODE_COUNT = Pattern.compile("(\\d{1,3})[\\s-]*(?:node|shard|member|instance)s?\\b", FLAGS);

    private TraitReader() {}

    static Set<Workload> workload(String text) {
        Set<Workload> found = EnumSet.noneOf(Workload.class);
        if (UPDATE_HEAVY.matcher(text).find()) found.add(Workload.UPDATE_HEAVY);
        if (DELETE_HEAVY.matcher(text).find()) found.add(Workload.DELETE_HEAVY);
        if (APPEND_ONLY.matcher(text).find()) found.add(Workload.APPEND_ONLY);
        if (BURSTY.matcher(text).find()) found.add(Workload.BURSTY);
        return found;
    }

    static Set<KeyTrait> keys(String text) {
        Set<KeyTrait> found = EnumSet.noneOf(KeyTrait.class);
        if (COMPOSITE.matcher(text).find()) found.add(KeyTrait.COMPOSITE);
        if (MISSING_PK.matcher(text).find()) found.add(KeyTrait.MISSING_PRIMARY_KEY);
        if (UUID.matcher(text).find()) found.add(KeyTrait.UUID);
        if (HOT_KEYS.matcher(text).find()) found.add(KeyTrait.HOT_KEYS);
        return found;
    }

    static Set<DataTrait> data(String text) {
        Set<DataTrait> found = EnumSet.noneOf(DataTrait.class);
        if (LOBS.matcher(text).find()) found.add(DataTrait.LARGE_OBJECTS);
        if (JSON.matcher(text).find()) found.add(DataTrait.JSON);
        return found;
    }

    static Set<HaTrait> highAvailability(String text) {
        Set<HaTrait> found = EnumSet.noneOf(HaTrait.class);
        if (REPLICA_SET.matcher(text).find()) found.add(HaTrait.REPLICA_SET);
        else if (REPLICAS.matcher(text).find()) found.add(HaTrait.READ_REPLICAS);
        if (MULTI_AZ.matcher(text).find()) found.add(HaTrait.MULTI_AZ);
        if (RAC.matcher(text).find()) found.add(HaTrait.RAC);
        if (SHARDED.matcher(text).find()) found.add(HaTrait.SHARDED);
        if (ALWAYS_ON.matcher(text).find()) found.add(HaTrait.ALWAYS_ON);
        return found;
    }

    /** RAC nodes or shards; 0 when the text gives no count. */
    static int nodeCount(String text) {
        Matcher m = NODE_COUNT.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
