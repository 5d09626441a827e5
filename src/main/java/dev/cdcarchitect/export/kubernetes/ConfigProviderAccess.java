package dev.cdcarchitect.export.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Role and RoleBinding Strimzi's Kubernetes config providers need: they read Secrets and ConfigMaps through the
 * Kubernetes API as the Connect pods' service account ({@code <name>-connect}), and only the ones named here.
 */
final class ConfigProviderAccess {

    private ConfigProviderAccess() {}

    static Map<String, Object> role(String connect, String ns, ConfigReferences references) {
        Map<String, Object> role = Manifests.object("rbac.authorization.k8s.io/v1", "Role", connect + "-config-providers", ns, Map.of(), Map.of());
        List<Map<String, Object>> rules = new ArrayList<>();
        if (!references.secrets().isEmpty()) rules.add(rule("secrets", new ArrayList<>(references.secrets().keySet())));
        if (!references.settings().isEmpty()) rules.add(rule("configmaps", List.of(ConfigReferences.SETTINGS)));
        role.put("rules", rules);
        return role;
    }

    static Map<String, Object> binding(String connect, String ns) {
        Map<String, Object> binding = Manifests.object("rbac.authorization.k8s.io/v1", "RoleBinding", connect + "-config-providers", ns,
                Map.of(), Map.of());
        binding.put("subjects", List.of(Manifests.map("kind", "ServiceAccount", "name", connect + "-connect", "namespace", ns)));
        binding.put("roleRef", Manifests.map("kind", "Role", "name", connect + "-config-providers", "apiGroup", "rbac.authorization.k8s.io"));
        return binding;
    }

    private static Map<String, Object> rule(String resource, List<String> names) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("apiGroups", List.of(""));
        rule.put("resources", List.of(resource));
        rule.put("resourceNames", names);
        rule.put("verbs", List.of("get"));
        return rule;
    }
}
