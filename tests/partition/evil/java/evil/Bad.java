// An application class in a java package (built with --patch-module).
package java.evil;
public class Bad { public static void main(String[] a) { System.out.println("ran"); } }
