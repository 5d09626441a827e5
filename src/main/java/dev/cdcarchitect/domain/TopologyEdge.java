package dev.cdcarchitect.domain;

public record TopologyEdge(String from, String to, EdgeKind kind, String label) {}
