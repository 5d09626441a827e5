/** Baseline for the start-up benchmark: the cheapest possible Java program. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
