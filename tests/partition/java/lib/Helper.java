// A class that lives in a library jar (a manifest's Class-Path).
package lib;

public class Helper {
    public static String say() {
        return "hello from the library";
    }
}
