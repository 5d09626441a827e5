package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.ConfigScope;
import dev.cdcarchitect.rules.base.RuleContext;

/** Settings of Debezium Server's application.properties, keyed as the file names them. */
final class ServerSettings {

    private ServerSettings() {}

    static ConfigEntry of(RuleContext ctx, String key, String value) {
        return new ConfigEntry(ConfigScope.DEBEZIUM_SERVER, ctx.connector(), key, value);
    }
}
