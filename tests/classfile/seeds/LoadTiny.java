public class LoadTiny { public static void main(String[] args) { Tiny.run(); } }
