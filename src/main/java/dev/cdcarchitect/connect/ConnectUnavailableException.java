package dev.cdcarchitect.connect;

/** Kafka Connect could not be asked (unreachable, refused, an answer that is not Connect's). The message is for the user. */
public final class ConnectUnavailableException extends RuntimeException {

    public ConnectUnavailableException(String message) {
        super(message);
    }

    public ConnectUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
