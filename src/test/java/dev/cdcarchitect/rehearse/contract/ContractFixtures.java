package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConfigBundleBuilder;
import dev.cdcarchitect.rehearse.check.Check;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Exported bundles of the golden designs, and planted defects: one file of a bundle edited as a user would. */
final class ContractFixtures {

    private ContractFixtures() {}

    static ConfigBundle bundle(GoldenDesigns.Case c) {
        return new ConfigBundleBuilder().build((DesignResult.Generated) new DesignService().design(c.source(), c.target()));
    }

    static ConfigBundle bundle(String name) {
        return bundle(GoldenDesigns.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    /** The bundle with one line of a connector's JSON replaced, the way a hand edit of the exported folder looks. */
    static ConfigBundle edit(ConfigBundle bundle, String file, Consumer<Map<String, String>> change) {
        Map<String, String> files = new LinkedHashMap<>(bundle.files());
        files.put(file, Json.editConfig(files.get(file), change));
        return new ConfigBundle(files);
    }

    static String lines(List<Check> checks) {
        return checks.stream().map(Check::line).collect(Collectors.joining("\n"));
    }
}
