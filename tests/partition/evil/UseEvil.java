// Uses a class an application put in a java package: java refuses to define
// it (SecurityException), and so must plinth, which would otherwise trust it as
// the class library's and never verify it.
public class UseEvil { public static void main(String[] a) { System.out.println("before"); try { java.evil.Bad.main(a); } catch (Throwable t) { System.out.println(t); } } }
