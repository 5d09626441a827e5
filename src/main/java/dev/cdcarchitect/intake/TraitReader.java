package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.DataTrait;
import dev.cdcarchitect.domain.HaTrait;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.Workload;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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

    /** A count in front ("2 read replicas", "3-member replica set") belongs to the same fact. */
    private static final String COUNT = "(?:\\b\\d{1,2}[\\s-]*(?:(?:member|node)s?[\\s-]+)?)?";
    private static final Pattern REPLICAS = Pattern.compile(COUNT + "(?:read[\\s-]*replicas?|\\breplicas\\b|\\bstandby\\s+replicas?)", FLAGS);
    private static final Pattern MULTI_AZ = Pattern.compile(
            "multi[\\s-]*az|synchronous\\s+standby|hot\\s+standby|\\bpatroni\\b|\\bstandby\\b|failover\\s+(?:pair|cluster)|\\bha\\s+pair", FLAGS);
    private static final Pattern RAC = Pattern.compile("\\brac\\b|real application clusters", FLAGS);
    private static final Pattern SHARDED = Pattern.compile("\\bshard(?:ed|s|ing)?\\b|\\bmongos\\b", FLAGS);
    private static final Pattern REPLICA_SET = Pattern.compile(
            COUNT + "replica[\\s-]?set(?:\\s*\\(\\s*\\d{1,2}\\s+(?:members?|nodes?)\\s*\\))?", FLAGS);
    private static final Pattern ALWAYS_ON = Pattern.compile("always[\\s-]?on|availability\\s+group", FLAGS);
    private static final Pattern NODE_COUNT = Pattern.compile(
            "\\b(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)[\\s-]*(?:node|shard|member|instance)s?\\b", FLAGS);
    private static final List<String> SMALL_NUMBERS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private TraitReader() {}

    static Set<Workload> workload(SpanLedger ledger) {
        Set<Workload> found = EnumSet.noneOf(Workload.class);
        read(ledger, UPDATE_HEAVY, "workload", Workload.UPDATE_HEAVY, Workload.UPDATE_HEAVY.displayName(), found);
        read(ledger, DELETE_HEAVY, "workload", Workload.DELETE_HEAVY, Workload.DELETE_HEAVY.displayName(), found);
        read(ledger, APPEND_ONLY, "workload", Workload.APPEND_ONLY, Workload.APPEND_ONLY.displayName(), found);
        read(ledger, BURSTY, "workload", Workload.BURSTY, Workload.BURSTY.displayName(), found);
        return found;
    }

    static Set<KeyTrait> keys(SpanLedger ledger) {
        Set<KeyTrait> found = EnumSet.noneOf(KeyTrait.class);
        read(ledger, COMPOSITE, "keys", KeyTrait.COMPOSITE, KeyTrait.COMPOSITE.displayName(), found);
        read(ledger, MISSING_PK, "keys", KeyTrait.MISSING_PRIMARY_KEY, KeyTrait.MISSING_PRIMARY_KEY.displayName(), found);
        read(ledger, UUID, "keys", KeyTrait.UUID, KeyTrait.UUID.displayName(), found);
        read(ledger, HOT_KEYS, "keys", KeyTrait.HOT_KEYS, KeyTrait.HOT_KEYS.displayName(), found);
        return found;
    }

    static Set<DataTrait> data(SpanLedger ledger) {
        Set<DataTrait> found = EnumSet.noneOf(DataTrait.class);
        read(ledger, LOBS, "column kinds", DataTrait.LARGE_OBJECTS, DataTrait.LARGE_OBJECTS.displayName(), found);
        read(ledger, JSON, "column kinds", DataTrait.JSON, DataTrait.JSON.displayName(), found);
        return found;
    }

    static Set<HaTrait> highAvailability(SpanLedger ledger) {
        Set<HaTrait> found = EnumSet.noneOf(HaTrait.class);
        if (!read(ledger, REPLICA_SET, "high availability", HaTrait.REPLICA_SET, HaTrait.REPLICA_SET.displayName(), found)) {
            read(ledger, REPLICAS, "high availability", HaTrait.READ_REPLICAS, HaTrait.READ_REPLICAS.displayName(), found);
        }
        read(ledger, MULTI_AZ, "high availability", HaTrait.MULTI_AZ, HaTrait.MULTI_AZ.displayName(), found);
        read(ledger, RAC, "high availability", HaTrait.RAC, HaTrait.RAC.displayName(), found);
        read(ledger, SHARDED, "high availability", HaTrait.SHARDED, HaTrait.SHARDED.displayName(), found);
        read(ledger, ALWAYS_ON, "high availability", HaTrait.ALWAYS_ON, HaTrait.ALWAYS_ON.displayName(), found);
        return found;
    }

    /** RAC nodes or shards; 0 when the text gives no count. */
    static int nodeCount(SpanLedger ledger) {
        // Read from the whole text: "sharded across 8 shards" already used "shards" for the sharding itself.
        Matcher m = NODE_COUNT.matcher(ledger.full(InputField.SOURCE));
        if (!m.find()) return 0;
        String count = m.group(1).toLowerCase(Locale.ROOT);
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : SMALL_NUMBERS.indexOf(count);
        ledger.fact(InputField.SOURCE, m.start(), m.end(), "nodes or shards", String.valueOf(n));
        return n;
    }

    private static <E> boolean read(SpanLedger ledger, Pattern pattern, String fact, E value, String shown, Set<E> found) {
        if (!ledger.factAll(InputField.SOURCE, pattern, fact, shown)) return false;
        found.add(value);
        return true;
    }
}
