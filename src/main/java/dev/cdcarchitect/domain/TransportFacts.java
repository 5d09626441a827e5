package dev.cdcarchitect.domain;

/**
 * What the user said about the Kafka platform beyond its name. Null or false where the text is silent.
 *
 * @param statedMechanism the client authentication the user named, as a SASL mechanism name ("SCRAM-SHA-512",
 *                        "PLAIN", "AWS_MSK_IAM", "OAUTHBEARER", "GSSAPI") or "MTLS", or null
 * @param serverless      Amazon MSK Serverless
 * @param tier            the Event Hubs or Confluent Cloud tier as stated ("Basic", "Standard", "Premium", "Dedicated"), or null
 */
public record TransportFacts(String statedMechanism, boolean serverless, String tier) {

    public static final TransportFacts NONE = new TransportFacts(null, false, null);
}
