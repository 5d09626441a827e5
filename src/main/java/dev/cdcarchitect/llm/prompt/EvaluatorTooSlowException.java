package dev.cdcarchitect.llm.prompt;

/** A prompt file's regex evaluator that could not finish on an answer within its budget (catastrophic backtracking). */
public final class EvaluatorTooSlowException extends RuntimeException {

    public EvaluatorTooSlowException(String evaluator, String pattern) {
        super("evaluator '" + evaluator + "': pattern /" + pattern + "/ took too long on the answer; simplify it", null, false, false);
    }

    /** What to do, for the line after the message. */
    public static String hint() {
        return "Nested repeats such as (.*)* or (a+)+ can take forever; match a plain word or phrase instead.";
    }
}
